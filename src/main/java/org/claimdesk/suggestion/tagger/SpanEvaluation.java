package org.claimdesk.suggestion.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimdesk.suggestion.SuggestionEngine;

/**
 * Precision, recall and F1 of predicted spans against gold spans, per label and over all labels,
 * counted two ways: exact (same label and offsets) and overlap (same label, sharing at least one
 * character; each gold span matches at most one prediction). Long content spans are often right
 * in substance and wrong by a word at an end, so both figures are reported.
 */
public final class SpanEvaluation {
    public static final String ALL = "(all)";

    /** Counts for one label; the scores follow from them. */
    public record Counts(int predicted, int gold, int exact, int overlap) {
        Counts plus(Counts o) {
            return new Counts(predicted + o.predicted, gold + o.gold, exact + o.exact, overlap + o.overlap);
        }

        public Score exactScore() {
            return Score.of(exact, predicted, gold);
        }

        public Score overlapScore() {
            return Score.of(overlap, predicted, gold);
        }
    }

    public record Score(double p, double r, double f1) {
        static Score of(int hits, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) hits / predicted;
            double r = gold == 0 ? 0 : (double) hits / gold;
            return new Score(round(p), round(r), round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    private final Map<String, Counts> counts = new TreeMap<>();

    /** Adds one document: its gold spans and what was predicted for it. */
    public void add(List<GoldDocument.GoldSpan> gold, List<SuggestionEngine.Span> predicted, List<String> labels) {
        for (String label : labels) {
            List<GoldDocument.GoldSpan> g = gold.stream().filter(s -> s.label().equals(label)).toList();
            List<SuggestionEngine.Span> p = predicted.stream().filter(s -> s.label().equals(label)).toList();
            int exact = 0;
            for (GoldDocument.GoldSpan s : g) {
                if (p.stream().anyMatch(x -> x.start() == s.start() && x.end() == s.end())) {
                    exact++;
                }
            }
            List<SuggestionEngine.Span> free = new ArrayList<>(p);
            int overlap = 0;
            for (GoldDocument.GoldSpan s : g) {
                for (int k = 0; k < free.size(); k++) {
                    if (free.get(k).start() < s.end() && free.get(k).end() > s.start()) {
                        free.remove(k);
                        overlap++;
                        break;
                    }
                }
            }
            Counts c = new Counts(p.size(), g.size(), exact, overlap);
            counts.merge(label, c, Counts::plus);
            counts.merge(ALL, c, Counts::plus);
        }
    }

    /** Per label, and {@link #ALL} for the micro average. */
    public Map<String, Counts> counts() {
        return counts;
    }

    public Counts all() {
        return counts.getOrDefault(ALL, new Counts(0, 0, 0, 0));
    }
}
