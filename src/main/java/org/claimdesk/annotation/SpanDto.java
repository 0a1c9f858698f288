package org.claimdesk.annotation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A span as services and the API hand it out. Offsets are code points; {@code start} and
 * {@code end} are those of the first and last fragment. For a discontinuous span {@code text}
 * joins the fragments' texts with {@link SpanText#FRAGMENT_JOINER}. {@code attributes} are those an
 * import set on it (left out when there are none; older history entries have none).
 */
public record SpanDto(long id, long documentId, String label, int start, int end, List<Fragment> fragments,
                      String text, @Nullable String note, String annotator, SpanOrigin origin, long version,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> attributes) {
    public SpanDto {
        attributes = attributes == null ? Map.of() : attributes;
    }

    public SpanDto(long id, long documentId, String label, int start, int end, List<Fragment> fragments,
                   String text, @Nullable String note, String annotator, SpanOrigin origin, long version) {
        this(id, documentId, label, start, end, fragments, text, note, annotator, origin, version, Map.of());
    }
}
