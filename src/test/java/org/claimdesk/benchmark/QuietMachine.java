package org.claimdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits for the machine to settle before a start is timed: the benchmarks before it leave their
 * Spring context, its PostgreSQL and whatever those still do running in this JVM, and on 2 cores
 * any such work would be timed as ClaimDesk's start.
 */
final class QuietMachine {
    /** Busy share of all cores, over one window, below which the machine counts as quiet. */
    private static final double QUIET = 0.15;
    private static final Duration WINDOW = Duration.ofMillis(500);

    private QuietMachine() {
    }

    /** Waits until one window is quiet or {@code limit} has passed; returns the busy share of the last window. */
    static double await(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        double busy;
        do {
            long[] before = cpuTicks();
            Thread.sleep(WINDOW);
            long[] after = cpuTicks();
            long total = after[0] - before[0];
            busy = total <= 0 ? 0 : (double) (after[1] - before[1]) / total;
        } while (busy >= QUIET && System.nanoTime() < deadline);
        return busy;
    }

    /** [all ticks, busy ticks] from the first line of /proc/stat; zeros where it cannot be read. */
    private static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < f.length; i++) {
                all += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {all, all - idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
