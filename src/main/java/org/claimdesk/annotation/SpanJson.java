package org.claimdesk.annotation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A span in the REST API: code point offsets, fragments as [start, end] pairs. */
public record SpanJson(long id, String label, int start, int end, List<List<Integer>> fragments, String text,
                String annotator, @Nullable String note, SpanOrigin origin, long version,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> attributes) {

    public static SpanJson of(SpanDto s) {
        return new SpanJson(s.id(), s.label(), s.start(), s.end(),
                s.fragments().stream().map(f -> List.of(f.start(), f.end())).toList(), s.text(), s.annotator(),
                s.note(), s.origin(), s.version(), s.attributes());
    }
}
