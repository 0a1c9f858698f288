package org.claimdesk.document;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;
import java.util.BitSet;
import org.claimdesk.base.InvalidInputException;

/**
 * Converts between the two offset units in play: Unicode code points (storage, REST API, exports)
 * and UTF-16 code units (Java strings, the browser). Also knows the grapheme cluster boundaries,
 * because a span must not cut an emoji, a ZWJ sequence or a letter from its combining mark.
 * Built once per text; conversions are O(1) or O(log n).
 */
public final class TextOffsets {
    private final String text;
    /** utf16Index[cp] = UTF-16 index of code point cp; has length codePoints + 1. */
    private final int[] utf16Index;
    private BitSet graphemeBoundaries;

    public TextOffsets(String text) {
        this.text = text;
        int count = text.codePointCount(0, text.length());
        utf16Index = new int[count + 1];
        int i = 0;
        for (int cp = 0; cp < count; cp++) {
            utf16Index[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        utf16Index[count] = text.length();
    }

    public String text() {
        return text;
    }

    public int lengthInCodePoints() {
        return utf16Index.length - 1;
    }

    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > lengthInCodePoints()) {
            throw new InvalidInputException("Offset " + codePoint + " is outside the text (0.."
                    + lengthInCodePoints() + " code points).");
        }
        return utf16Index[codePoint];
    }

    /** Rejects a UTF-16 offset that falls between the two halves of a surrogate pair. */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new InvalidInputException("Offset " + utf16 + " is outside the text (0.."
                    + text.length() + " UTF-16 units).");
        }
        if (utf16 > 0 && utf16 < text.length()
                && Character.isLowSurrogate(text.charAt(utf16)) && Character.isHighSurrogate(text.charAt(utf16 - 1))) {
            throw new InvalidInputException("Offset " + utf16 + " splits a surrogate pair (e.g. inside an emoji).");
        }
        return codePointAt(utf16);
    }

    /** The code point at a code point offset. */
    public int characterAt(int codePoint) {
        if (codePoint == lengthInCodePoints()) {
            throw new InvalidInputException("Offset " + codePoint + " is the end of the text, after its last character.");
        }
        return text.codePointAt(toUtf16(codePoint));
    }

    /** The text between two code point offsets. */
    public String substring(int startCp, int endCp) {
        return text.substring(toUtf16(startCp), toUtf16(endCp));
    }

    /** True when a code point offset is a grapheme cluster boundary (extended, per UAX #29). */
    public boolean isGraphemeBoundary(int codePoint) {
        if (graphemeBoundaries == null) {
            graphemeBoundaries = computeBoundaries();
        }
        return graphemeBoundaries.get(codePoint);
    }

    private BitSet computeBoundaries() {
        BitSet bits = new BitSet(utf16Index.length);
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            bits.set(codePointAt(b));
        }
        return bits;
    }

    private int codePointAt(int utf16) {
        int cp = Arrays.binarySearch(utf16Index, utf16);
        if (cp < 0) {
            throw new IllegalStateException("No code point starts at UTF-16 offset " + utf16);
        }
        return cp;
    }
}
