package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Paragraphs, quotations and sentences of a news text, in UTF-16 indexes of the Java string.
 * A quotation opened in a paragraph that does not close it runs into the next paragraph, as
 * English news writes a quote over several paragraphs; a sentence never ends inside a quotation.
 */
public final class TextUnits {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "jr",
            "inc", "co", "corp", "lt", "col", "gov", "prof", "no", "vs");

    public record Range(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }

        public boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    /** A quotation: its inner text, and whether it ran on past the end of its paragraph. */
    public record Quote(int open, Range inner, boolean runsOn) {
    }

    private TextUnits() {
    }

    public static List<Range> paragraphs(String text) {
        List<Range> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Range r = trim(text, start, i);
                if (r.end() > r.start()) {
                    out.add(r);
                }
                start = i + 1;
            }
        }
        return out;
    }

    public static List<Quote> quotes(String text, Range paragraph) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"')) {
                out.add(new Quote(open, new Range(open + 1, i), false));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new Quote(open, new Range(open + 1, paragraph.end()), true));
        }
        return out;
    }

    /** Sentences of a range: they end at . ! ? outside quotations and not after an abbreviation. */
    public static List<Range> sentences(String text, Range within, List<Quote> quotes) {
        List<Range> out = new ArrayList<>();
        int start = within.start();
        for (int i = within.start(); i < within.end(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && !inQuote(i, quotes) && endsSentence(text, i, within.end())) {
                out.add(trim(text, start, i + 1));
                start = i + 1;
            }
        }
        Range last = trim(text, start, within.end());
        if (last.end() > last.start()) {
            out.add(last);
        }
        return out;
    }

    private static boolean inQuote(int i, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (i >= q.open() && i <= q.inner().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int dot, int end) {
        if (dot + 1 < end && !Character.isWhitespace(text.charAt(dot + 1))) {
            return false; // "underway..." or "U.S."
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return !word.contains(".") && !initial && !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The range without surrounding spaces and the punctuation that closes a clause. */
    static Range trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;:".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Range(start, end);
    }

    /** As {@link #trim}, and without a final full stop: a clause, not a sentence. */
    static Range clause(String text, int start, int end) {
        Range r = trim(text, start, end);
        int e = r.end();
        while (e > r.start() && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == ',')) {
            e--;
        }
        return trim(text, r.start(), e);
    }

    static int words(String text, int start, int end) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
