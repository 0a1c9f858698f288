package org.claimdesk.annotation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undo and redo of the signed-in user's changes to their layer of a document, read from the
 * event log rather than kept in memory, so they survive a reload and cover edits made through
 * the API too.
 *
 * The events one transaction appended form one step (deleting a span deletes its relations in the
 * same step). Replaying the user's steps in order gives the two stacks: an ordinary step is pushed
 * on the undo stack and empties the redo stack; an undo step moves the step it reverses to the
 * redo stack; a redo step moves it back.
 */
@Service
public class LayerUndo {
    private static final List<String> EDITS = List.of("create", "relabel", "note", "reshape", "delete");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OwnLayerEditing annotations;
    private final LayerContexts layers;
    private final SpanStore store;
    private final DeletedItems deletedItems;
    private final AnnotationHistory history;
    private final DocumentService documents;
    private final CurrentUser currentUser;

    LayerUndo(JdbcClient jdbc, JsonMapper json, OwnLayerEditing annotations, LayerContexts layers, SpanStore store,
              DeletedItems deletedItems, AnnotationHistory history, DocumentService documents, CurrentUser currentUser) {
        this.layers = layers;
        this.store = store;
        this.deletedItems = deletedItems;
        this.jdbc = jdbc;
        this.json = json;
        this.annotations = annotations;
        this.history = history;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /** Whether the user has a step to undo and one to redo in this document. */
    public record Availability(boolean canUndo, boolean canRedo) {
    }

    /** What an undo or redo changed in the layer, and what can be undone or redone next. */
    public record Changes(List<SpanDto> spans, List<Long> removedSpans, List<RelationDto> relations,
                          List<Long> removedRelations, Availability next) {

        /** Collects one step's changes; an item removed and then put back counts as put back. */
        static final class Builder {
            private final Map<Long, SpanDto> spans = new LinkedHashMap<>();
            private final Map<Long, RelationDto> relations = new LinkedHashMap<>();
            private final Set<Long> removedSpans = new LinkedHashSet<>();
            private final Set<Long> removedRelations = new LinkedHashSet<>();

            void span(SpanDto span) {
                removedSpans.remove(span.id());
                spans.put(span.id(), span);
            }

            void spanRemoved(long id) {
                spans.remove(id);
                removedSpans.add(id);
            }

            void relation(RelationDto relation) {
                removedRelations.remove(relation.id());
                relations.put(relation.id(), relation);
            }

            void relationRemoved(long id) {
                relations.remove(id);
                removedRelations.add(id);
            }

            Changes build(Availability next) {
                return new Changes(List.copyOf(spans.values()), List.copyOf(removedSpans),
                        List.copyOf(relations.values()), List.copyOf(removedRelations), next);
            }
        }
    }

    @Transactional(readOnly = true)
    public Availability availability(long documentId) {
        documents.getWithRole(documentId, ProjectRole.VIEWER);
        return stacks(documentId).availability();
    }

    @Transactional
    public Changes undo(long documentId) {
        return reverse(documentId, false);
    }

    @Transactional
    public Changes redo(long documentId) {
        return reverse(documentId, true);
    }

    private Changes reverse(long documentId, boolean redo) {
        LayerContext layer = layers.own(documentId);
        long me = layer.layer().id();
        // two tabs of one user undoing at once must not both reverse the same step
        jdbc.sql("select 1 from pg_advisory_xact_lock(?, ?)").params((int) documentId, (int) me)
                .query(Integer.class).single();
        Stacks stacks = stacks(documentId);
        Deque<Step> from = redo ? stacks.redo : stacks.undo;
        if (from.isEmpty()) {
            throw new InvalidInputException(redo ? "Nothing to redo." : "Nothing to undo.");
        }
        Changes.Builder changes = new Changes.Builder();
        List<Event> events = load(from.peek().eventIds());
        for (Event e : events.reversed()) {
            history.reversing(e.id(), redo, () -> {
                apply(layer, e, changes);
                return null;
            });
        }
        return changes.build(stacks(documentId).availability());
    }

    private void apply(LayerContext layer, Event e, Changes.Builder changes) {
        if (e.entity().equals("relation")) {
            if (e.before() == null) {
                changes.relationRemoved(annotations.deleteRelation(e.entityId()).id());
            } else {
                RelationDto old = json.readValue(e.before(), RelationDto.class);
                if (deletedItems.spanExists(old.from()) && deletedItems.spanExists(old.to())) {
                    store.reinsert(layer, old, annotations.ownSpanIn(layer, old.from()),
                            annotations.ownSpanIn(layer, old.to())).ifPresent(changes::relation);
                }
            }
            return;
        }
        SpanDto before = e.before() == null ? null : json.readValue(e.before(), SpanDto.class);
        if (before == null) {
            SpanSnapshot gone = annotations.deleteSpan(e.entityId(), null);
            gone.relations().forEach(r -> changes.relationRemoved(r.id()));
            changes.spanRemoved(gone.span().id());
        } else if (e.after() == null) {
            changes.span(store.reinsert(layer, before));
        } else {
            changes.span(switch (e.action()) {
                case "relabel" -> annotations.changeLabel(e.entityId(), before.label(), null);
                case "note" -> annotations.setNote(e.entityId(), before.note(), null);
                default -> annotations.setFragments(e.entityId(), before.fragments(), null);
            });
        }
    }

    private Stacks stacks(long documentId) {
        List<Row> rows = jdbc.sql("""
                        select id, coalesce(tx, -id) as tx, undoes, redoes from annotation_event
                        where document_id = ? and actor_id = ? and entity in ('span', 'relation')
                          and action in (:edits)
                        order by id""".replace(":edits", String.join(",", EDITS.stream().map(a -> "'" + a + "'").toList())))
                .params(documentId, currentUser.id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), (Long) rs.getObject(4)))
                .list();
        Stacks stacks = new Stacks();
        Map<Long, Step> stepOfEvent = new HashMap<>();
        Step current = null;
        for (Row row : rows) {
            if (current == null || current.tx != row.tx()) {
                if (current != null) {
                    stacks.push(current, stepOfEvent);
                }
                current = new Step(row.tx(), row.undoes(), row.redoes());
            }
            current.eventIds.add(row.id());
            stepOfEvent.put(row.id(), current);
        }
        if (current != null) {
            stacks.push(current, stepOfEvent);
        }
        return stacks;
    }

    private List<Event> load(List<Long> ids) {
        return jdbc.sql("""
                        select id, action, entity, entity_id, before_state::text, after_state::text
                        from annotation_event where id = any(?) order by id""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    private record Row(long id, long tx, @Nullable Long undoes, @Nullable Long redoes) {
    }

    private record Event(long id, String action, String entity, long entityId, @Nullable String before,
                         @Nullable String after) {
    }

    private static final class Step {
        final long tx;
        final @Nullable Long undoes;
        final @Nullable Long redoes;
        final List<Long> eventIds = new ArrayList<>();

        Step(long tx, @Nullable Long undoes, @Nullable Long redoes) {
            this.tx = tx;
            this.undoes = undoes;
            this.redoes = redoes;
        }

        List<Long> eventIds() {
            return eventIds;
        }
    }

    private static final class Stacks {
        final Deque<Step> undo = new ArrayDeque<>();
        final Deque<Step> redo = new ArrayDeque<>();

        void push(Step step, Map<Long, Step> stepOfEvent) {
            if (step.undoes != null) {
                undo.remove(stepOfEvent.get(step.undoes));
                redo.push(step);
            } else if (step.redoes != null) {
                redo.remove(stepOfEvent.get(step.redoes));
                undo.push(step);
            } else {
                undo.push(step);
                redo.clear();
            }
        }

        Availability availability() {
            return new Availability(!undo.isEmpty(), !redo.isEmpty());
        }
    }
}
