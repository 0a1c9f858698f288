package org.claimdesk.document;

import java.util.Arrays;
import com.ibm.icu.text.BreakIterator;
import java.text.Normalizer;
import org.claimdesk.base.InvalidInputException;

/**
 * Maps offsets into a raw text (as a file from another tool holds it: CRLF, decomposed accents)
 * onto the normalized text ClaimDesk stores. Normalization works grapheme cluster by cluster, so
 * every cluster boundary of the raw text has a place in the normalized one; an offset inside a
 * cluster has none and is refused.
 */
public final class TextMapping {
    private final String normalized;
    private final String raw;
    private final int[] normalizedAt; // by raw code point; -1 inside a cluster; null when the text was normalized already

    private TextMapping(String raw, String normalized, int[] normalizedAt) {
        this.raw = raw;
        this.normalized = normalized;
        this.normalizedAt = normalizedAt;
    }

    public static TextMapping of(String raw) {
        String whole = TextNormalizer.normalize(raw);
        if (whole.equals(raw)) {
            return new TextMapping(raw, whole, null);
        }
        int rawLength = raw.codePointCount(0, raw.length());
        int[] at = new int[rawLength + 1];
        Arrays.fill(at, -1);
        StringBuilder out = new StringBuilder(raw.length());
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(raw);
        int start = clusters.first();
        int rawCp = 0;
        int outCp = 0;
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            at[rawCp] = outCp;
            String piece = raw.substring(start, end);
            if (start == 0 && piece.startsWith("\uFEFF")) {
                piece = piece.substring(1);
            }
            piece = Normalizer.normalize(piece.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
            out.append(piece);
            rawCp += raw.codePointCount(start, end);
            outCp += piece.codePointCount(0, piece.length());
        }
        at[rawCp] = outCp;
        if (!out.toString().equals(whole)) {
            throw new InvalidInputException("The text normalizes across character boundaries, so offsets in it cannot be"
                    + " carried over; normalize it to NFC with LF line ends before importing.");
        }
        return new TextMapping(raw, whole, at);
    }

    public String normalized() {
        return normalized;
    }

    /** The normalized code point offset of a raw code point offset. */
    public int fromCodePoint(int rawCp) {
        int length = normalizedAt == null ? normalized.codePointCount(0, normalized.length()) : normalizedAt.length - 1;
        if (rawCp < 0 || rawCp > length) {
            throw new InvalidInputException("Offset " + rawCp + " is outside the text (0.." + length + ").");
        }
        if (normalizedAt == null) {
            return rawCp;
        }
        int n = normalizedAt[rawCp];
        if (n < 0) {
            throw new InvalidInputException("Offset " + rawCp + " falls inside a character (e.g. between CR and LF,"
                    + " or before a combining mark).");
        }
        return n;
    }

    /** The normalized code point offset of a raw UTF-16 offset (doccano, JavaScript). */
    public int fromUtf16(int rawUtf16) {
        if (rawUtf16 < 0 || rawUtf16 > raw.length()) {
            throw new InvalidInputException("Offset " + rawUtf16 + " is outside the text (0.." + raw.length() + " UTF-16 units).");
        }
        if (rawUtf16 > 0 && rawUtf16 < raw.length() && Character.isLowSurrogate(raw.charAt(rawUtf16))
                && Character.isHighSurrogate(raw.charAt(rawUtf16 - 1))) {
            throw new InvalidInputException("Offset " + rawUtf16 + " splits a surrogate pair (e.g. inside an emoji).");
        }
        return fromCodePoint(raw.codePointCount(0, rawUtf16));
    }
}
