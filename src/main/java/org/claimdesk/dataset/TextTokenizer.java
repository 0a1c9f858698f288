package org.claimdesk.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.claimdesk.document.TextOffsets;

/**
 * Sentences and tokens from Apache OpenNLP's English UD-EWT models, with offsets in code points.
 * A token boundary that would split a grapheme cluster (inside an emoji ZWJ sequence, before a
 * combining mark) is dropped, joining the two tokens. Not thread-safe: one per export.
 */
public final class TextTokenizer {
    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
    private final TokenizerME tokens = new TokenizerME(Models.TOKENS);

    /** A token: its text and its code point range. */
    public record Token(String text, int start, int end) {
    }

    /**
     * The tokens of each sentence, in order. A line break always ends a sentence: in news text the
     * lines without a full stop are headlines, captions and datelines.
     */
    public List<List<Token>> sentences(TextOffsets text) {
        String s = text.text();
        List<List<Token>> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            if (lineEnd > lineStart) {
                sentencesOfLine(text, lineStart, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void sentencesOfLine(TextOffsets text, int lineStart, int lineEnd, List<List<Token>> out) {
        String s = text.text();
        for (opennlp.tools.util.Span found : sentences.sentPosDetect(s.substring(lineStart, lineEnd))) {
            opennlp.tools.util.Span sentence = new opennlp.tools.util.Span(found.getStart() + lineStart,
                    found.getEnd() + lineStart);
            String part = s.substring(sentence.getStart(), sentence.getEnd());
            List<Token> sentenceTokens = new ArrayList<>();
            for (opennlp.tools.util.Span t : tokens.tokenizePos(part)) {
                int start = text.toCodePoint(outsideSurrogates(s, sentence.getStart() + t.getStart()));
                int end = text.toCodePoint(outsideSurrogates(s, sentence.getStart() + t.getEnd()));
                if (start >= end) {
                    continue;
                }
                Token previous = sentenceTokens.isEmpty() ? null : sentenceTokens.getLast();
                if (previous != null && (previous.end() > start
                        || previous.end() == start && !text.isGraphemeBoundary(start))) {
                    int joinedEnd = Math.max(previous.end(), end);
                    sentenceTokens.set(sentenceTokens.size() - 1,
                            new Token(text.substring(previous.start(), joinedEnd), previous.start(), joinedEnd));
                } else {
                    sentenceTokens.add(new Token(text.substring(start, end), start, end));
                }
            }
            if (!sentenceTokens.isEmpty()) {
                out.add(sentenceTokens);
            }
        }
    }

    /** Moves an offset that falls between the two halves of a surrogate pair past the pair. */
    private static int outsideSurrogates(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))
                ? i + 1 : i;
    }

    /** The models load once; the ME classes that use them are cheap and per instance. */
    private static final class Models {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);

        private interface Loader<T> {
            T load(InputStream in) throws IOException;
        }

        private static <T> T load(String resource, Loader<T> loader) {
            try (InputStream in = TextTokenizer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path.");
                }
                return loader.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
