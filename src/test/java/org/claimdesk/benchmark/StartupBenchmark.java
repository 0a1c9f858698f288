package org.claimdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.support.ChildApplication;
import org.claimdesk.support.FreshDataDirectory;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5, second half: ClaimDesk started as its own process with the embedded PostgreSQL, timed
 * from launching the JVM to the first healthy answer of /actuator/health: on an empty data directory
 * (the database created and migrated, the demo project seeded) and again on the same data.
 */
class StartupBenchmark {
    static final int RUNS = BenchmarkReport.param("startRuns", 1, 3);

    @Test
    void cold_start_to_healthy_with_the_embedded_database() throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path dir = FreshDataDirectory.newDirectory();
            try (ChildApplication app = ChildApplication.start(dir, "startup-password")) {
                first.add((double) app.startup().toMillis());
            }
            try (ChildApplication app = ChildApplication.start(dir, "startup-password")) {
                again.add((double) app.startup().toMillis());
            }
        }
        assertThat(first).hasSize(RUNS);
        BenchmarkReport.figure(DatasetBenchmark.IMPORT, "cold start to healthy, empty data directory (database"
                + " created, migrated, demo seeded)", "ms", first);
        BenchmarkReport.figure(DatasetBenchmark.IMPORT, "cold start to healthy, existing data", "ms", again);
        BenchmarkReport.write();
    }
}
