package org.claimdesk.dataset;

import java.util.HashMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts for the dataset card: documents per split, spans per split and label. */
public final class ExportStats {
    private final Map<Split, Long> documents = new EnumMap<>(Split.class);
    private final Map<Split, Map<String, long[]>> counts = new EnumMap<>(Split.class);
    private long totalSpans;
    private long relations;

    void add(ExportDocument doc) {
        documents.merge(doc.split(), 1L, Long::sum);
        Map<String, long[]> byLabel = counts.computeIfAbsent(doc.split(), s -> new HashMap<>());
        for (ExportSpan s : doc.spans()) {
            byLabel.computeIfAbsent(s.label(), l -> new long[1])[0]++;
        }
        totalSpans += doc.spans().size();
        relations += doc.relations().size();
    }

    public Map<Split, Long> documents() {
        return documents;
    }

    /** Spans per split and label, labels sorted. */
    public Map<Split, Map<String, Long>> spans() {
        Map<Split, Map<String, Long>> out = new EnumMap<>(Split.class);
        counts.forEach((split, byLabel) -> {
            Map<String, Long> sorted = new TreeMap<>();
            byLabel.forEach((label, n) -> sorted.put(label, n[0]));
            out.put(split, sorted);
        });
        return out;
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
