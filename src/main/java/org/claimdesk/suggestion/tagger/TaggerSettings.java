package org.claimdesk.suggestion.tagger;

/**
 * How the taggers are trained: OpenNLP's algorithm ({@code MAXENT} or {@code PERCEPTRON}), its
 * iterations, and the feature cutoff (a feature seen fewer times is dropped).
 */
public record TaggerSettings(String algorithm, int iterations, int cutoff) {
    public static final TaggerSettings DEFAULT = new TaggerSettings("PERCEPTRON", 60, 1);
}
