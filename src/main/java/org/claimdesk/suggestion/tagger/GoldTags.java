package org.claimdesk.suggestion.tagger;

import java.util.Arrays;

/** The gold BIO tags of one label in a document: a token is inside a span when it overlaps it. */
final class GoldTags {
    private GoldTags() {
    }

    static String[] of(GoldDocument d, TokenizedText t, String label) {
        CodePoints cp = new CodePoints(d.text());
        String[] tags = new String[t.size()];
        Arrays.fill(tags, LabelTagger.O);
        for (GoldDocument.GoldSpan s : d.spans()) {
            if (!s.label().equals(label)) {
                continue;
            }
            int start = cp.toChar(s.start());
            int end = cp.toChar(s.end());
            boolean first = true;
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).start() < end && t.get(k).end() > start) {
                    tags[k] = first ? LabelTagger.B : LabelTagger.I;
                    first = false;
                }
            }
        }
        return tags;
    }

    /** Which tokens say something about the label: all of a gold document, the rejected spans' of a partial one. */
    static boolean[] evidence(GoldDocument d, TokenizedText t, String label) {
        boolean[] out = new boolean[t.size()];
        if (!d.partial()) {
            Arrays.fill(out, true);
            return out;
        }
        CodePoints cp = new CodePoints(d.text());
        for (GoldDocument.GoldSpan s : d.rejected()) {
            if (s.label().equals(label)) {
                int start = cp.toChar(s.start());
                int end = cp.toChar(s.end());
                for (int k = 0; k < t.size(); k++) {
                    out[k] |= t.get(k).start() < end && t.get(k).end() > start;
                }
            }
        }
        return out;
    }
}
