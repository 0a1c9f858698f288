package org.claimdesk.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.TextOffsets;

/**
 * The rules a span's fragments must follow against the document text, and the covered text
 * they give. Fragments are sorted, overlapping or touching ones merged, and each must lie
 * within the text, cover more than whitespace and start and end on grapheme cluster boundaries.
 */
public final class SpanText {
    /** Joins the fragment texts of a discontinuous span in its covered text. */
    public static final String FRAGMENT_JOINER = " … ";
    static final int MAX_FRAGMENTS = 50;

    private SpanText() {
    }

    public static List<Fragment> normalize(List<Fragment> fragments, TextOffsets text) {
        if (fragments == null || fragments.isEmpty()) {
            throw new InvalidInputException("A span needs at least one fragment (start, end).");
        }
        if (fragments.size() > MAX_FRAGMENTS) {
            throw new InvalidInputException("A span may have at most " + MAX_FRAGMENTS + " fragments.");
        }
        int length = text.lengthInCodePoints();
        for (Fragment f : fragments) {
            if (f == null) {
                throw new InvalidInputException("A fragment is missing.");
            }
            if (f.start() < 0 || f.end() > length) {
                throw new InvalidInputException("Fragment [" + f.start() + ", " + f.end()
                        + ") is outside the text, which has " + length + " code points.");
            }
            if (f.start() >= f.end()) {
                throw new InvalidInputException("Fragment [" + f.start() + ", " + f.end()
                        + ") is empty: start must be less than end.");
            }
            checkBoundary(text, f.start());
            checkBoundary(text, f.end());
            if (text.substring(f.start(), f.end()).isBlank()) {
                throw new InvalidInputException("Fragment [" + f.start() + ", " + f.end() + ") covers only whitespace.");
            }
        }
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingInt(Fragment::start).thenComparingInt(Fragment::end));
        List<Fragment> merged = new ArrayList<>();
        for (Fragment f : sorted) {
            Fragment last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && f.start() <= last.end()) {
                merged.set(merged.size() - 1, new Fragment(last.start(), Math.max(last.end(), f.end())));
            } else {
                merged.add(f);
            }
        }
        return merged;
    }

    public static String coveredText(List<Fragment> fragments, TextOffsets text) {
        return fragments.stream().map(f -> text.substring(f.start(), f.end()))
                .collect(Collectors.joining(FRAGMENT_JOINER));
    }

    private static void checkBoundary(TextOffsets text, int offset) {
        if (!text.isGraphemeBoundary(offset)) {
            throw new InvalidInputException("Offset " + offset
                    + " splits a character (an emoji, a ZWJ sequence or a letter with its combining mark).");
        }
    }
}
