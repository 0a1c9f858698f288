package org.claimdesk.review;

import java.time.Instant;
import java.util.List;

/** A reviewer's verdict on a claim, with its evidence. */
public record ReviewDto(long id, long spanId, String reviewer, String verdict, List<EvidenceItem> evidence,
                        Instant updatedAt, long version) {
}
