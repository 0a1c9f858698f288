package org.claimdesk.annotation;

import java.util.List;

/**
 * Everything needed to bring a deleted span back: the span and the relations that went with it
 * (the other end of each relation given by span id).
 */
public record SpanSnapshot(SpanDto span, List<RelationDto> relations) {
}
