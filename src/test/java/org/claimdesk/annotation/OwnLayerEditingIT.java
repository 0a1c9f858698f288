package org.claimdesk.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.AnnotationState;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.UserSummary;
import org.claimdesk.support.ClaimDeskTest;
import org.claimdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ClaimDeskTest
class OwnLayerEditingIT {
    private static final String TEXT = "\"The talks are underway,\" Krutskikh said, \"nobody 👩‍💻 denies it.\"\r\nIt can't.";

    @Autowired
    TestUsers testUsers;
    @Autowired
    DocumentService documents;
    @Autowired
    OwnLayerEditing annotations;
    @Autowired
    LayerProgress progress;
    @Autowired
    LayerReader layers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivityService activity;
    @Autowired
    LayerUndo undo;

    UserSummary owner;
    UserSummary annotator;
    UserSummary viewer;
    UserSummary outsider;
    DocumentContent doc;

    @BeforeEach
    void setUp() {
        owner = testUsers.newUser("owner");
        annotator = testUsers.newUser("annotator");
        viewer = testUsers.newUser("viewer");
        outsider = testUsers.newUser("outsider");
        long project = testUsers.newProject(owner.username(), annotator.username(), ProjectRole.ANNOTATOR,
                viewer.username(), ProjectRole.VIEWER);
        doc = documents.importDocument(project, NewDocument.of("Talks", TEXT, "https://example.org/a"));
        TestUsers.signIn(annotator.username());
    }

    @Test
    void import_normalizes_crlf_and_stores_the_hash_of_the_normalized_text() {
        assertThat(doc.text()).doesNotContain("\r").endsWith("\nIt can't.");
        assertThat(doc.sha256()).hasSize(64);
        assertThat(doc.lengthCp()).isEqualTo(doc.text().codePointCount(0, doc.text().length()));
    }

    @Test
    void stores_a_span_in_code_points_with_its_covered_text() {
        int start = cp("nobody");
        SpanDto span = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(start, start + 17)), SpanOrigin.MANUAL);
        assertThat(span.text()).isEqualTo("nobody 👩‍💻 denies");
        assertThat(span.annotator()).isEqualTo(annotator.username());
        assertThat(layers.layer(doc.id()).spans()).extracting(SpanDto::id).containsExactly(span.id());
        assertThat(progress.myState(doc.id())).isEqualTo(AnnotationState.IN_PROGRESS);
    }

    @Test
    void links_a_claim_to_its_attribution_with_the_only_allowed_relation_type() {
        SpanDto claim = annotations.createSpan(doc.id(), "CLAIM",
                List.of(new Fragment(1, 24), new Fragment(cp("nobody"), cp("nobody") + 21)), SpanOrigin.MANUAL);
        SpanDto source = annotations.createSpan(doc.id(), "ATTRIBUTION",
                List.of(new Fragment(cp("Krutskikh"), cp("Krutskikh") + 14)), SpanOrigin.MANUAL);
        RelationDto r = annotations.createRelation(doc.id(), null, claim.id(), source.id());
        assertThat(r.type()).isEqualTo("ATTRIBUTED_TO");
        assertThat(claim.fragments()).hasSize(2);
        assertThatThrownBy(() -> annotations.createRelation(doc.id(), null, source.id(), claim.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No relation type");
    }

    @Test
    void deleting_a_span_deletes_its_relations_and_undo_brings_both_back_under_their_old_ids() {
        SpanDto claim = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        SpanDto denial = annotations.createSpan(doc.id(), "DENIAL", List.of(new Fragment(cp("It can't"), cp("It can't") + 9)), SpanOrigin.MANUAL);
        RelationDto denies = annotations.createRelation(doc.id(), "DENIES", denial.id(), claim.id());

        SpanSnapshot deleted = annotations.deleteSpan(claim.id(), claim.version());
        assertThat(deleted.relations()).hasSize(1);
        assertThat(layers.layer(doc.id()).relations()).isEmpty();

        LayerUndo.Changes back = undo.undo(doc.id());
        assertThat(back.spans()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(claim.id());
            assertThat(s.text()).isEqualTo(claim.text());
        });
        assertThat(back.relations()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(denies.id()));
        assertThat(layers.layer(doc.id()).relations()).singleElement()
                .satisfies(r -> assertThat(r.to()).isEqualTo(claim.id()));
        assertThat(back.next()).isEqualTo(new LayerUndo.Availability(true, true));
    }

    @Test
    void undo_and_redo_walk_the_event_log_step_by_step_and_a_new_edit_drops_the_redo_stack() {
        SpanDto span = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        annotations.changeLabel(span.id(), "DENIAL", span.version());
        assertThat(undo.availability(doc.id())).isEqualTo(new LayerUndo.Availability(true, false));

        undo.undo(doc.id());
        assertThat(only().label()).isEqualTo("CLAIM");
        undo.undo(doc.id());
        assertThat(layers.layer(doc.id()).spans()).isEmpty();
        assertThat(undo.availability(doc.id())).isEqualTo(new LayerUndo.Availability(false, true));
        assertThatThrownBy(() -> undo.undo(doc.id())).isInstanceOf(InvalidInputException.class)
                .hasMessage("Nothing to undo.");

        undo.redo(doc.id());
        assertThat(only().id()).isEqualTo(span.id());
        assertThat(only().label()).isEqualTo("CLAIM");
        undo.redo(doc.id());
        assertThat(only().label()).isEqualTo("DENIAL");
        assertThat(undo.availability(doc.id())).isEqualTo(new LayerUndo.Availability(true, false));

        undo.undo(doc.id());
        annotations.setNote(span.id(), "checked", null);
        assertThat(undo.availability(doc.id())).isEqualTo(new LayerUndo.Availability(true, false));
        undo.undo(doc.id());
        assertThat(only().note()).isNull();
        assertThat(only().label()).isEqualTo("CLAIM");

        Integer reversals = jdbc.sql("select count(*) from annotation_event where document_id = ? and (undoes is not null or redoes is not null)")
                .param(doc.id()).query(Integer.class).single();
        assertThat(reversals).isEqualTo(6);
    }

    @Test
    void undo_reaches_only_the_callers_own_changes() {
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        TestUsers.signIn(owner.username());
        assertThat(undo.availability(doc.id())).isEqualTo(new LayerUndo.Availability(false, false));
        assertThatThrownBy(() -> undo.undo(doc.id())).isInstanceOf(InvalidInputException.class);
    }

    private SpanDto only() {
        return layers.layer(doc.id()).spans().getFirst();
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_overwritten() {
        SpanDto span = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        SpanDto relabelled = annotations.changeLabel(span.id(), "DENIAL", span.version());
        assertThatThrownBy(() -> annotations.changeLabel(span.id(), "ATTRIBUTION", span.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed elsewhere");
        assertThat(layers.layer(doc.id()).spans()).singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("DENIAL"))
                .satisfies(s -> assertThat(s.version()).isEqualTo(relabelled.version()));
    }

    @Test
    void rejects_labels_outside_the_schema_and_spans_that_split_an_emoji() {
        assertThatThrownBy(() -> annotations.createSpan(doc.id(), "OPINION", List.of(new Fragment(1, 4)), SpanOrigin.MANUAL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a span label");
        int woman = cp("👩");
        assertThatThrownBy(() -> annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(woman, woman + 1)), SpanOrigin.MANUAL))
                .isInstanceOf(InvalidInputException.class);
        assertThat(layers.layer(doc.id()).spans()).isEmpty();
    }

    @Test
    void viewers_cannot_annotate_and_outsiders_cannot_see_the_document() {
        TestUsers.signIn(viewer.username());
        assertThat(layers.layer(doc.id()).spans()).isEmpty();
        assertThatThrownBy(() -> annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 4)), SpanOrigin.MANUAL))
                .isInstanceOf(ForbiddenException.class);
        TestUsers.signIn(outsider.username());
        assertThatThrownBy(() -> layers.layer(doc.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void each_annotator_sees_only_their_own_layer() {
        annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        TestUsers.signIn(owner.username());
        assertThat(layers.layer(doc.id()).spans()).isEmpty();
    }

    @Test
    void every_change_is_in_the_event_log_which_refuses_updates_and_deletes() {
        SpanDto span = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        annotations.changeLabel(span.id(), "DENIAL", null);
        annotations.deleteSpan(span.id(), null);
        List<String> actions = jdbc.sql("select action from annotation_event where document_id = ? order by id")
                .param(doc.id()).query(String.class).list();
        assertThat(actions).containsExactly("create", "relabel", "delete");
        assertThatThrownBy(() -> jdbc.sql("update annotation_event set action = 'x' where document_id = ?")
                .param(doc.id()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from annotation_event where document_id = ?")
                .param(doc.id()).update()).hasMessageContaining("append-only");
    }

    @Test
    void the_activity_timeline_lists_changes_newest_first_and_by_person() {
        SpanDto span = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        annotations.changeLabel(span.id(), "DENIAL", null);
        List<ActivityEntry> mine = activity.timeline(doc.projectId(), doc.id(), annotator.username(), 0, 50);
        assertThat(mine).extracting(ActivityEntry::action).containsExactly("relabel", "create");
        assertThat(mine.getFirst().summary()).isEqualTo("DENIAL · The talks are underway,");
        assertThat(activity.count(doc.projectId(), 0, owner.username())).isZero();
        TestUsers.signIn(outsider.username());
        assertThatThrownBy(() -> activity.timeline(doc.projectId(), 0, null, 0, 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_finished_layer_refuses_its_annotators_own_writes_and_undo_until_reopened() {
        SpanDto span = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        progress.setMyState(doc.id(), AnnotationState.FINISHED);
        assertThatThrownBy(() -> annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(cp("nobody"), cp("nobody") + 6)),
                SpanOrigin.MANUAL)).isInstanceOf(ConflictException.class).hasMessageContaining("finished");
        assertThatThrownBy(() -> annotations.changeLabel(span.id(), "DENIAL", null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> annotations.deleteSpan(span.id(), null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> undo.undo(doc.id())).isInstanceOf(ConflictException.class);
        assertThat(layers.layer(doc.id()).spans()).extracting(SpanDto::label).containsExactly("CLAIM");

        progress.setMyState(doc.id(), AnnotationState.IN_PROGRESS);
        assertThat(annotations.changeLabel(span.id(), "DENIAL", null).label()).isEqualTo("DENIAL");
    }

    @Test
    void a_change_of_label_and_note_is_checked_whole_before_anything_is_written() {
        SpanDto span = annotations.createSpan(doc.id(), "CLAIM", List.of(new Fragment(1, 24)), SpanOrigin.MANUAL);
        assertThatThrownBy(() -> annotations.change(span.id(), "DENIAL", "n".repeat(10_001), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("10,000");
        assertThatThrownBy(() -> annotations.change(span.id(), "DENIAL", "a\u0000b", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> annotations.change(span.id(), "NOPE", "fine", null))
                .isInstanceOf(InvalidInputException.class);
        SpanDto now = layers.visibleSpan(span.id()).orElseThrow();
        assertThat(now.label()).isEqualTo("CLAIM");
        assertThat(now.note()).isNull();
        assertThat(now.version()).isEqualTo(span.version());

        SpanDto changed = annotations.change(span.id(), "DENIAL", "both at once", span.version());
        assertThat(changed.label()).isEqualTo("DENIAL");
        assertThat(changed.note()).isEqualTo("both at once");
        undo.undo(doc.id());
        SpanDto undone = layers.visibleSpan(span.id()).orElseThrow();
        assertThat(undone.label()).isEqualTo("CLAIM");
        assertThat(undone.note()).isNull();
    }

    private int cp(String needle) {
        return doc.text().codePointCount(0, doc.text().indexOf(needle));
    }
}
