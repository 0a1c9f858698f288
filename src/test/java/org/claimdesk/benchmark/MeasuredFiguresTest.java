package org.claimdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredFiguresTest {
    @Test
    void a_figure_without_samples_or_with_an_impossible_one_is_refused() {
        assertThatThrownBy(() -> MeasuredFigures.check("open", "ms", List.of())).hasMessageContaining("no sample");
        assertThatThrownBy(() -> MeasuredFigures.check("open", "ms", List.of(12.0, Double.NaN))).hasMessageContaining("NaN");
        assertThatThrownBy(() -> MeasuredFigures.check("open", "ms", List.of(-3.0))).hasMessageContaining("-3.0");
        assertThatThrownBy(() -> MeasuredFigures.check("throughput", "requests/s", List.of(0.0))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> MeasuredFigures.check("open", "furlongs", List.of(1.0))).hasMessageContaining("furlongs");
    }

    @Test
    void a_slow_figure_is_still_a_figure() {
        assertThatCode(() -> MeasuredFigures.check("start", "ms", List.of(90_000.0, 120_000.0))).doesNotThrowAnyException();
        assertThatCode(() -> MeasuredFigures.check("scrolling", "frames", List.of(0.0, 37.0))).doesNotThrowAnyException();
    }
}
