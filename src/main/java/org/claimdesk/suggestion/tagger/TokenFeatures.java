package org.claimdesk.suggestion.tagger;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.suggestion.tagger.TokenizedText.Token;

/**
 * The features of each token, computed once per document: the word and its neighbours, shape and
 * affixes, and what a content span depends on beyond its words: the reporting cue before or after
 * it in the sentence (and how far), the quotation it is in, and where it stands in its sentence
 * and paragraph. The previous tag is added while decoding ({@link #withPrevious}).
 */
final class TokenFeatures {
    private TokenFeatures() {
    }

    static List<String[]> of(TokenizedText t) {
        List<String[]> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(of(t, i));
        }
        return out;
    }

    static String[] withPrevious(String[] base, String previousTag, String word) {
        String[] out = new String[base.length + 2];
        System.arraycopy(base, 0, out, 0, base.length);
        out[base.length] = "t-1=" + previousTag;
        out[base.length + 1] = "t-1w=" + previousTag + "|" + word;
        return out;
    }

    private static String[] of(TokenizedText t, int i) {
        Token k = t.get(i);
        List<String> f = new ArrayList<>(32);
        String w = k.word();
        f.add("w=" + w);
        f.add("sh=" + shape(t.text().substring(k.start(), k.end())));
        if (w.length() > 3) {
            f.add("p3=" + w.substring(0, 3));
            f.add("s3=" + w.substring(w.length() - 3));
        }
        String prev = word(t, i - 1, k);
        String next = word(t, i + 1, k);
        f.add("w-1=" + prev);
        f.add("w+1=" + next);
        f.add("w-2=" + word(t, i - 2, k));
        f.add("w+2=" + word(t, i + 2, k));
        f.add("bg-=" + prev + "|" + w);
        f.add("bg+=" + w + "|" + next);
        if (k.cue()) {
            f.add("cue");
        }
        if (k.denial()) {
            f.add("deny");
        }
        if (i > k.sentenceStart() && t.get(i - 1).cue()) {
            f.add("cue-1");
        }
        if (i + 1 < k.sentenceEnd() && t.get(i + 1).cue()) {
            f.add("cue+1");
        }
        f.add(k.quoted() ? "q" : "nq");
        if (i == k.sentenceStart()) {
            f.add("ss");
            f.add(k.paragraphStart() ? "ps" : "nps");
        }
        if (i == k.sentenceEnd() - 1) {
            f.add("se");
        }
        int length = k.sentenceEnd() - k.sentenceStart();
        f.add("pos=" + (4 * (i - k.sentenceStart()) / Math.max(1, length)));
        f.add("cue@" + cueDistance(t, i, k));
        f.add("deny@" + denialSide(t, i, k));
        return f.toArray(String[]::new);
    }

    /** Signed distance in tokens to the nearest reporting cue of the sentence, in buckets. */
    private static String cueDistance(TokenizedText t, int i, Token k) {
        int best = Integer.MAX_VALUE;
        for (int j = k.sentenceStart(); j < k.sentenceEnd(); j++) {
            if (t.get(j).cue() && Math.abs(j - i) < Math.abs(best)) {
                best = j - i;
            }
        }
        if (best == Integer.MAX_VALUE) {
            return "none";
        }
        int d = Math.abs(best);
        String bucket = d == 0 ? "0" : d <= 2 ? "1-2" : d <= 5 ? "3-5" : d <= 12 ? "6-12" : "far";
        return (best > 0 ? "R" : best < 0 ? "L" : "") + bucket;
    }

    private static String denialSide(TokenizedText t, int i, Token k) {
        for (int j = k.sentenceStart(); j < k.sentenceEnd(); j++) {
            if (t.get(j).denial()) {
                return j < i ? "L" : j > i ? "R" : "0";
            }
        }
        return "none";
    }

    private static String word(TokenizedText t, int j, Token k) {
        if (j < k.sentenceStart()) {
            return "<s>";
        }
        if (j >= k.sentenceEnd()) {
            return "</s>";
        }
        return t.get(j).word();
    }

    private static String shape(String s) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length() && b.length() < 4; i++) {
            char c = s.charAt(i);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (m != last) {
                b.append(m);
                last = m;
            }
        }
        return b.toString();
    }
}
