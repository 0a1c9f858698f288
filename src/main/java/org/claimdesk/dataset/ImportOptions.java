package org.claimdesk.dataset;

import java.util.LinkedHashMap;
import org.claimdesk.base.InvalidInputException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to import: the format (null: from the file names), whose layer the annotations go into
 * (null: the importing user's; "gold"; or a member's name), a label map (their label to ours;
 * to "" to leave a label out) and whether labels the project lacks are added to its schema.
 */
public record ImportOptions(@Nullable String format, @Nullable String annotator, Map<String, String> labelMap,
                            boolean addLabels, @Nullable String model) {
    public ImportOptions(@Nullable String format, @Nullable String annotator, Map<String, String> labelMap,
                         boolean addLabels) {
        this(format, annotator, labelMap, addLabels, null);
    }

    /** Everything in the file as the predictions of {@code model}, imported as suggestions. */
    public static ImportOptions predictionsOf(String model, @Nullable String format, Map<String, String> labelMap) {
        return new ImportOptions(format, null, labelMap, false, model);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, Map.of(), false);
    }

    /** Parses "THEIRS=OURS,OTHER=" as sent by the API. */
    public static Map<String, String> parseMap(@Nullable String map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map == null || map.isBlank()) {
            return out;
        }
        for (String pair : map.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("A label map is THEIRS=OURS pairs separated by commas, not '"
                        + pair + "'.");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }
}
