package org.claimdesk.dataset;

import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.jspecify.annotations.Nullable;

/**
 * A span in an export. {@code id} is local to the document ("T1", "T2", ... in text order), so the
 * same annotations export the same whatever their database ids. {@code source} is the normalized
 * source an attribution points at, if any; {@code attributes} what an import set on it (brat's A lines).
 */
public record ExportSpan(String id, String label, List<Fragment> fragments, String text, String annotator,
                         @Nullable String note, @Nullable String source, Map<String, String> attributes) {
    public ExportSpan(String id, String label, List<Fragment> fragments, String text, String annotator,
                      @Nullable String note, @Nullable String source) {
        this(id, label, fragments, text, annotator, note, source, Map.of());
    }

    public int start() {
        return fragments.getFirst().start();
    }

    public int end() {
        return fragments.getLast().end();
    }
}
