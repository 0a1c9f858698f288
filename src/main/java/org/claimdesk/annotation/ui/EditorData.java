package org.claimdesk.annotation.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.AnnotationLayer;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.RelationDto;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanText;
import org.claimdesk.document.TextOffsets;

/**
 * What the editor draws when it opens, in a compact form it fetches beside Vaadin's bootstrap
 * (see {@link EditorDataController}): the text once, each span as numbers (id, label index,
 * UTF-16 fragment bounds), covered texts left out since the browser cuts them from the text.
 * At 5,000 spans this is a third of the size of span objects, and it never passes through a
 * Vaadin round trip.
 *
 * <p>The fingerprint names the layer's state (items and versions): the view sends its own, so an
 * editor whose early copy is older than the view's state fetches again.
 */
final class EditorData {
    private EditorData() {
    }

    static String url(long documentId) {
        return "documents/" + documentId + "/editor.json";
    }

    static Map<String, Object> of(TextOffsets text, AnnotationLayer layer) {
        List<String> labels = layer.schema().spanLabels().stream().map(l -> l.name()).toList();
        List<String> types = new ArrayList<>();
        List<long[]> spans = new ArrayList<>(layer.spans().size());
        Map<String, String> notes = new LinkedHashMap<>();
        for (SpanDto s : layer.spans()) {
            long[] row = new long[2 + 2 * s.fragments().size()];
            row[0] = s.id();
            row[1] = labels.indexOf(s.label()); // -1: a label no longer in the schema, drawn in grey
            int i = 2;
            for (Fragment f : s.fragments()) {
                row[i++] = text.toUtf16(f.start());
                row[i++] = text.toUtf16(f.end());
            }
            spans.add(row);
            if (s.note() != null) {
                notes.put(Long.toString(s.id()), s.note());
            }
        }
        List<long[]> relations = new ArrayList<>(layer.relations().size());
        for (RelationDto r : layer.relations()) {
            int type = types.indexOf(r.type());
            if (type < 0) {
                types.add(r.type());
                type = types.size() - 1;
            }
            relations.add(new long[] {r.id(), type, r.from(), r.to()});
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fingerprint", fingerprint(layer));
        data.put("text", text.text());
        data.put("annotator", layer.annotator());
        data.put("joiner", SpanText.FRAGMENT_JOINER);
        data.put("labels", labels);
        // for the page's first paint before the editor exists (prepaint.js); the editor takes its colours from the view
        data.put("colors", layer.schema().spanLabels().stream().map(l -> l.color()).toList());
        data.put("spans", spans);
        data.put("notes", notes);
        data.put("types", types);
        data.put("relations", relations);
        return data;
    }

    /** Changes whenever a span or relation of the layer is added, changed or removed. */
    static String fingerprint(AnnotationLayer layer) {
        long h = 1125899906842597L;
        for (SpanDto s : layer.spans()) {
            h = 31 * (31 * h + s.id()) + s.version();
        }
        h = 31 * h + 7;
        for (RelationDto r : layer.relations()) {
            h = 31 * (31 * h + r.id()) + r.version();
        }
        return layer.document().id() + ":" + layer.annotatorId() + ":" + layer.spans().size() + ":"
                + layer.relations().size() + ":" + Long.toHexString(h);
    }
}
