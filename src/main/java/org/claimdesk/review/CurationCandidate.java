package org.claimdesk.review;

import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.jspecify.annotations.Nullable;

/**
 * A span as the annotators proposed it: label and fragments, who proposed it, out of how many
 * annotators, the gold span that holds it once accepted, and the model's score when the model
 * proposes it too (a model has no vote: a span only it proposes is {@link #modelOnly}).
 */
public record CurationCandidate(String label, List<Fragment> fragments, String text, List<String> proposedBy,
                                int annotators, @Nullable Long goldSpanId, @Nullable Double modelScore) {
    public CurationCandidate(String label, List<Fragment> fragments, String text, List<String> proposedBy,
                             int annotators, @Nullable Long goldSpanId) {
        this(label, fragments, text, proposedBy, annotators, goldSpanId, null);
    }

    public boolean unanimous() {
        return !proposedBy.isEmpty() && proposedBy.size() == annotators;
    }

    public boolean modelOnly() {
        return proposedBy.isEmpty() && goldSpanId == null && modelScore != null;
    }

    CurationCandidate withModel(double score) {
        return new CurationCandidate(label, fragments, text, proposedBy, annotators, goldSpanId, score);
    }

    public boolean inGold() {
        return goldSpanId != null;
    }
}
