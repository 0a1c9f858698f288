package org.claimdesk.dataset;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Reads the next documents from the database on one thread while the caller formats and writes the
 * previous ones on its own, so that PostgreSQL and the writer work at the same time. At most
 * {@code capacity} documents wait in between: memory stays bounded. The reading thread uses the
 * caller's connection, which nobody else touches while it runs.
 */
final class ReadAhead {
    private record Item(@Nullable ExportDocument document, @Nullable Throwable error) {
    }

    private static final Item END = new Item(null, null);

    private ReadAhead() {
    }

    static void run(ExportQuery query, int capacity, ExportQuery.Sink sink) throws IOException, SQLException {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(capacity);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = Thread.ofVirtual().name("claimdesk-export-reader").start(() -> {
            Item last = END;
            try {
                query.stream(doc -> {
                    put(queue, new Item(doc, null));
                    return !stop.get();
                });
            } catch (Throwable t) {
                last = new Item(null, t);
            }
            put(queue, last);
        });
        try {
            while (true) {
                Item item = queue.take();
                if (item.document() == null) {
                    rethrow(item.error());
                    return;
                }
                if (!sink.accept(item.document())) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The export was interrupted.", e);
        } finally {
            stop.set(true);
            // let the reader finish its current document and let go of the connection
            while (reader.isAlive()) {
                try {
                    queue.poll(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void put(BlockingQueue<Item> queue, Item item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(@Nullable Throwable error) throws IOException, SQLException {
        if (error == null) {
            return;
        }
        if (error instanceof IOException io) {
            throw io;
        }
        if (error instanceof SQLException sql) {
            throw sql;
        }
        if (error instanceof RuntimeException re) {
            throw re;
        }
        if (error instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(error);
    }
}
