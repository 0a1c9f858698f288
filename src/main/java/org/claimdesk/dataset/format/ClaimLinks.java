package org.claimdesk.dataset.format;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportRelation;
import org.claimdesk.dataset.ExportReview;
import org.claimdesk.dataset.ExportSpan;

/** What a claim is linked to in its document: who said it (ATTRIBUTED_TO) and what denies it (DENIES). */
final class ClaimLinks {
    private ClaimLinks() {
    }

    /** The sources of a claim: each linked attribution's normalized source, else its text. */
    static List<String> sources(ExportDocument doc, ExportSpan claim) {
        List<String> out = new ArrayList<>();
        for (ExportRelation r : doc.relations()) {
            if (r.from().equals(claim.id()) && r.type().equals("ATTRIBUTED_TO")) {
                ExportSpan a = doc.span(r.to());
                if (a != null) {
                    out.add(a.source() != null ? a.source() : a.text());
                }
            }
        }
        return out;
    }

    static List<String> denials(ExportDocument doc, ExportSpan claim) {
        List<String> out = new ArrayList<>();
        for (ExportRelation r : doc.relations()) {
            if (r.to().equals(claim.id()) && r.type().equals("DENIES")) {
                ExportSpan d = doc.span(r.from());
                if (d != null) {
                    out.add(d.text());
                }
            }
        }
        return out;
    }

    static List<ExportReview> reviews(ExportDocument doc, ExportSpan claim) {
        return doc.reviews().stream().filter(r -> r.span().equals(claim.id())).toList();
    }
}
