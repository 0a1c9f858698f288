package org.claimdesk.collaboration;

import java.util.Set;
import org.claimdesk.support.AnotherApplication;
import org.claimdesk.support.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.base.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.OwnLayerEditing;
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

/**
 * Two ClaimDesk nodes on one database, each with its own web server on loopback: a change on one
 * reaches a listener on the other, through the services and through HTTP.
 */
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
                     + a.getBean(EmbeddedDatabase.class).server().orElseThrow().getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres")) {
            TestUsers.signInAsAdmin();
            long demo = a.getBean(ProjectService.class).myProjects().getFirst().id();
            long doc = a.getBean(DocumentService.class).list(demo, 0, 1).getFirst().id();

            BlockingQueue<DocumentChange> heardOnB = new LinkedBlockingQueue<>();
            b.getBean(ChangeFeed.class).subscribe(doc, heardOnB::add);
            BlockingQueue<Set<String>> presenceOnB = new LinkedBlockingQueue<>();
            b.getBean(PresenceBoard.class).watch(doc, presenceOnB::add);

            SpanDto span = a.getBean(OwnLayerEditing.class)
                    .createSpan(doc, "CLAIM", List.of(new Fragment(0, 13)), SpanOrigin.MANUAL);
            DocumentChange change = heardOnB.poll(10, TimeUnit.SECONDS);
            assertThat(change).isNotNull();
            assertThat(change.entityId()).isEqualTo(span.id());
            assertThat(change.deleted()).isFalse();
            assertThat(b.getBean(LayerReader.class).visibleSpan(span.id())).map(SpanDto::text)
                    .contains("Accessibility");

            a.getBean(PresenceBoard.class).join(new Presence(doc, "admin", "view-on-a"));
            assertThat(presenceOnB.poll(10, TimeUnit.SECONDS)).containsExactly("admin");

            // over HTTP on loopback, as behind a load balancer: tag on node B's web server, node A
            // hears of it and reads it. (A's own HTTP side is not called here: in one test JVM the
            // second node's Vaadin replaces the static security context strategy A's filters use.)
            ApiClient onB = new ApiClient(port(b), "admin", "two-nodes-password");
            BlockingQueue<DocumentChange> heardOnA = new LinkedBlockingQueue<>();
            a.getBean(ChangeFeed.class).subscribe(doc, heardOnA::add);
            var created = onB.post("/api/documents/" + doc + "/spans", "{\"label\":\"DENIAL\",\"start\":0,\"end\":13}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long viaB = created.json().path("id").asLong();
            DocumentChange seenOnA = heardOnA.poll(10, TimeUnit.SECONDS);
            assertThat(seenOnA).isNotNull();
            assertThat(seenOnA.entityId()).isEqualTo(viaB);
            TestUsers.signInAsAdmin();
            assertThat(a.getBean(LayerReader.class).visibleSpan(viaB)).map(SpanDto::label).contains("DENIAL");
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--claimdesk.admin-password=two-nodes-password";
        return AnotherApplication.run(all);
    }
}
