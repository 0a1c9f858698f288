package org.claimdesk.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** The peak heap used while something runs, sampled every 10 ms after a GC. */
final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    private HeapWatch() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        thread = Thread.ofPlatform().daemon().start(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peak.get();
    }
}
