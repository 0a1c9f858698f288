package org.claimdesk.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.collaboration.DocumentChange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LiveLayerMergeTest {
    private static final long DOC = 7;
    private static final long ME = 1;
    private static final long OTHER = 2;

    private final Map<Long, SpanDto> stored = new HashMap<>();
    private final Map<Long, RelationDto> storedRelations = new HashMap<>();
    private final List<Long> reads = new ArrayList<>();
    private final Layer open = new Layer();
    private final LiveLayerMerge merge = new LiveLayerMerge(DOC, ME, id -> {
        reads.add(id);
        return Optional.ofNullable(stored.get(id));
    }, id -> Optional.ofNullable(storedRelations.get(id)));

    @Test
    void an_echo_of_the_readers_own_edit_at_a_known_version_is_not_read_again() {
        open.putSpan(span(10, ME, 3));
        merge.apply(change(ME, DocumentChange.Entity.SPAN, 10, 3, false), open, false);
        assertThat(reads).isEmpty();
    }

    @Test
    void a_newer_version_of_an_own_span_is_read_and_replaces_the_old_one() {
        open.putSpan(span(10, ME, 3));
        stored.put(10L, span(10, ME, 4));
        merge.apply(change(ME, DocumentChange.Entity.SPAN, 10, 4, false), open, false);
        assertThat(open.spans.get(10L).version()).isEqualTo(4);
    }

    @Test
    void a_deletion_in_another_tab_removes_the_span_and_its_relation() {
        open.putSpan(span(10, ME, 0));
        open.putRelation(new RelationDto(20, DOC, "ATTRIBUTED_TO", 10, 11, 0));
        merge.apply(change(ME, DocumentChange.Entity.SPAN, 10, 0, true), open, false);
        merge.apply(change(ME, DocumentChange.Entity.RELATION, 20, 0, true), open, false);
        assertThat(open.spans).isEmpty();
        assertThat(open.relations).isEmpty();
    }

    @Test
    void other_reviewers_spans_are_shown_only_while_asked_for() {
        stored.put(30L, span(30, OTHER, 0));
        merge.apply(change(OTHER, DocumentChange.Entity.SPAN, 30, 0, false), open, false);
        assertThat(open.others).isEmpty();
        merge.apply(change(OTHER, DocumentChange.Entity.SPAN, 30, 0, false), open, true);
        assertThat(open.others).containsOnlyKeys(30L);
        merge.apply(change(OTHER, DocumentChange.Entity.SPAN, 30, 1, true), open, true);
        assertThat(open.others).isEmpty();
    }

    @Test
    void changes_of_another_document_and_verdicts_are_left_alone() {
        merge.apply(new DocumentChange(DOC + 1, ME, DocumentChange.Entity.SPAN, 10, 0, false), open, true);
        merge.apply(change(ME, DocumentChange.Entity.REVIEW, 99, 0, false), open, true);
        assertThat(reads).isEmpty();
        assertThat(open.relations).isEmpty();
    }

    @Test
    void a_bulk_change_of_the_own_layer_reloads_it_once_and_one_of_another_layer_does_not() {
        merge.apply(change(ME, DocumentChange.Entity.LAYER, 0, 0, false), open, true);
        merge.apply(change(OTHER, DocumentChange.Entity.LAYER, 0, 0, false), open, true);
        assertThat(open.reloads).isEqualTo(1);
    }

    private static DocumentChange change(long layer, DocumentChange.Entity entity, long id, long version, boolean deleted) {
        return new DocumentChange(DOC, layer, entity, id, version, deleted);
    }

    private static SpanDto span(long id, long layer, long version) {
        return new SpanDto(id, DOC, "CLAIM", 0, 4, List.of(new Fragment(0, 4)), "Talk", null,
                layer == ME ? "me" : "other", SpanOrigin.MANUAL, version);
    }

    private static final class Layer implements LiveLayerMerge.Target {
        final Map<Long, SpanDto> spans = new HashMap<>();
        final Map<Long, RelationDto> relations = new HashMap<>();
        final Map<Long, SpanDto> others = new HashMap<>();
        int reloads;

        @Override
        public @Nullable SpanDto span(long id) {
            return spans.get(id);
        }

        @Override
        public @Nullable RelationDto relation(long id) {
            return relations.get(id);
        }

        @Override
        public void putSpan(SpanDto span) {
            spans.put(span.id(), span);
        }

        @Override
        public void removeSpan(long id) {
            spans.remove(id);
        }

        @Override
        public void putRelation(RelationDto relation) {
            relations.put(relation.id(), relation);
        }

        @Override
        public void removeRelation(long id) {
            relations.remove(id);
        }

        @Override
        public void showOtherSpan(SpanDto span) {
            others.put(span.id(), span);
        }

        @Override
        public void removeOtherSpan(long id) {
            others.remove(id);
        }

        @Override
        public void reload() {
            reloads++;
        }
    }
}
