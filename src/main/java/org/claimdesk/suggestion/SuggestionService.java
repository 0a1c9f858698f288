package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.OwnLayerBulk;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanJson;
import org.claimdesk.annotation.SpanOrigin;
import org.claimdesk.annotation.SuggestionsForEditor;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.document.DocumentAccess;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectRole;
import org.claimdesk.project.ProjectService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.suggestion.SuggestionStore.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's suggestions: computed once per document and model version, shown without what the
 * reviewer decided or already has, accepted as a whole linked group into the reviewer's own layer
 * (origin SUGGESTED, through the ordinary span-write path), or rejected for good. Members who may
 * annotate get them; viewers get none.
 */
@Service
public class SuggestionService {
    private final DocumentService documents;
    private final ProjectService projects;
    private final SuggestionQuery query;
    private final SuggestionStore store;
    private final OwnLayerBulk bulk;
    private final LayerReader layers;
    private final CurrentUser currentUser;

    SuggestionService(DocumentService documents, ProjectService projects, SuggestionQuery query,
                      SuggestionStore store, OwnLayerBulk bulk, LayerReader layers, CurrentUser currentUser) {
        this.documents = documents;
        this.projects = projects;
        this.query = query;
        this.store = store;
        this.bulk = bulk;
        this.layers = layers;
        this.currentUser = currentUser;
    }

    /** What an accept created, as the annotations API shows it. */
    public record Accepted(List<SpanJson> spans, List<RelationDto> relations) {
        static Accepted of(SuggestionsForEditor.AcceptedGroup group) {
            return new Accepted(group.spans().stream().map(SpanJson::of).toList(), group.relations());
        }
    }

    @Transactional
    public DocumentSuggestions forDocument(long documentId) {
        DocumentAccess access = documents.getWithRole(documentId, ProjectRole.VIEWER);
        if (!access.project().role().atLeast(ProjectRole.ANNOTATOR)) {
            return DocumentSuggestions.none();
        }
        return query.of(access, hidden(documentId));
    }

    /** Everything the served models propose in a document, decided or not (curation's model column; curators). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public DocumentSuggestions proposals(long documentId) {
        return query.of(documents.getWithRole(documentId, ProjectRole.CURATOR), Set.of());
    }

    /** Accepts the suggestion's whole group into the caller's layer, in one transaction. */
    @Transactional
    public Accepted accept(long suggestionId) {
        return Accepted.of(acceptGroup(suggestionId));
    }

    @Transactional
    public SuggestionsForEditor.AcceptedGroup acceptGroup(long suggestionId) {
        Row row = visibleRow(suggestionId);
        long me = currentUser.id();
        Set<String> decided = new HashSet<>(store.decided(row.documentId(), me));
        if (row.isSpan() && decided.contains(ItemKeys.span(row))) {
            throw new ConflictException("You have already decided on suggestion " + suggestionId + ".");
        }
        Map<String, Long> own = ownSpans(row.documentId());
        List<Row> group = store.group(row);
        Map<Long, Long> spanOf = new HashMap<>();
        List<Row> fresh = new ArrayList<>();
        for (Row r : group) {
            if (r.isSpan() && own.containsKey(ItemKeys.span(r))) {
                spanOf.put(r.id(), own.get(ItemKeys.span(r)));
            } else if (r.isSpan() && !decided.contains(ItemKeys.span(r))) {
                fresh.add(r);
            }
        }
        List<SpanDto> created = bulk.createSpans(row.documentId(), fresh.stream()
                .map(r -> new OwnLayerBulk.NewSpan(r.label(), List.of(new Fragment(r.start(), r.end())))).toList(),
                SpanOrigin.SUGGESTED, row.engine() + " " + row.version());
        for (int i = 0; i < fresh.size(); i++) {
            spanOf.put(fresh.get(i).id(), created.get(i).id());
            store.decide(fresh.get(i), ItemKeys.span(fresh.get(i)), me, "ACCEPTED", created.get(i).id());
        }
        Set<Long> newSpans = new HashSet<>(created.stream().map(SpanDto::id).toList());
        List<OwnLayerBulk.NewLink> links = new ArrayList<>();
        for (Row r : group) {
            Long from = r.isSpan() ? null : spanOf.get(r.from());
            Long to = r.isSpan() ? null : spanOf.get(r.to());
            if (from != null && to != null && (newSpans.contains(from) || newSpans.contains(to))) {
                links.add(new OwnLayerBulk.NewLink(r.label(), from, to));
            }
        }
        List<RelationDto> relations = links.isEmpty() ? List.of() : bulk.createRelations(row.documentId(), links);
        return new SuggestionsForEditor.AcceptedGroup(created, relations);
    }

    /**
     * Accepts the groups of these suggestions in one transaction, so one undo takes them all back;
     * a suggestion already decided, or of a group accepted earlier in the call, is skipped.
     */
    @Transactional
    public SuggestionsForEditor.AcceptedGroup acceptAll(List<Long> suggestionIds) {
        List<SpanDto> spans = new ArrayList<>();
        List<RelationDto> relations = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (long id : suggestionIds) {
            Row row = visibleRow(id);
            if (!groups.add(row.documentId() + "/" + row.engine() + "/" + row.version() + "/" + row.group())) {
                continue;
            }
            try {
                SuggestionsForEditor.AcceptedGroup g = acceptGroup(id);
                spans.addAll(g.spans());
                relations.addAll(g.relations());
            } catch (ConflictException decidedAlready) {
                // decided in another tab since the editor drew it: nothing to add, the others still go in
            }
        }
        return new SuggestionsForEditor.AcceptedGroup(spans, relations);
    }

    /** Rejects one suggestion (a span with the links to it, or one link): it is never proposed to the caller again. */
    @Transactional
    public void reject(long suggestionId) {
        Row row = visibleRow(suggestionId);
        String key;
        if (row.isSpan()) {
            key = ItemKeys.span(row);
        } else {
            Row from = store.byId(row.from()).orElseThrow();
            Row to = store.byId(row.to()).orElseThrow();
            key = ItemKeys.link(row, from, to);
        }
        store.decide(row, key, currentUser.id(), "REJECTED", null);
    }

    /** Brings back the suggestions the caller rejected in a document. */
    @Transactional
    public int clearRejections(long documentId) {
        documents.getWithRole(documentId, ProjectRole.ANNOTATOR);
        return store.clearRejections(documentId, currentUser.id());
    }

    private Row visibleRow(long suggestionId) {
        Row row = store.byId(suggestionId)
                .orElseThrow(() -> new NotFoundException("Suggestion " + suggestionId + " not found."));
        documents.getWithRole(row.documentId(), ProjectRole.ANNOTATOR);
        return row;
    }

    private Set<String> hidden(long documentId) {
        Set<String> out = new HashSet<>(store.decided(documentId, currentUser.id()));
        out.addAll(ownSpans(documentId).keySet());
        return out;
    }

    /** The caller's continuous spans by item key, to leave out what they already have. */
    private Map<String, Long> ownSpans(long documentId) {
        var layer = layers.layer(documentId);
        Map<String, Long> out = new HashMap<>();
        for (SpanDto s : layer.spans()) {
            if (s.fragments().size() == 1) {
                layer.schema().span(s.label()).ifPresent(l -> out.put(ItemKeys.span(l.id(), s.start(), s.end()), s.id()));
            }
        }
        return out;
    }
}
