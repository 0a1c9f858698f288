package org.claimdesk.annotation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.project.LabelDefinition;
import org.claimdesk.project.LabelKind;
import org.claimdesk.project.LabelUsage;
import org.claimdesk.security.UserService;
import org.springframework.stereotype.Component;

/**
 * The schema editor's view of the layers: how often a label is used, and a deleted label's spans
 * or links relabelled as another, each with a "relabel" event in its document's history.
 */
@Component
class LabelMerges implements LabelUsage {
    private final SpanRepository spans;
    private final RelationRepository relations;
    private final AnnotationHistory history;
    private final UserService users;

    LabelMerges(SpanRepository spans, RelationRepository relations, AnnotationHistory history, UserService users) {
        this.spans = spans;
        this.relations = relations;
        this.history = history;
        this.users = users;
    }

    @Override
    public long uses(long labelId) {
        return spans.countByLabelId(labelId) + relations.countByLabelId(labelId);
    }

    @Override
    public int merge(LabelDefinition from, LabelDefinition to, long actorId) {
        if (from.kind() == LabelKind.SPAN) {
            List<Span> moved = spans.findByLabelIdOrderByIdAsc(from.id());
            Set<Long> annotators = new HashSet<>();
            moved.forEach(s -> annotators.add(s.getAnnotatorId()));
            Map<Long, String> names = new HashMap<>();
            users.byIds(annotators).forEach((id, u) -> names.put(id, u.username()));
            for (Span s : moved) {
                SpanDto before = dto(s, from.name(), names);
                s.setLabelId(to.id());
                Span saved = spans.saveAndFlush(s);
                history.record(s.getDocumentId(), actorId, "relabel", "span", s.getId(), before, dto(saved, to.name(), names));
            }
            return moved.size();
        }
        List<Relation> moved = relations.findByLabelIdOrderByIdAsc(from.id());
        for (Relation r : moved) {
            RelationDto before = new RelationDto(r.getId(), r.getDocumentId(), from.name(), r.getSourceSpanId(),
                    r.getTargetSpanId(), r.getVersion());
            r.setLabelId(to.id());
            Relation saved = relations.saveAndFlush(r);
            history.record(r.getDocumentId(), actorId, "relabel", "relation", r.getId(), before,
                    new RelationDto(saved.getId(), saved.getDocumentId(), to.name(), saved.getSourceSpanId(),
                            saved.getTargetSpanId(), saved.getVersion()));
        }
        return moved.size();
    }

    private static SpanDto dto(Span s, String label, Map<Long, String> names) {
        return new SpanDto(s.getId(), s.getDocumentId(), label, s.getStartCp(), s.getEndCp(), s.fragments(),
                s.getCoveredText(), s.getNote(), names.getOrDefault(s.getAnnotatorId(), "?"), s.getOrigin(),
                s.getVersion(), s.getAttributes());
    }
}
