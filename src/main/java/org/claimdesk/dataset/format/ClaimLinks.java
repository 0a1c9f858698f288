package org.claimdesk.dataset.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportRelation;
import org.claimdesk.dataset.ExportReview;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.project.ClaimStructure;

/**
 * The claims of one exported document by the schema's fact-check roles: who said each (its
 * attributions' normalized sources, else their text) and what denies it.
 */
final class ClaimLinks {
    private final ExportDocument doc;
    private final ClaimStructure<String> structure;

    private ClaimLinks(ExportDocument doc, ClaimStructure<String> structure) {
        this.doc = doc;
        this.structure = structure;
    }

    static ClaimLinks of(ExportContext ctx, ExportDocument doc) {
        Map<String, String> labels = new HashMap<>();
        doc.spans().forEach(s -> labels.put(s.id(), s.label()));
        List<ClaimStructure.Link<String>> links = doc.relations().stream()
                .map((ExportRelation r) -> new ClaimStructure.Link<>(r.from(), r.to(), r.type())).toList();
        return new ClaimLinks(doc, ClaimStructure.of(ctx.schema(), labels, links));
    }

    boolean isClaim(ExportSpan span) {
        return structure.isClaim(span.id());
    }

    List<String> sources(ExportSpan claim) {
        return structure.sources(claim.id()).stream().map(doc::span)
                .map(a -> a.source() != null ? a.source() : a.text()).toList();
    }

    List<String> denials(ExportSpan claim) {
        return structure.denials(claim.id()).stream().map(doc::span).map(ExportSpan::text).toList();
    }

    List<ExportReview> reviews(ExportSpan claim) {
        return doc.reviews().stream().filter(r -> r.span().equals(claim.id())).toList();
    }
}
