package org.claimdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static final Path EXTRACTED = Path.of("target", "claimdesk");
    static final Path AOT_CACHE = EXTRACTED.resolve("claimdesk.aot");
    /** The busy share of the machine in the window before the busiest start. */
    private static double busiestAtStart;

    @Test
    void cold_start_to_healthy_with_the_embedded_database() throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path dir = FreshDataDirectory.newDirectory();
            try (ChildApplication app = quietly(() -> ChildApplication.start(dir, "startup-password"))) {
                first.add((double) app.startup().toMillis());
            }
            try (ChildApplication app = quietly(() -> ChildApplication.start(dir, "startup-password"))) {
                again.add((double) app.startup().toMillis());
            }
        }
        assertThat(first).hasSize(RUNS);
        BenchmarkReport.figure(DatasetBenchmark.IMPORT, "cold start to healthy, empty data directory (database"
                + " created, migrated, demo seeded)", "ms", first);
        BenchmarkReport.figure(DatasetBenchmark.IMPORT, "cold start to healthy, existing data", "ms", again);
        // only the benchmark profile builds with -Pproduction; a test run's target may hold an old one
        if (BenchmarkReport.FULL && Files.isRegularFile(AOT_CACHE)) {
            productionStart();
        }
        BenchmarkReport.note(DatasetBenchmark.IMPORT, String.format(Locale.ROOT, "Each start was timed once the"
                + " machine was quiet (under 15%% of its cores busy for half a second, waited for at most 60 s); the"
                + " busiest it was at a start: %.0f%%.", 100 * busiestAtStart));
        BenchmarkReport.write();
    }

    private interface Start {
        ChildApplication run() throws Exception;
    }

    /** Starts the application once the machine is quiet, so that only its own start is timed. */
    private static ChildApplication quietly(Start start) throws Exception {
        busiestAtStart = Math.max(busiestAtStart, QuietMachine.await(Duration.ofSeconds(60)));
        return start.run();
    }

    /**
     * The README's production start, measured when -Pproduction has built it: the extracted jar with
     * the JDK's AOT cache and Spring's AOT bean definitions, against the fat jar on the same data.
     */
    private static void productionStart() throws Exception {
        Path jar;
        try (var files = Files.list(EXTRACTED)) {
            jar = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path fatJar = Path.of("target", jar.getFileName().toString());
        List<Double> fat = new ArrayList<>();
        List<Double> cachedFirst = new ArrayList<>();
        List<Double> cachedAgain = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path dir = FreshDataDirectory.newDirectory();
            List<String> cache = List.of("-XX:AOTCache=" + AOT_CACHE, "-Dspring.aot.enabled=true");
            try (ChildApplication app = quietly(() -> ChildApplication.startJar(cache, jar, dir, "startup-password"))) {
                cachedFirst.add((double) app.startup().toMillis());
            }
            try (ChildApplication app = quietly(() -> ChildApplication.startJar(cache, jar, dir, "startup-password"))) {
                cachedAgain.add((double) app.startup().toMillis());
            }
            try (ChildApplication app = quietly(() -> ChildApplication.startJar(List.of(), fatJar, dir, "startup-password"))) {
                fat.add((double) app.startup().toMillis());
            }
        }
        BenchmarkReport.figure(DatasetBenchmark.IMPORT, "production start to healthy, existing data: java -jar"
                + " of the fat jar", "ms", fat);
        BenchmarkReport.figure(DatasetBenchmark.IMPORT, "production start to healthy, empty data directory:"
                + " extracted jar with the AOT cache (README)", "ms", cachedFirst, "< 8,000 ms", 8_000);
        BenchmarkReport.figure(DatasetBenchmark.IMPORT, "production start to healthy, existing data: extracted"
                + " jar with the AOT cache (README)", "ms", cachedAgain, "< 5,000 ms", 5_000);
    }
}
