package org.claimdesk.suggestion.tagger;

/** Converts between a text's code point offsets (the API's) and its UTF-16 indexes, in O(1) after one pass. */
final class CodePoints {
    private final int[] charOf;
    private final int[] cpOf;

    CodePoints(String text) {
        int cps = text.codePointCount(0, text.length());
        charOf = new int[cps + 1];
        cpOf = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            charOf[cp] = i;
            cpOf[i] = cp;
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                cpOf[i + 1] = cp;
            }
            cp++;
        }
        charOf[cps] = text.length();
        cpOf[text.length()] = cps;
    }

    int toChar(int codePoint) {
        return charOf[codePoint];
    }

    int toCodePoint(int charIndex) {
        return cpOf[charIndex];
    }
}
