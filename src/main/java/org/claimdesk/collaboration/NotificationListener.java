package org.claimdesk.collaboration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one database connection that LISTENs on the ClaimDesk channels and hands every
 * notification to the feed or the presence board. Reconnects after a lost connection.
 */
@Component
class NotificationListener implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int POLL_MILLIS = 250;

    private final DataSource dataSource;
    private final ChangeFeed feed;
    private final PresenceBoard presence;
    private volatile boolean running;
    private Thread thread;

    NotificationListener(DataSource dataSource, ChangeFeed feed, PresenceBoard presence) {
        this.dataSource = dataSource;
        this.feed = feed;
        this.presence = presence;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("claimdesk-listen").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + ChangeFeed.CHANNEL);
                    s.execute("LISTEN " + PresenceBoard.CHANNEL);
                    s.execute("LISTEN " + ChangeFeed.PROJECT_CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] batch = pg.getNotifications(POLL_MILLIS);
                    if (batch != null) {
                        for (PGNotification n : batch) {
                            dispatch(n);
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the notification connection ({}); reconnecting.", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void dispatch(PGNotification n) {
        try {
            if (ChangeFeed.CHANNEL.equals(n.getName())) {
                feed.deliver(n.getParameter());
            } else if (ChangeFeed.PROJECT_CHANNEL.equals(n.getName())) {
                feed.deliverProject(n.getParameter());
            } else if (PresenceBoard.CHANNEL.equals(n.getName())) {
                presence.deliver(n.getParameter());
            }
        } catch (RuntimeException e) {
            log.warn("Could not handle a notification on {}: {}", n.getName(), e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
