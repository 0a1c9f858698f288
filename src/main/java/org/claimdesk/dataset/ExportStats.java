package org.claimdesk.dataset;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts for the dataset card: documents per split, spans per split and label. */
public final class ExportStats {
    private final Map<Split, Long> documents = new EnumMap<>(Split.class);
    private final Map<Split, Map<String, Long>> spans = new EnumMap<>(Split.class);
    private long totalSpans;
    private long relations;

    void add(ExportDocument doc) {
        documents.merge(doc.split(), 1L, Long::sum);
        Map<String, Long> byLabel = spans.computeIfAbsent(doc.split(), s -> new TreeMap<>());
        for (ExportSpan s : doc.spans()) {
            byLabel.merge(s.label(), 1L, Long::sum);
        }
        totalSpans += doc.spans().size();
        relations += doc.relations().size();
    }

    public Map<Split, Long> documents() {
        return documents;
    }

    public Map<Split, Map<String, Long>> spans() {
        return spans;
    }

    public long totalDocuments() {
        return documents.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalSpans() {
        return totalSpans;
    }

    public long relations() {
        return relations;
    }
}
