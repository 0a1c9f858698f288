package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectService;
import org.claimdesk.suggestion.SuggestionStore.Row;
import org.springframework.stereotype.Component;

/**
 * A document's suggestions from the engines a project is served and the external models imported
 * for it: computed and stored on first use per model version, then read, without the items whose
 * keys are {@code hidden} (what the reviewer decided on or already has).
 */
@Component
class SuggestionQuery {
    private final ProjectService projects;
    private final ServedModels served;
    private final SuggestionStore store;

    SuggestionQuery(ProjectService projects, ServedModels served, SuggestionStore store) {
        this.projects = projects;
        this.served = served;
        this.store = store;
    }

    DocumentSuggestions of(DocumentAccess access, Set<String> hidden) {
        long documentId = access.document().id();
        LabelSchema schema = projects.schemaUnchecked(access.project().id());
        SuggestionMode mode = served.mode(access.project().id());
        if (mode == SuggestionMode.OFF) {
            return DocumentSuggestions.none();
        }
        List<ServedModels.Served> on = served.forProject(access.project().id(), schema, mode);
        String text = access.document().text();
        List<DocumentSuggestions.Model> models = new ArrayList<>();
        for (ServedModels.Served s : on) {
            if (!store.computed(documentId, s.engine().id(), s.version())) {
                store.store(documentId, s.engine().id(), s.version(), s.engine().predict(text, schema, s.model()), schema);
            }
            models.add(new DocumentSuggestions.Model(s.engine().id(), s.version()));
        }
        store.externalRuns(documentId).forEach(r -> models.add(new DocumentSuggestions.Model(r[0], r[1])));
        if (models.isEmpty()) {
            return DocumentSuggestions.none();
        }
        List<DocumentSuggestions.SpanSuggestion> spans = new ArrayList<>();
        List<DocumentSuggestions.RelationSuggestion> relations = new ArrayList<>();
        for (DocumentSuggestions.Model m : models) {
            List<Row> rows = store.forDocument(documentId, m.engine(), m.version());
            Map<Long, Row> visible = new HashMap<>();
            Map<Integer, Long> groupIds = new HashMap<>();
            rows.forEach(r -> groupIds.merge(r.group(), r.id(), Math::min));
            for (Row r : rows) {
                if (r.isSpan() && !hidden.contains(ItemKeys.span(r))) {
                    visible.put(r.id(), r);
                    int from = text.offsetByCodePoints(0, r.start());
                    int to = text.offsetByCodePoints(from, r.end() - r.start());
                    spans.add(new DocumentSuggestions.SpanSuggestion(r.id(), groupIds.get(r.group()), r.label(),
                            r.start(), r.end(), List.of(List.of(r.start(), r.end())), text.substring(from, to), r.score()));
                }
            }
            for (Row r : rows) {
                if (!r.isSpan() && visible.containsKey(r.from()) && visible.containsKey(r.to())
                        && !hidden.contains(ItemKeys.link(r, visible.get(r.from()), visible.get(r.to())))) {
                    relations.add(new DocumentSuggestions.RelationSuggestion(r.id(), groupIds.get(r.group()), r.label(),
                            r.from(), r.to(), r.score()));
                }
            }
        }
        return new DocumentSuggestions(models.getFirst(), models, spans, relations);
    }
}
