package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that report speech in English news ("said", "told reporters", "according to",
 * "was reported as saying") and those that deny ("denied", "rejected", "It can't"), with their
 * inflections, as one pattern each.
 */
public final class CueLexicon {
    private static final List<String> REPORTING_VERBS = List.of("say", "tell", "add", "claim", "insist", "warn",
            "report", "announce", "argue", "accuse", "state", "explain", "note", "write", "tweet", "confirm",
            "conclude", "acknowledge", "admit", "allege", "assert", "predict", "reply", "respond", "stress",
            "urge", "reveal", "complain", "contend", "maintain", "suggest", "declare", "testify", "estimate");
    private static final List<String> DENIAL_VERBS = List.of("deny", "reject", "dismiss", "refute", "disput");

    /** Multiword cues first, so that "was reported as saying" wins over "reported". */
    public static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:was reported as saying|according to|in a statement"
            + "|" + String.join("|", inflections(REPORTING_VERBS)) + ")\\b");
    public static final Pattern DENYING = Pattern.compile("(?i)\\b(?:" + String.join("|", inflections(DENIAL_VERBS)) + ")\\b");
    /** A short sentence that denies by itself: "It can't." "It is not true." */
    static final Pattern DENIAL_SENTENCE = Pattern.compile("(?i)\\b(?:can't|can’t|cannot|not true|untrue|false|never happened)\\b");
    /** A credit line: "With reporting by Reuters", "Additional reporting by". */
    static final Pattern CREDIT = Pattern.compile("(?i)\\s*(?:with\\s+)?(?:additional\\s+)?reporting\\s+by\\b");
    /** Words before a denial verb that turn it around: "Nobody denies the necessity". */
    static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:nobody|no one|not|never|none)\\s+$");

    private CueLexicon() {
    }

    /** say: say, says, said, saying; tell: told; deny: denies, denied; argue: argued, arguing. */
    static List<String> inflections(List<String> verbs) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : verbs) {
            switch (v) {
                case "say" -> out.addAll(List.of("say", "says", "said", "saying"));
                case "tell" -> out.addAll(List.of("tell", "tells", "told", "telling"));
                case "write" -> out.addAll(List.of("write", "writes", "wrote", "writing", "written"));
                case "disput" -> out.addAll(List.of("dispute", "disputes", "disputed", "disputing"));
                default -> {
                    String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
                    boolean y = v.endsWith("y") && !v.endsWith("ay");
                    String base = y ? v.substring(0, v.length() - 1) : v;
                    out.add(v);
                    out.add(y ? base + "ies" : v.endsWith("s") || v.endsWith("sh") ? v + "es" : v + "s");
                    out.add(y ? base + "ied" : stem + "ed");
                    out.add(stem + "ing");
                }
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }

    public static boolean isReporting(String word) {
        return REPORTING.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }

    static Matcher reporting(CharSequence text) {
        return REPORTING.matcher(text);
    }
}
