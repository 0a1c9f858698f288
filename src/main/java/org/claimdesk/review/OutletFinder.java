package org.claimdesk.review;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet that carried a claim in the text of its attribution, where the text names
 * one: "told Russian news agencies", "told Reuters that", "according to TASS".
 */
final class OutletFinder {
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\p{N}.&'-]*|news|agencies|agency|reporters|journalists|media|newspapers?|television|radio)";
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:told|according to|reported by|in an interview with|quoted by|wrote in|said on|said in)\\s+(?:the\\s+)?("
                    + WORD + "(?:\\s+" + WORD + "){0,4})");

    private OutletFinder() {
    }

    static Optional<String> outletIn(String attribution) {
        Matcher m = CUE.matcher(attribution);
        return m.find() ? Optional.of(m.group(1).replaceAll("[.,]$", "")) : Optional.empty();
    }
}
