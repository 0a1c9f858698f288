package org.claimdesk.suggestion.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.suggestion.CueLexicon;
import org.claimdesk.suggestion.TextUnits;
import org.claimdesk.suggestion.TextUnits.Quote;
import org.claimdesk.suggestion.TextUnits.Range;

/**
 * A text cut into tokens (UTF-16 indexes), each with what the tagger's features need about its
 * place: sentence, paragraph start, inside a quotation, and the reporting and denial cues around
 * it. Built once per document and shared by the taggers of every label.
 */
public final class TokenizedText {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’\\-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");

    /** One token: its range, lower-cased form, and its sentence's token range [sentenceStart, sentenceEnd). */
    public record Token(int start, int end, String word, int sentenceStart, int sentenceEnd, boolean paragraphStart,
                        boolean quoted, boolean cue, boolean denial) {
    }

    private final String text;
    private final List<Token> tokens;

    private TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    public static TokenizedText of(String text) {
        boolean[] cue = marks(text, CueLexicon.REPORTING.matcher(text));
        boolean[] denial = marks(text, CueLexicon.DENYING.matcher(text));
        List<Token> out = new ArrayList<>();
        for (Range paragraph : TextUnits.paragraphs(text)) {
            List<Quote> quotes = TextUnits.quotes(text, paragraph);
            boolean first = true;
            for (Range sentence : TextUnits.sentences(text, paragraph, quotes)) {
                int from = out.size();
                Matcher m = TOKEN.matcher(text).region(sentence.start(), sentence.end());
                List<int[]> ranges = new ArrayList<>();
                while (m.find()) {
                    ranges.add(new int[] {m.start(), m.end()});
                }
                int to = from + ranges.size();
                for (int[] r : ranges) {
                    out.add(new Token(r[0], r[1], text.substring(r[0], r[1]).toLowerCase(Locale.ROOT), from, to, first,
                            quoted(r[0], quotes), cue[r[0]], denial[r[0]]));
                    first = false;
                }
            }
        }
        return new TokenizedText(text, List.copyOf(out));
    }

    private static boolean[] marks(String text, Matcher m) {
        boolean[] out = new boolean[text.length() + 1];
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = true;
            }
        }
        return out;
    }

    private static boolean quoted(int i, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (i >= q.inner().start() && i < q.inner().end()) {
                return true;
            }
        }
        return false;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }
}
