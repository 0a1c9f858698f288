package org.claimdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the main threads of Chromium's renderer processes, read from /proc: the thread that
 * styles, lays out and paints the page. Frames missed while scrolling swing with whatever else the
 * machine does; the work the page asks of that thread does not.
 */
final class RendererMainThread {
    /** /proc counts in clock ticks, USER_HZ, which is 100 on Linux. */
    private static final long MS_PER_TICK = 10;

    private RendererMainThread() {
    }

    /** Milliseconds of CPU used so far by every renderer's main thread; 0 where /proc cannot be read. */
    static long cpuMs() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.toList()) {
                String pid = p.getFileName().toString();
                if (pid.chars().allMatch(Character::isDigit)) {
                    ticks += rendererMainTicks(p, pid);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * MS_PER_TICK;
    }

    private static long rendererMainTicks(Path process, String pid) {
        try {
            String cmdline = Files.readString(process.resolve("cmdline"));
            if (!cmdline.contains("chrom") || !cmdline.contains("--type=renderer")) {
                return 0;
            }
            String stat = Files.readString(process.resolve("task").resolve(pid).resolve("stat"));
            // fields after the parenthesised name: state is the first, utime the 12th, stime the 13th
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended while it was read
        }
    }
}
