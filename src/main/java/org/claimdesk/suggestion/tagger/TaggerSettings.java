package org.claimdesk.suggestion.tagger;

/**
 * How the taggers are trained: OpenNLP's algorithm ({@code MAXENT} or {@code PERCEPTRON}), its
 * iterations, and the feature cutoff (a feature seen fewer times is dropped). Maxent is the
 * default by measurement (SuggestionBenchmark, "choosing"): trained on 100 generated articles it
 * reached overlap F1 0.75 on the hand-annotated news against the perceptron's 0.66, for twice the
 * training time (4.5 s against 2.4 s).
 */
public record TaggerSettings(String algorithm, int iterations, int cutoff) {
    public static final TaggerSettings DEFAULT = new TaggerSettings("MAXENT", 100, 1);
    public static final TaggerSettings PERCEPTRON = new TaggerSettings("PERCEPTRON", 60, 1);
}
