package org.claimdesk.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Refuses a figure that was not really measured: no samples, a sample that is not a finite
 * number, or one outside what the unit can plausibly hold on this machine (a negative time, a
 * zero throughput, an hour for a key press). It never judges speed: a slow figure is reported,
 * an impossible one fails the benchmark.
 */
final class MeasuredFigures {
    /** The closed range a sample of each unit may take; "frames" and "px" (a distance moved) may be 0. */
    private static final Map<String, double[]> PLAUSIBLE = Map.of(
            "ms", new double[] {0.01, 3_600_000},
            "s", new double[] {0.001, 3_600},
            "MB", new double[] {0.01, 65_536},
            "x", new double[] {0.001, 10_000},
            "frames", new double[] {0, 100_000},
            "requests/s", new double[] {0.01, 10_000_000},
            "spans/s", new double[] {0.01, 100_000_000},
            "documents/s", new double[] {0.01, 10_000_000},
            "F1", new double[] {0, 1},
            "px", new double[] {0, 100_000});

    private MeasuredFigures() {
    }

    static void check(String measure, String unit, List<Double> samples) {
        double[] range = PLAUSIBLE.get(unit);
        if (range == null) {
            throw new AssertionError(measure + ": unit '" + unit + "' has no plausible range; add it to MeasuredFigures");
        }
        if (samples.isEmpty()) {
            throw new AssertionError(measure + ": no sample was measured");
        }
        for (Double s : samples) {
            if (s == null || !Double.isFinite(s) || s < range[0] || s > range[1]) {
                throw new AssertionError(measure + ": sample " + s + " " + unit + " is not a measurement (plausible: "
                        + range[0] + " to " + range[1] + " " + unit + "); samples " + samples);
            }
        }
    }
}
