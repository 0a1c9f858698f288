package org.claimdesk.labelcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.UserSummary;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

@ClaimDeskTest
class SpansPerLabelCounterIT {
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;

    @Test
    void a_new_listener_counts_spans_per_label_without_any_change_to_annotation() {
        SpansPerLabelCounter counter = new SpansPerLabelCounter();
        context.addApplicationListener(counter);
        UserSummary owner = testUsers.newUser("counting-owner");
        long project = testUsers.newProject(owner.username());
        DocumentContent doc = documents.importDocument(project, NewDocument.of("Counted", "Officials said it is over.", null));
        TestUsers.signIn(owner.username());

        annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(0, 14)), SpanOrigin.MANUAL);
        SpanDto claim = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(15, 25)), SpanOrigin.MANUAL);
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(18, 25)), SpanOrigin.MANUAL);
        annotations.deleteSpan(claim.id(), null);
        // a refused write publishes nothing
        assertThatThrownBy(() -> annotations.createSpan(doc.id(), "NOPE", List.of(new Fragment(0, 4)), SpanOrigin.MANUAL))
                .isInstanceOf(InvalidInputException.class);

        assertThat(counter.count("ATTRIBUTION")).isEqualTo(1);
        assertThat(counter.count("CLAIM")).isEqualTo(1);
        assertThat(counter.count("NOPE")).isZero();
    }
}
