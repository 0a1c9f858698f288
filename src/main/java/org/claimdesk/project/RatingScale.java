package org.claimdesk.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.jspecify.annotations.Nullable;

/** The rules a project's rating scale follows: 2 to 20 distinct, non-blank verdicts of at most 40 characters. */
public final class RatingScale {
    public static final int MIN = 2;
    public static final int MAX = 20;
    public static final int MAX_LENGTH = 40;

    private RatingScale() {
    }

    /** The scale with each verdict stripped, in the given order; a clear error for anything else. */
    public static List<String> validate(@Nullable List<String> scale) {
        if (scale == null) {
            throw new InvalidInputException("A rating scale is a list of verdicts.");
        }
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : scale) {
            String v = raw == null ? "" : raw.strip();
            if (v.isEmpty()) {
                throw new InvalidInputException("A verdict may not be blank.");
            }
            if (v.length() > MAX_LENGTH) {
                throw new InvalidInputException("Verdict '" + v.substring(0, 20) + "…' is longer than " + MAX_LENGTH + " characters.");
            }
            if (v.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("verdicts", "Verdict " + TextRules.quote(v) + " contains a control character.");
            }
            if (!seen.add(v.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("verdicts", "Verdict " + TextRules.quote(v) + " appears twice.");
            }
            clean.add(v);
        }
        if (clean.size() < MIN || clean.size() > MAX) {
            throw new InvalidInputException("A rating scale has " + MIN + " to " + MAX + " verdicts, not " + clean.size() + ".");
        }
        return List.copyOf(clean);
    }
}
