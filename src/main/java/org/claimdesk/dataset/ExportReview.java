package org.claimdesk.dataset;

import java.time.Instant;
import java.util.List;
import org.claimdesk.review.EvidenceItem;

/** A verdict on a claim span of the export (by its local id). */
public record ExportReview(String span, String verdict, String reviewer, Instant at, List<EvidenceItem> evidence) {
}
