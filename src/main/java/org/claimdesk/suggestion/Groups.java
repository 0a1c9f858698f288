package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.List;

/** Puts linked spans into one group (named by the index of its first span), so they are accepted together. */
public final class Groups {
    private Groups() {
    }

    public static SuggestionEngine.Prediction of(SuggestionEngine.Prediction p) {
        int n = p.spans().size();
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        for (SuggestionEngine.Link l : p.links()) {
            int a = find(parent, l.from());
            int b = find(parent, l.to());
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        List<SuggestionEngine.Span> spans = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            SuggestionEngine.Span s = p.spans().get(k);
            spans.add(new SuggestionEngine.Span(find(parent, k), s.label(), s.start(), s.end(), s.score()));
        }
        List<SuggestionEngine.Link> links = p.links().stream()
                .map(l -> new SuggestionEngine.Link(find(parent, l.from()), l.type(), l.from(), l.to(), l.score())).toList();
        return new SuggestionEngine.Prediction(spans, links);
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            k = parent[k];
        }
        return k;
    }
}
