package org.claimdesk.annotation.web;

import java.util.List;
import org.claimdesk.annotation.AnnotationLayer;
import org.jspecify.annotations.Nullable;

/** One document as a ClaimDesk JSONL line. Offsets are code points: text[start:end] in Python. */
record JsonlLine(long id, String title, String text, String sha256, @Nullable String sourceUrl, String offsetUnit,
                 String layer, List<SpanLine> spans, List<RelationLine> relations) {

    static JsonlLine of(AnnotationLayer l) {
        return new JsonlLine(l.document().id(), l.document().title(), l.document().text(), l.document().sha256(),
                l.document().sourceUrl(), "codepoint", "annotator:" + l.annotator(),
                l.spans().stream().map(s -> new SpanLine(s.id(), s.label(), s.start(), s.end(),
                        s.fragments().stream().map(f -> List.of(f.start(), f.end())).toList(),
                        s.text(), s.annotator(), s.note())).toList(),
                l.relations().stream().map(r -> new RelationLine(r.id(), r.type(), r.from(), r.to())).toList());
    }

    record SpanLine(long id, String label, int start, int end, List<List<Integer>> fragments, String text,
                    String annotator, @Nullable String note) {
    }

    record RelationLine(long id, String type, long from, long to) {
    }
}
