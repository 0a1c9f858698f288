package org.claimdesk.dataset;

import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;

/**
 * A deterministic train/dev/test split: a document goes by a number in [0, 1) taken from the
 * SHA-256 of {@code salt + ":" + key} (the first 52 bits), so the same project splits the same way
 * every time and a new document never moves an old one. The database computes the same number
 * ({@code claimdesk_split_fraction} in V9) to read the documents grouped by split.
 */
public record SplitPlan(boolean enabled, String salt, double train, double dev, double test) {
    public static final String DEFAULT_SALT = "claimdesk";
    public static final SplitPlan DEFAULT = new SplitPlan(true, DEFAULT_SALT, 0.8, 0.1, 0.1);
    public static final SplitPlan NONE = new SplitPlan(false, DEFAULT_SALT, 1, 0, 0);

    public SplitPlan {
        TextRules.name("salt", salt, 100);
        // NaN fails every comparison, so "at least 0" is asked as "not below 0 and finite"
        if (!Double.isFinite(train) || !Double.isFinite(dev) || !Double.isFinite(test)
                || train < 0 || dev < 0 || test < 0 || Math.abs(train + dev + test - 1) > 1e-9) {
            throw new InvalidInputException("Split ratios must be at least 0 and add up to 1 (e.g. 0.8,0.1,0.1).");
        }
    }

    /** Parses "0.8,0.1,0.1" or "80/10/10"; "none" turns splitting off. */
    public static SplitPlan parse(String ratios, String salt) {
        if (ratios.equalsIgnoreCase("none")) {
            return new SplitPlan(false, salt, 1, 0, 0);
        }
        String[] parts = ratios.split("[,/:]");
        if (parts.length != 3) {
            throw new InvalidInputException("Give the split as three ratios, train,dev,test (e.g. 0.8,0.1,0.1), or 'none'.");
        }
        double[] r = new double[3];
        try {
            for (int i = 0; i < 3; i++) {
                r[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(r[i])) {
                    throw new NumberFormatException(parts[i]);
                }
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("split", "Split ratios must be numbers: " + TextRules.quote(ratios) + ".");
        }
        double sum = r[0] + r[1] + r[2];
        if (sum > 1.5) { // percentages
            for (int i = 0; i < 3; i++) {
                r[i] /= 100;
            }
        }
        return new SplitPlan(true, salt, r[0], r[1], r[2]);
    }

    public Split of(String key) {
        if (!enabled) {
            return Split.ALL;
        }
        return of(fraction(salt, key));
    }

    public Split of(double fraction) {
        if (!enabled) {
            return Split.ALL;
        }
        return fraction < train ? Split.TRAIN : fraction < train + dev ? Split.DEV : Split.TEST;
    }

    static double fraction(String salt, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((salt + ":" + key).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = (bits << 8) | (h[i] & 0xff);
            }
            return (bits >>> 4) / (double) (1L << 52);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "train 80% / dev 10% / test 10%, salt claimdesk" for the card. */
    public String describe() {
        if (!enabled) {
            return "not split";
        }
        return String.format(Locale.ROOT, "train %.0f%% / dev %.0f%% / test %.0f%%, by SHA-256 of \"%s:<document id>\"",
                train * 100, dev * 100, test * 100, salt);
    }
}
