package org.claimdesk.annotation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A span as services and the API hand it out. Offsets are code points; {@code start} and
 * {@code end} are those of the first and last fragment. For a discontinuous span {@code text}
 * joins the fragments' texts with {@link SpanText#FRAGMENT_JOINER}.
 */
public record SpanDto(long id, long documentId, String label, int start, int end, List<Fragment> fragments,
                      String text, @Nullable String note, String annotator, SpanOrigin origin, long version) {
}
