package org.claimdesk.base;

import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import java.util.List;
import java.util.Collection;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The rules for text typed by people, in one place for the UI, REST and imports. A name (of a
 * project, a title, a display name, a token) is one line of visible text: no control characters and
 * none of the bidi overrides that make a name read other than it is stored. Free text (a note, a
 * comment, an evidence quote) may hold line breaks and right-to-left text, but not NUL, which
 * PostgreSQL cannot store, nor half of a surrogate pair, which is no character at all.
 */
public final class TextRules {
    /** The longest part of a refused value that an error message quotes. */
    static final int QUOTE = 40;

    private TextRules() {
    }

    /** A name: stripped, 1 to {@code max} characters, one line, no control or bidi-override characters. */
    public static String name(String field, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.codePointCount(0, v.length()) > max) {
            throw new InvalidInputException(field, capitalized(field) + " needs 1 to " + String.format(Locale.ROOT, "%,d", max) + " characters.");
        }
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (Character.isISOControl(cp) || isBidiControl(cp)) {
                throw new InvalidInputException(field, capitalized(field) + " may not contain " + describe(cp)
                        + " (at character " + v.codePointCount(0, i) + ").");
            }
            checkPaired(field, v, i);
            i += Character.charCount(cp);
        }
        return v;
    }

    /** Free text up to {@code max} characters: line breaks and RTL allowed, NUL and lone surrogates not. */
    public static String freeText(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidInputException(field, capitalized(field) + " is longer than " + String.format(Locale.ROOT, "%,d", max) + " characters.");
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\u0000') {
                throw new InvalidInputException(field, capitalized(field) + " may not contain " + describe(0)
                        + " (at character " + value.codePointCount(0, i) + ").");
            }
            checkPaired(field, value, i);
        }
        return value;
    }

    /** No half surrogate pairs: document text may hold anything else that Unicode calls a character. */
    public static String wellFormed(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            checkPaired(field, value, i);
        }
        return value;
    }

    /**
     * The form in which two names count as the same: letters in one case, zero-width characters
     * removed, so that "SecA-\u200b1" cannot stand beside "SecA-1".
     */
    public static String comparable(String name) {
        return name.replaceAll(INVISIBLE, "").toLowerCase(Locale.ROOT);
    }

    /** The characters {@link #comparable} removes, as a regular expression (Java's and PostgreSQL's alike). */
    public static final String INVISIBLE = "[\u200B-\u200D\u2060\uFEFF\u00AD]";

    /** Groups of two or more names that count as the same by {@link #comparable}, each sorted. */
    public static List<List<String>> collisions(Collection<String> names) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String n : names) {
            byKey.computeIfAbsent(comparable(n), k -> new ArrayList<>()).add(n);
        }
        return byKey.values().stream().filter(g -> g.size() > 1).map(g -> g.stream().sorted().toList()).toList();
    }

    /** At most a short prefix of a value, for an error message. */
    public static String quote(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        int cut = value.offsetByCodePoints(0, Math.min(QUOTE, value.codePointCount(0, value.length())));
        return "'" + value.substring(0, cut) + (cut < value.length() ? "…" : "") + "'";
    }

    private static void checkPaired(String field, String v, int i) {
        char c = v.charAt(i);
        boolean paired = Character.isHighSurrogate(c) ? i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))
                : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(v.charAt(i - 1));
        if (!paired) {
            throw new InvalidInputException(field, capitalized(field) + " holds half of a surrogate pair (U+"
                    + String.format("%04X", (int) c) + " at UTF-16 offset " + i + "), which is no character.");
        }
    }

    private static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }

    private static String capitalized(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
