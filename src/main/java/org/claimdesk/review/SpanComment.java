package org.claimdesk.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a span; open (a question for the curator) until resolved. */
public record SpanComment(long id, long spanId, long documentId, String author, String text, Instant createdAt,
                          @Nullable String spanText, @Nullable String resolvedBy) {
    public boolean open() {
        return resolvedBy == null;
    }
}
