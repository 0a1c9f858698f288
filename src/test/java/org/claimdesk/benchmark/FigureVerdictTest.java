package org.claimdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureVerdictTest {
    @Test
    void a_time_meets_its_target_at_or_below_the_limit() {
        assertThat(new BenchmarkReport.Figure("p95", "ms", List.of(40.0, 50.0, 90.0), "< 50 ms", 50).verdict())
                .isEqualTo("met");
        assertThat(new BenchmarkReport.Figure("p95", "ms", List.of(40.0, 51.0, 90.0), "< 50 ms", 50).verdict())
                .isEqualTo("**missed**");
    }

    @Test
    void a_throughput_meets_its_target_at_or_above_the_limit() {
        assertThat(new BenchmarkReport.Figure("throughput", "requests/s", List.of(500.0, 610.0, 700.0),
                "> 600 requests/s", 600).verdict()).isEqualTo("met");
        assertThat(new BenchmarkReport.Figure("throughput", "requests/s", List.of(500.0, 571.0, 700.0),
                "> 600 requests/s", 600).verdict()).isEqualTo("**missed**");
    }

    @Test
    void a_figure_without_a_target_has_no_verdict() {
        assertThat(new BenchmarkReport.Figure("p50", "ms", List.of(1.0), "", Double.NaN).verdict()).isEmpty();
    }
}
