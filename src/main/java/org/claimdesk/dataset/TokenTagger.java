package org.claimdesk.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.TextTokenizer.Token;

/**
 * Flattens possibly overlapping spans to one tag per token, by {@link #RULE}, for the token-based
 * formats (CoNLL IOB2 and BIOES, Hugging Face, spaCy "ents").
 */
public final class TokenTagger {
    public static final String RULE = "Overlapping spans are flattened to one tag per token. Each fragment of a span"
            + " covers the tokens it overlaps (a discontinuous span gives one entity per fragment; a fragment running"
            + " over a sentence break starts anew in the next sentence). Entities are placed longest first (in tokens),"
            + " then by their label's order in the schema, then by earlier start; an entity that would share a token with"
            + " one placed before it is left out and counted as dropped.";

    public enum Scheme { IOB2, BIOES }

    /** An entity as placed: its label and its first and last token (inclusive, over the whole document). */
    public record Entity(String label, int first, int last) {
    }

    /** The tags of each sentence ("O", "B-CLAIM", ...), the entities placed, and how many were dropped. */
    public record Tagged(List<List<Token>> sentences, List<List<String>> tags, List<Entity> entities, int dropped) {
    }

    private TokenTagger() {
    }

    public static Tagged tag(List<List<Token>> sentences, List<ExportSpan> spans, List<String> labelOrder, Scheme scheme) {
        List<Token> tokens = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Token t : sentences.get(s)) {
                tokens.add(t);
                sentenceOf.add(s);
            }
        }
        List<Entity> candidates = new ArrayList<>();
        int dropped = 0;
        for (ExportSpan span : spans) {
            for (Fragment f : span.fragments()) {
                int first = firstTokenEndingAfter(tokens, f.start());
                int last = first;
                while (last + 1 < tokens.size() && tokens.get(last + 1).start() < f.end()) {
                    last++;
                }
                if (first >= tokens.size() || tokens.get(first).start() >= f.end()) {
                    dropped++; // only whitespace under the fragment
                    continue;
                }
                int from = first;
                for (int i = first + 1; i <= last + 1; i++) {
                    if (i > last || !sentenceOf.get(i).equals(sentenceOf.get(from))) {
                        candidates.add(new Entity(span.label(), from, i - 1));
                        from = i;
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Entity e) -> -(e.last() - e.first()))
                .thenComparingInt(e -> rank(labelOrder, e.label()))
                .thenComparingInt(Entity::first));
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        boolean[] taken = new boolean[tokens.size()];
        List<Entity> placed = new ArrayList<>();
        for (Entity e : candidates) {
            boolean free = true;
            for (int i = e.first(); i <= e.last() && free; i++) {
                free = !taken[i];
            }
            if (!free) {
                dropped++;
                continue;
            }
            placed.add(e);
            for (int i = e.first(); i <= e.last(); i++) {
                taken[i] = true;
                tags[i] = prefix(scheme, i, e) + e.label();
            }
        }
        placed.sort(Comparator.comparingInt(Entity::first));
        List<List<String>> bySentence = new ArrayList<>();
        int i = 0;
        for (List<Token> sentence : sentences) {
            bySentence.add(List.of(Arrays.copyOfRange(tags, i, i + sentence.size())));
            i += sentence.size();
        }
        return new Tagged(sentences, bySentence, placed, dropped);
    }

    /** The tag names in id order: "O", then for each label B-, I- (IOB2) or B-, I-, E-, S- (BIOES). */
    public static List<String> tagNames(List<String> labelOrder, Scheme scheme) {
        List<String> names = new ArrayList<>(List.of("O"));
        for (String label : labelOrder) {
            for (String p : scheme == Scheme.IOB2 ? List.of("B-", "I-") : List.of("B-", "I-", "E-", "S-")) {
                names.add(p + label);
            }
        }
        return names;
    }

    private static String prefix(Scheme scheme, int i, Entity e) {
        if (scheme == Scheme.IOB2) {
            return i == e.first() ? "B-" : "I-";
        }
        if (e.first() == e.last()) {
            return "S-";
        }
        return i == e.first() ? "B-" : i == e.last() ? "E-" : "I-";
    }

    private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int rank(List<String> labelOrder, String label) {
        int r = labelOrder.indexOf(label);
        return r < 0 ? Integer.MAX_VALUE : r;
    }
}
