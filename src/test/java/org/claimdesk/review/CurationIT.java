package org.claimdesk.review;

import org.claimdesk.suggestion.ExternalPredictions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.annotation.OwnLayerEditing;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A prepared three-annotator document:
 * <pre>
 *   "Talks are on. Krutskikh said. It can't."
 *   a, b, c: CLAIM [0,13)                          -> agreed, merged automatically
 *   a, b:    ATTRIBUTION [14,28); c: [14,23)       -> disputed
 *   c:       DENIAL [30,39)                        -> disputed
 * </pre>
 */
@ClaimDeskTest
class CurationIT {
    private static final String TEXT = "Talks are on. Krutskikh said. It can't.";

    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    LayerReader layers;
    @Autowired
    CurationService curation;
    @Autowired
    CommentService comments;
    @Autowired
    org.claimdesk.suggestion.ExternalPredictions predictions;

    String curator;
    String a;
    long doc;

    @BeforeEach
    void threeAnnotators() {
        curator = testUsers.newUser("curator").username();
        a = testUsers.newUser("a").username();
        String b = testUsers.newUser("b").username();
        String c = testUsers.newUser("c").username();
        long project = testUsers.newProject(curator, a, ProjectRole.ANNOTATOR, b, ProjectRole.ANNOTATOR,
                c, ProjectRole.ANNOTATOR);
        DocumentContent d = documents.importDocument(project, NewDocument.of("Three", TEXT, null));
        doc = d.id();
        for (String who : List.of(a, b, c)) {
            TestUsers.signIn(who);
            annotations.createSpan(doc, "CLAIM", List.of(new Fragment(0, 13)), SpanOrigin.MANUAL);
            annotations.createSpan(doc, "ATTRIBUTION", List.of(new Fragment(14, who.equals(c) ? 23 : 28)), SpanOrigin.MANUAL);
            if (who.equals(c)) {
                annotations.createSpan(doc, "DENIAL", List.of(new Fragment(30, 39)), SpanOrigin.MANUAL);
            }
        }
        TestUsers.signIn(curator);
    }

    @Test
    void agreed_spans_merge_into_gold_and_the_curator_decides_the_rest() {
        assertThat(curation.candidates(doc)).filteredOn(c -> !c.modelOnly()).hasSize(4);
        assertThat(curation.mergeAgreed(doc)).isEqualTo(1);
        assertThat(gold()).containsExactly("CLAIM Talks are on.");
        assertThat(curation.mergeAgreed(doc)).isZero();

        CurationCandidate majority = curation.candidates(doc).stream()
                .filter(c -> c.label().equals("ATTRIBUTION") && c.proposedBy().size() == 2).findFirst().orElseThrow();
        curation.accept(doc, majority);
        CurationCandidate denial = curation.candidates(doc).stream()
                .filter(c -> c.label().equals("DENIAL")).findFirst().orElseThrow();
        curation.accept(doc, denial);
        assertThat(gold()).containsExactly("CLAIM Talks are on.", "ATTRIBUTION Krutskikh said", "DENIAL It can't.");

        curation.reject(curation.candidates(doc).stream().filter(c -> c.label().equals("DENIAL")).findFirst().orElseThrow());
        assertThat(gold()).containsExactly("CLAIM Talks are on.", "ATTRIBUTION Krutskikh said");
    }

    @Test
    void links_between_accepted_spans_follow_them_into_gold() {
        TestUsers.signIn(a);
        List<SpanDto> mine = layers.layer(doc).spans();
        annotations.createRelation(doc, null, mine.get(0).id(), mine.get(1).id());
        TestUsers.signIn(curator);

        curation.mergeAgreed(doc);
        assertThat(goldRelations()).isEmpty();
        curation.accept(doc, curation.candidates(doc).stream()
                .filter(c -> c.label().equals("ATTRIBUTION") && c.proposedBy().size() == 2).findFirst().orElseThrow());
        assertThat(goldRelations()).containsExactly("Talks are on. ATTRIBUTED_TO Krutskikh said");
    }

    @Test
    void an_edited_candidate_replaces_its_gold_version() {
        CurationCandidate shortOne = curation.candidates(doc).stream()
                .filter(c -> c.label().equals("ATTRIBUTION") && c.proposedBy().size() == 1).findFirst().orElseThrow();
        curation.accept(doc, shortOne);
        assertThat(gold()).containsExactly("ATTRIBUTION Krutskikh");

        CurationCandidate inGold = curation.candidates(doc).stream()
                .filter(c -> c.inGold()).findFirst().orElseThrow();
        curation.acceptEdited(doc, inGold, "CLAIM", List.of(new Fragment(14, 28)));
        assertThat(gold()).containsExactly("CLAIM Krutskikh said");
        CurationCandidate edited = curation.candidates(doc).stream()
                .filter(c -> c.inGold() && c.label().equals("CLAIM") && c.fragments().getFirst().start() == 14)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> curation.acceptEdited(doc, edited, "CLAIM", List.of(new Fragment(14, 99))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(gold()).containsExactly("CLAIM Krutskikh said");
    }

    @Test
    void annotators_cannot_curate() {
        TestUsers.signIn(a);
        assertThatThrownBy(() -> curation.mergeAgreed(doc)).isInstanceOf(ForbiddenException.class);
        assertThat(layers.layer(doc).spans()).hasSize(2);
    }

    @Test
    void an_annotators_question_is_open_for_the_curator_until_resolved() {
        TestUsers.signIn(a);
        SpanDto mine = layers.layer(doc).spans().getLast();
        assertThatThrownBy(() -> comments.comment(mine.id(), "  ")).isInstanceOf(InvalidInputException.class);
        SpanComment q = comments.comment(mine.id(), "Is 'said' part of the attribution cue?");
        assertThatThrownBy(() -> comments.resolve(q.id())).isInstanceOf(ForbiddenException.class);
        TestUsers.signIn(curator);
        assertThat(comments.openQuestions(doc)).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(a);
            assertThat(c.spanText()).isEqualTo(mine.text());
        });
        comments.resolve(q.id());
        assertThat(comments.openQuestions(doc)).isEmpty();
        assertThat(comments.onSpan(mine.id())).singleElement().satisfies(c -> assertThat(c.resolvedBy()).isEqualTo(curator));
    }

    private List<String> goldRelations() {
        Map<Long, SpanDto> spans = new HashMap<>();
        layers.allLayers(doc).forEach(sp -> spans.put(sp.id(), sp));
        return layers.allLayerRelations(doc).stream()
                .filter(r -> spans.get(r.from()).annotator().equals("gold"))
                .map(r -> spans.get(r.from()).text() + " " + r.type() + " " + spans.get(r.to()).text()).toList();
    }

    private List<String> gold() {
        return layers.allLayers(doc).stream().filter(s -> s.annotator().equals("gold"))
                .sorted(Comparator.comparingInt(SpanDto::start))
                .map(s -> s.label() + " " + s.text()).toList();
    }

    @Test
    void the_models_proposal_is_a_column_without_a_vote_and_a_span_only_it_proposes_waits_for_the_curator() {
        TestUsers.signIn(curator);
        predictions.store(doc, "column-test", List.of(
                new ExternalPredictions.PredictedSpan("x", "ATTRIBUTION", 14, 28, 0.9),
                new ExternalPredictions.PredictedSpan("y", "CLAIM", 30, 38, 0.5)), List.of());
        List<CurationCandidate> candidates = curation.candidates(doc);
        assertThat(candidates).anySatisfy(c -> {
            assertThat(c.label() + c.fragments()).isEqualTo("ATTRIBUTION" + List.of(new Fragment(14, 28)));
            assertThat(c.proposedBy()).hasSize(2);
            assertThat(c.modelScore()).isEqualTo(0.9);
            assertThat(c.unanimous()).as("the model has no vote").isFalse();
        });
        assertThat(candidates).anySatisfy(c -> {
            assertThat(c.label() + c.fragments()).isEqualTo("CLAIM" + List.of(new Fragment(30, 38)));
            assertThat(c.modelOnly()).isTrue();
        });
        curation.mergeAgreed(doc);
        assertThat(curation.candidates(doc)).filteredOn(CurationCandidate::modelOnly).isNotEmpty()
                .allSatisfy(c -> assertThat(c.inGold()).isFalse());
    }
}
