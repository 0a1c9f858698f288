package org.claimdesk.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Collects the figures of all benchmarks run in this JVM and writes them as one Markdown report:
 * each figure the median of its runs with min and max, its target, the peers measured beside it
 * and the machine. Written after every benchmark class, so a partial run still leaves a report.
 * The small size (the default, run by the test suite so the benchmarks cannot rot) writes
 * target/benchmarks/BENCHMARKS.md; {@code -Dbenchmark.size=full} (the benchmark profile) also
 * docs/BENCHMARKS.md.
 */
final class BenchmarkReport {
    static final boolean FULL = "full".equals(System.getProperty("benchmark.size", "small"));

    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        // the order, whatever order the benchmark classes run in
        for (String[] s : new String[][] {{"editor", "Opening, scrolling and tagging a long document"},
                {"rest", "Creating spans over the REST API"}, {"live", "Live propagation between two reviewers"},
                {"export", "Exporting a dataset"}, {"import", "Importing articles and starting up"},
                {"suggest", "Suggestions: training and predicting"}}) {
            SCENARIOS.put(s[0], new Scenario(s[1]));
        }
    }

    private BenchmarkReport() {
    }

    /** A size or count: {@code -Dbenchmark.<name>=N} wins, else the full or the small default. */
    static int param(String name, int small, int full) {
        return Integer.getInteger("benchmark." + name, FULL ? full : small);
    }

    record Figure(String measure, String unit, List<Double> samples, String target, double limit) {
        double median() {
            List<Double> s = samples.stream().sorted().toList();
            return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
        }

        double min() {
            return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        String verdict() {
            if (Double.isNaN(limit)) {
                return "";
            }
            boolean met = target.startsWith(">") ? median() >= limit : median() <= limit;
            return met ? "met" : "**missed**";
        }
    }

    record Peer(String tool, Map<String, String> values, String source) {
    }

    static final class Scenario {
        final String title;
        String setup = "";
        final List<Figure> figures = new ArrayList<>();
        final List<String> peerColumns = new ArrayList<>();
        final List<Peer> peers = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Scenario(String title) {
            this.title = title;
        }
    }

    static synchronized Scenario scenario(String key, String title) {
        return SCENARIOS.computeIfAbsent(key, k -> new Scenario(title));
    }

    static synchronized void setup(String key, String title, String setup) {
        scenario(key, title).setup = setup;
    }

    /**
     * A figure with a target: {@code limit} is the most the target allows (NaN: none), or the least
     * when the target reads "> ..." (higher is better, as for a throughput).
     */
    static synchronized void figure(String key, String measure, String unit, List<Double> samples, String target, double limit) {
        MeasuredFigures.check(measure, unit, samples);
        scenario(key, key).figures.add(new Figure(measure, unit, List.copyOf(samples), target, limit));
    }

    static void figure(String key, String measure, String unit, List<Double> samples) {
        figure(key, measure, unit, samples, "", Double.NaN);
    }

    /** A row of the peers table: columns in order of first use, values as already formatted text. */
    static synchronized void peer(String key, String tool, Map<String, String> values, String source) {
        Scenario s = scenario(key, key);
        for (String column : values.keySet()) {
            if (!s.peerColumns.contains(column)) {
                s.peerColumns.add(column);
            }
        }
        s.peers.add(new Peer(tool, values, source));
    }

    static synchronized void note(String key, String note) {
        scenario(key, key).notes.add(note);
    }

    static String ms(double v) {
        return v >= 10_000 ? String.format(Locale.ROOT, "%.1f s", v / 1000) : String.format(Locale.ROOT, "%.0f ms", v);
    }

    static String format(double v, String unit) {
        return switch (unit) {
            case "ms" -> ms(v);
            case "s" -> String.format(Locale.ROOT, "%.2f s", v);
            case "x" -> String.format(Locale.ROOT, "%.2fx", v);
            case "F1" -> String.format(Locale.ROOT, "%.2f", v);
            case "MB" -> String.format(Locale.ROOT, "%.1f MB", v);
            case "" -> String.format(Locale.ROOT, "%,.0f", v);
            default -> String.format(Locale.ROOT, "%,.0f %s", v, unit);
        };
    }

    /** Writes the report of everything measured so far and prints it. */
    static synchronized void write() {
        String report = render();
        System.out.println("\n" + report);
        try {
            Path target = Path.of("target", "benchmarks", "BENCHMARKS.md");
            Files.createDirectories(target.getParent());
            Files.writeString(target, report, StandardCharsets.UTF_8);
            if (FULL || Boolean.getBoolean("benchmark.publish")) {
                Files.writeString(Path.of("docs", "BENCHMARKS.md"), report, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the benchmark report", e);
        }
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# ClaimDesk benchmarks\n\n");
        md.append("Measured on ").append(LocalDate.now()).append(FULL ? " with `./mvnw verify -Pproduction,benchmark`"
                        : " by the test suite at the small size (the full size: `./mvnw verify -Pproduction,benchmark`)")
                .append(" (Vaadin ").append(vaadinMode()).append("). ")
                .append(Machine.describe()).append("\n\n");
        md.append("Each figure is the median of its runs, with the smallest and largest. These are benchmarks, not"
                + " tests: a slow machine fails nothing. Peers run in the same headless Chromium on the same data in"
                + " the same run where they can run here; otherwise their figures are quoted with the source.\n");
        int n = 1;
        for (Scenario s : SCENARIOS.values()) {
            if (s.figures.isEmpty() && s.peers.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(n++).append(". ").append(s.title).append("\n\n");
            if (!s.setup.isEmpty()) {
                md.append(s.setup).append("\n\n");
            }
            if (!s.figures.isEmpty()) {
                md.append("| measure | median | min | max | runs | target | |\n|---|---|---|---|---|---|---|\n");
                for (Figure f : s.figures) {
                    md.append("| ").append(f.measure()).append(" | ").append(format(f.median(), f.unit())).append(" | ")
                            .append(format(f.min(), f.unit())).append(" | ").append(format(f.max(), f.unit()))
                            .append(" | ").append(f.samples().size()).append(" | ").append(f.target()).append(" | ")
                            .append(f.verdict()).append(" |\n");
                }
            }
            if (!s.peers.isEmpty()) {
                md.append("\n| tool | ").append(String.join(" | ", s.peerColumns)).append(" | source |\n|---|");
                md.append("---|".repeat(s.peerColumns.size() + 1)).append("\n");
                for (Peer p : s.peers) {
                    md.append("| ").append(p.tool());
                    for (String c : s.peerColumns) {
                        md.append(" | ").append(p.values().getOrDefault(c, ""));
                    }
                    md.append(" | ").append(p.source()).append(" |\n");
                }
            }
            for (String note : s.notes) {
                md.append("\n").append(note).append("\n");
            }
        }
        return md.toString();
    }

    /** What Vaadin's build token says: the production profile writes productionMode true into it. */
    static String vaadinMode() {
        try (var in = BenchmarkReport.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            String token = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return token.matches("(?s).*\"productionMode\"\\s*:\\s*true.*") ? "production mode" : "development mode";
        } catch (IOException e) {
            return "development mode";
        }
    }

    /** Cores, memory, CPU, OS, Java, Chromium and PostgreSQL of the machine measured on. */
    static final class Machine {
        private static String cached;

        static synchronized String describe() {
            if (cached == null) {
                String cpu = firstLine("/proc/cpuinfo", "model name").replaceFirst("^model name\\s*:\\s*", "");
                String mem = firstLine("/proc/meminfo", "MemTotal").replaceAll("\\D", "");
                long memMb = mem.isEmpty() ? 0 : Long.parseLong(mem) / 1024;
                cached = String.format(Locale.ROOT, "Machine: %d cores (%s), %,d MB memory, %s %s; Java %s; %s;"
                                + " PostgreSQL ", Runtime.getRuntime().availableProcessors(),
                        cpu.isEmpty() ? "unknown CPU" : cpu, memMb, System.getProperty("os.name"),
                        System.getProperty("os.version"), Runtime.version(), command("/usr/bin/chromium", "--version"));
            }
            return cached + postgresVersion + " (embedded).";
        }

        /** Set by a benchmark that has the database at hand ({@code show server_version}). */
        static synchronized void postgres(String version) {
            postgresVersion = version;
        }

        private static String postgresVersion = "(version not read)";

        private static String firstLine(String file, String prefix) {
            try {
                return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
            } catch (IOException e) {
                return "";
            }
        }

        private static String command(String... cmd) {
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(10, TimeUnit.SECONDS);
                // Debian's wrapper script may print noise before the version line
                return out.lines().filter(l -> l.startsWith("Chromium")).findFirst().orElse("Chromium (version unknown)");
            } catch (IOException | InterruptedException e) {
                return "no Chromium";
            }
        }
    }
}
