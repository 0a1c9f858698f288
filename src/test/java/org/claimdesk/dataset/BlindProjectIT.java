package org.claimdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.ActivityEntry;
import org.claimdesk.review.ProjectActivity;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectService;
import org.claimdesk.review.EvidenceItem;
import org.claimdesk.review.ReviewService;
import org.claimdesk.support.ApiClient;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.Team;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Blind means blind: an annotator sees neither another's history nor another's verdicts, in any form. */
@ClaimDeskTest
class BlindProjectIT {
    private static final String TEXT = "The talks failed, according to officials, who spoke on condition of anonymity.";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    ReviewService reviews;
    @Autowired
    ProjectActivity activity;

    Team team;
    String owner;
    String a1;
    String a2;
    long project;
    DocumentContent doc;

    @BeforeEach
    void aBlindProjectWhereBothAnnotatorsTaggedAndTheFirstRated() {
        team = testUsers.team().owner("owner").annotators("a1", "a2").create();
        owner = team.name("owner");
        a1 = team.name("a1");
        a2 = team.name("a2");
        project = team.project();
        projects.setBlind(project, true);
        doc = documents.importDocument(project, NewDocument.of("Talks", TEXT, null));
        int at = TEXT.indexOf("according to officials");
        team.signInAs("a1");
        annotations.createSpan(doc.id(), "ATTRIBUTION", List.of(new Fragment(at, at + 22)), SpanOrigin.MANUAL);
        SpanDto claim1 = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(4, 16)), SpanOrigin.MANUAL);
        reviews.review(claim1.id(), "false", List.of(new EvidenceItem("https://example.org/a1-evidence", "a1 quote", null)), null);
        team.signInAs("a2");
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(4, 16)), SpanOrigin.MANUAL);
    }

    @Test
    void an_annotator_sees_only_their_own_events_in_the_activity_and_a_curator_sees_all() {
        team.signInAs("a2");
        List<ActivityEntry> seen = activity.timeline(project, 0, null, 0, 100);
        assertThat(seen).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo(a2));
        assertThat(activity.count(project, 0, null)).isEqualTo(seen.size());
        assertThat(activity.timeline(project, 0, a1, 0, 100)).isEmpty();

        team.signInAs("owner");
        List<ActivityEntry> all = activity.timeline(project, 0, null, 0, 100);
        assertThat(all).extracting(ActivityEntry::actor).contains(a1, a2);
        assertThat(all).extracting(ActivityEntry::entity).as("verdicts are in the timeline").contains("review", "span");
        assertThat(activity.count(project, 0, null)).isEqualTo(all.size());
    }

    @Test
    void an_annotators_export_carries_only_the_verdicts_given_on_their_own_claims() throws Exception {
        ApiClient api = new ApiClient(port, a2, TestUsers.PASSWORD);
        for (String format : new String[] {"jsonl", "claimreview", "csv"}) {
            Map<String, String> files = DatasetExportIT.unzip(api.download("/api/projects/" + project
                    + "/export?split=none&format=" + format + "&layer=" + a2).body());
            String all = String.join("\n", files.values());
            assertThat(all).as(format).doesNotContain("a1-evidence").doesNotContain("a1 quote").doesNotContain(a1 + ":");
        }
        ApiClient curator = new ApiClient(port, owner, TestUsers.PASSWORD);
        String theirs = String.join("\n", DatasetExportIT.unzip(curator.download("/api/projects/" + project
                + "/export?split=none&format=jsonl&layer=" + a1).body()).values());
        assertThat(theirs).as("the first annotator's own layer keeps their verdict").contains("a1-evidence");
    }
}
