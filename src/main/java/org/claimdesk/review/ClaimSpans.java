package org.claimdesk.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.LayerReader;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.document.DocumentService;
import org.claimdesk.project.ClaimStructure;
import org.claimdesk.project.FactRole;
import org.claimdesk.project.LabelSchema;
import org.claimdesk.project.ProjectService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a span is a claim or an attribution by its project's fact-check roles, and the claim
 * structure around one claim: its own links and those of the event it is an argument of.
 */
@Component
public class ClaimSpans {
    private final LayerReader annotations;
    private final DocumentService documents;
    private final ProjectService projects;

    ClaimSpans(LayerReader annotations, DocumentService documents, ProjectService projects) {
        this.annotations = annotations;
        this.documents = documents;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public boolean isClaim(SpanDto span) {
        return around(span).isClaim(span.id());
    }

    /** A span that says who spoke: the attribution or source role; its source can be normalized. */
    @Transactional(readOnly = true)
    public boolean isAttribution(SpanDto span) {
        LabelSchema schema = schemaOf(span);
        return schema.spanLabelsWith(FactRole.ATTRIBUTION).contains(span.label())
                || schema.spanLabelsWith(FactRole.SOURCE).contains(span.label());
    }

    /** The claim structure of the span's neighbourhood, with the spans it names by id. */
    ClaimStructure<Long> around(SpanDto span) {
        return neighbourhood(span).structure();
    }

    Neighbourhood neighbourhood(SpanDto span) {
        LabelSchema schema = schemaOf(span);
        Map<Long, SpanDto> spans = new LinkedHashMap<>();
        spans.put(span.id(), span);
        List<RelationDto> links = new ArrayList<>(annotations.relationsOf(span.id()));
        // an event's other arguments hang off its trigger, one hop away
        for (RelationDto r : List.copyOf(links)) {
            if (r.to() == span.id() && schema.linkTypesWith(FactRole.CLAIM).contains(r.type())) {
                annotations.relationsOf(r.from()).stream().filter(o -> !links.contains(o)).forEach(links::add);
            }
        }
        for (RelationDto r : links) {
            for (long id : new long[] {r.from(), r.to()}) {
                if (!spans.containsKey(id)) {
                    annotations.visibleSpan(id).ifPresent(s -> spans.put(id, s));
                }
            }
        }
        Map<Long, String> labels = new HashMap<>();
        spans.forEach((id, s) -> labels.put(id, s.label()));
        ClaimStructure<Long> structure = ClaimStructure.of(schema, labels,
                links.stream().map(r -> new ClaimStructure.Link<>(r.from(), r.to(), r.type())).toList());
        return new Neighbourhood(structure, spans);
    }

    private LabelSchema schemaOf(SpanDto span) {
        return projects.schemaUnchecked(documents.get(span.documentId()).projectId());
    }

    record Neighbourhood(ClaimStructure<Long> structure, Map<Long, SpanDto> spans) {
    }
}
