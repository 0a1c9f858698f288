package org.claimdesk.annotation.web;

import java.util.List;
import org.claimdesk.annotation.AnnotationLayer;
import org.jspecify.annotations.Nullable;

/** One document as a ClaimDesk JSONL line. Offsets are code points: text[start:end] in Python. */
record JsonlLine(long id, String title, String text, String sha256, @Nullable String sourceUrl, String offsetUnit,
                 String layer, List<SpanJson> spans, List<RelationLine> relations) {

    static JsonlLine of(AnnotationLayer l) {
        return new JsonlLine(l.document().id(), l.document().title(), l.document().text(), l.document().sha256(),
                l.document().sourceUrl(), "codepoint", "annotator:" + l.annotator(),
                l.spans().stream().map(SpanJson::of).toList(),
                l.relations().stream().map(r -> new RelationLine(r.id(), r.type(), r.from(), r.to())).toList());
    }

    record RelationLine(long id, String type, long from, long to) {
    }
}
