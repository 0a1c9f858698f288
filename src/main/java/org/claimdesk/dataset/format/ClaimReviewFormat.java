package org.claimdesk.dataset.format;

import java.util.Objects;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.List;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportReview;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.review.EvidenceItem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * schema.org ClaimReview JSON-LD, one object per verdict on a claim of the layer, in a JSON array
 * per file: the claim's text, who it is attributed to, where it appeared, the rating on the
 * project's scale (1 = its first verdict) and the evidence URLs as {@code isBasedOn}.
 */
@Component
public class ClaimReviewFormat extends BaseFormat {
    public ClaimReviewFormat() {
        super("claimreview", "schema.org ClaimReview JSON-LD", "codepoint", false, true);
    }

    @Override
    public FormatWriter writer(ExportContext ctx) {
        JsonArrayFiles arrays = new JsonArrayFiles("[\n", "\n]\n");
        return (doc, files) -> {
            String name = doc.split().fileName() + ".jsonld";
            arrays.touch(files, name);
            for (ExportReview r : doc.reviews()) {
                ExportSpan claim = doc.span(r.span());
                if (claim == null) {
                    continue;
                }
                Writer out = arrays.nextItem(files, name);
                try (JsonGenerator g = Json.generator(out)) {
                    review(g, ctx, doc, claim, r);
                }
            }
        };
    }

    private static void review(JsonGenerator g, ExportContext ctx, ExportDocument doc, ExportSpan claim, ExportReview r) {
        g.writeStartObject();
        g.writeStringProperty("@context", "https://schema.org");
        g.writeStringProperty("@type", "ClaimReview");
        g.writeStringProperty("claimReviewed", claim.text());
        g.writeStringProperty("datePublished", r.at().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        g.writeObjectPropertyStart("author");
        g.writeStringProperty("@type", "Person");
        g.writeStringProperty("name", r.reviewer());
        g.writeEndObject();
        g.writeObjectPropertyStart("reviewRating");
        g.writeStringProperty("@type", "Rating");
        int position = ctx.ratingScale().indexOf(r.verdict());
        if (position >= 0) {
            g.writeNumberProperty("ratingValue", position + 1);
            g.writeNumberProperty("bestRating", 1);
            g.writeNumberProperty("worstRating", ctx.ratingScale().size());
        }
        g.writeStringProperty("alternateName", r.verdict());
        g.writeEndObject();
        g.writeObjectPropertyStart("itemReviewed");
        g.writeStringProperty("@type", "Claim");
        List<String> sources = ClaimLinks.of(ctx, doc).sources(claim);
        if (!sources.isEmpty()) {
            g.writeObjectPropertyStart("author");
            g.writeStringProperty("@type", "Person");
            g.writeStringProperty("name", sources.getFirst());
            g.writeEndObject();
        }
        g.writeObjectPropertyStart("appearance");
        g.writeStringProperty("@type", "CreativeWork");
        g.writeStringProperty("headline", doc.title());
        Json.stringOrSkip(g, "url", doc.sourceUrl());
        Json.stringOrSkip(g, "datePublished", doc.publishedOn());
        if (doc.publisher() != null) {
            g.writeObjectPropertyStart("publisher");
            g.writeStringProperty("@type", "Organization");
            g.writeStringProperty("name", doc.publisher());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        List<String> urls = r.evidence().stream().map(EvidenceItem::url).filter(Objects::nonNull).toList();
        if (!urls.isEmpty()) {
            g.writeArrayPropertyStart("isBasedOn");
            urls.forEach(g::writeString);
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
