package org.claimdesk.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Span F1 between two annotators: one-to-one matching within a document and label. */
final class SpanMatching {
    private SpanMatching() {
    }

    /** 2 x matched / (|a| + |b|); null when neither has spans. */
    static @Nullable Double f1(List<AgreementInput.LabelledSpan> a, List<AgreementInput.LabelledSpan> b, boolean exact) {
        if (a.isEmpty() && b.isEmpty()) {
            return null;
        }
        List<AgreementInput.LabelledSpan> unmatched = new ArrayList<>(b);
        int matched = 0;
        for (AgreementInput.LabelledSpan x : a) {
            for (int i = 0; i < unmatched.size(); i++) {
                AgreementInput.LabelledSpan y = unmatched.get(i);
                if (x.documentId() == y.documentId() && x.label().equals(y.label())
                        && (exact ? same(x.fragments(), y.fragments()) : overlap(x.fragments(), y.fragments()))) {
                    unmatched.remove(i);
                    matched++;
                    break;
                }
            }
        }
        return 2.0 * matched / (a.size() + b.size());
    }

    private static boolean same(List<int[]> x, List<int[]> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!Arrays.equals(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlap(List<int[]> x, List<int[]> y) {
        for (int[] f : x) {
            for (int[] g : y) {
                if (f[0] < g[1] && g[0] < f[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
