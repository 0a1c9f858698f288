package org.claimdesk.annotation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.ReviewerLoad;
import org.claimdesk.support.ReviewerTeam;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 50 reviewers create, relabel and delete their spans over REST for {@code soak.seconds} (20 in
 * the test suite; {@code -Dsoak.seconds=600} for the ten-minute soak). No request fails, and at the
 * end the database holds exactly the acknowledged state, with an event log that agrees.
 */
@ClaimDeskTest
class ReviewerSoakIT {
    static final int REVIEWERS = Integer.getInteger("soak.reviewers", 50);
    static final int SECONDS = Integer.getInteger("soak.seconds", 20);

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void fifty_reviewers_editing_leave_exactly_the_acknowledged_state() throws Exception {
        ReviewerTeam team = ReviewerTeam.create(port, TestUsers.ADMIN_PASSWORD, REVIEWERS, 10);
        ReviewerLoad load = team.load(port);
        load.runFor(Duration.ofSeconds(SECONDS));

        List<String> wrong;
        try (Connection c = dataSource.getConnection()) {
            wrong = load.verify(c);
        }
        List<Long> latency = load.latenciesMicros();
        System.out.printf("Soak, %d reviewers for %d s: %s; p50 %.1f ms, p99 %.1f ms; %d differences from the"
                        + " acknowledged state%n", REVIEWERS, SECONDS, load.counts(),
                latency.get(latency.size() / 2) / 1000.0, latency.get((int) (latency.size() * 0.99)) / 1000.0, wrong.size());
        assertThat(load.errorCount()).as(load.errors().toString()).isZero();
        assertThat(load.acknowledged()).isGreaterThan(REVIEWERS * 5L);
        assertThat(wrong).isEmpty();
    }
}
