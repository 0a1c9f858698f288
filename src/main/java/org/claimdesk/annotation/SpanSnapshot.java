package org.claimdesk.annotation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to bring a deleted span back: the span and the relations that went with it
 * (the other end of each relation given by span id).
 */
public record SpanSnapshot(SpanDto span, List<RelationDto> relations) {
    /** The other end of a relation of this span, or null if the relation is a self-loop. */
    public @Nullable Long otherEnd(RelationDto r) {
        return r.from() == span.id() ? Long.valueOf(r.to()) : r.to() == span.id() ? Long.valueOf(r.from()) : null;
    }
}
