package org.claimdesk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.claimdesk.annotation.AnnotationService;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectService;
import org.claimdesk.support.FreshDataDirectory;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two ClaimDesk nodes on one database: a change on one reaches a listener on the other. */
class TwoNodesIT {

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_span_tagged_on_node_a_is_announced_on_node_b_and_presence_crosses_too() throws Exception {
        Path dataDir = FreshDataDirectory.newDirectory();
        try (ConfigurableApplicationContext a = start("--claimdesk.data-dir=" + dataDir);
             ConfigurableApplicationContext b = start("--spring.datasource.url="
                     + a.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres")) {
            TestUsers.signInAsAdmin();
            long demo = a.getBean(ProjectService.class).myProjects().getFirst().id();
            long doc = a.getBean(DocumentService.class).list(demo, 0, 1).getFirst().id();

            BlockingQueue<DocumentChange> heardOnB = new LinkedBlockingQueue<>();
            b.getBean(ChangeFeed.class).subscribe(doc, heardOnB::add);
            BlockingQueue<java.util.Set<String>> presenceOnB = new LinkedBlockingQueue<>();
            b.getBean(PresenceBoard.class).watch(doc, presenceOnB::add);

            SpanDto span = a.getBean(AnnotationService.class)
                    .createSpan(doc, "CLAIM", List.of(new Fragment(0, 13)), SpanOrigin.MANUAL);
            DocumentChange change = heardOnB.poll(10, TimeUnit.SECONDS);
            assertThat(change).isNotNull();
            assertThat(change.entityId()).isEqualTo(span.id());
            assertThat(change.deleted()).isFalse();
            assertThat(b.getBean(AnnotationService.class).visibleSpan(span.id())).map(SpanDto::text)
                    .contains("Accessibility");

            a.getBean(PresenceBoard.class).join(new Presence(doc, "admin", "view-on-a"));
            assertThat(presenceOnB.poll(10, TimeUnit.SECONDS)).containsExactly("admin");
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--claimdesk.admin-password=two-nodes-password";
        return org.claimdesk.support.AnotherApplication.run(all);
    }
}
