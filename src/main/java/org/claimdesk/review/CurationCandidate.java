package org.claimdesk.review;

import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.jspecify.annotations.Nullable;

/**
 * A span as the annotators proposed it: label and fragments, who proposed it, out of how many
 * annotators, and the gold span that holds it once accepted.
 */
public record CurationCandidate(String label, List<Fragment> fragments, String text, List<String> proposedBy,
                                int annotators, @Nullable Long goldSpanId) {
    public boolean unanimous() {
        return proposedBy.size() == annotators;
    }

    public boolean inGold() {
        return goldSpanId != null;
    }
}
