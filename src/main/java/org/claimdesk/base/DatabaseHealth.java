package org.claimdesk.base;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether the database answers, checked every second and whenever an operation fails for want of a
 * connection, so screens can say "connection lost" at once and clear it when PostgreSQL is back.
 */
@Component
public class DatabaseHealth implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);
    private static final long CHECK_MILLIS = 1_000;
    /** What REST clients are told while the database cannot be reached (503). */
    public static final String UNAVAILABLE = "The database cannot be reached, so nothing was stored. Try again in a few seconds.";

    private final DataSource dataSource;
    private final Set<Consumer<Boolean>> watchers = new CopyOnWriteArraySet<>();
    private volatile boolean reachable = true;
    private volatile boolean running;
    private Thread thread;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        return reachable;
    }

    /** Calls the watcher with true or false on every change of state; returns the way to stop. */
    public Runnable watch(Consumer<Boolean> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /** True when the failure means the database could not be reached (rather than a refused change). */
    public static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (t instanceof SQLException sql2 && "57P01".equals(sql2.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Reports a failed operation: if it was the connection, the state turns to lost right away. */
    public void report(Throwable error) {
        if (isConnectionFailure(error)) {
            set(false);
        }
    }

    void check() {
        boolean ok;
        try (Connection c = dataSource.getConnection()) {
            ok = c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            ok = false;
        }
        set(ok);
    }

    private void set(boolean now) {
        if (now == reachable) {
            return;
        }
        reachable = now;
        if (now) {
            log.info("The database answers again.");
        } else {
            log.warn("The database cannot be reached; screens show the connection as lost until it is back.");
        }
        for (Consumer<Boolean> w : watchers) {
            try {
                w.accept(now);
            } catch (RuntimeException e) {
                log.debug("A database health watcher failed", e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("claimdesk-db-health").start(() -> {
            while (running) {
                check();
                try {
                    Thread.sleep(CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
