package org.claimdesk;

import org.claimdesk.support.AnotherApplication;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectService;
import org.claimdesk.security.UserService;
import org.claimdesk.support.FreshDataDirectory;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two starts of the application on one data directory: the second finds what the first stored. */
class RestartKeepsDataIT {
    private final Path dataDir = FreshDataDirectory.newDirectory();

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void spans_and_users_survive_a_restart_and_seeding_is_not_repeated() {
        long documentId;
        long spanId;
        try (ConfigurableApplicationContext first = start()) {
            TestUsers.signInAsAdmin();
            long demo = first.getBean(ProjectService.class).myProjects().getFirst().id();
            documentId = first.getBean(DocumentService.class).list(demo, 0, 10).getFirst().id();
            SpanDto span = first.getBean(OwnLayerEditing.class)
                    .createSpan(documentId, "CLAIM", List.of(new Fragment(0, 13)), SpanOrigin.MANUAL);
            spanId = span.id();
        }
        try (ConfigurableApplicationContext second = start()) {
            TestUsers.signInAsAdmin();
            assertThat(second.getBean(UserService.class).count()).isEqualTo(1);
            long demo = second.getBean(ProjectService.class).myProjects().getFirst().id();
            assertThat(second.getBean(DocumentService.class).count(demo)).isEqualTo(1);
            assertThat(second.getBean(LayerReader.class).layer(documentId).spans())
                    .extracting(SpanDto::id).containsExactly(spanId);
        }
    }

    private ConfigurableApplicationContext start() {
        return AnotherApplication.run(
                "--claimdesk.data-dir=" + dataDir,
                "--server.port=0",
                "--claimdesk.admin-password=restart-password-1");
    }
}
