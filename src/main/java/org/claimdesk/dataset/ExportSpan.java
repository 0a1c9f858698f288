package org.claimdesk.dataset;

import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.jspecify.annotations.Nullable;

/**
 * A span in an export. {@code id} is local to the document ("T1", "T2", ... in text order), so the
 * same annotations export the same whatever their database ids. {@code source} is the normalized
 * source an attribution points at, if any.
 */
public record ExportSpan(String id, String label, List<Fragment> fragments, String text, String annotator,
                         @Nullable String note, @Nullable String source) {
    public int start() {
        return fragments.getFirst().start();
    }

    public int end() {
        return fragments.getLast().end();
    }
}
