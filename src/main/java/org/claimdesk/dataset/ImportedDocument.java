package org.claimdesk.dataset;

import java.util.List;
import java.util.Map;
import org.claimdesk.annotation.Fragment;
import org.jspecify.annotations.Nullable;

/**
 * A document as a reader found it: raw text (normalized on import, offsets mapped with it) or,
 * for formats that carry no text (W3C), a reference to a document already in the project; and the
 * spans and relations made elsewhere, with offsets in {@code offsetUnit} ("codepoint" or "utf16")
 * of the raw text. {@code file} and {@code line} locate it for the import report.
 */
public record ImportedDocument(String file, int line, @Nullable String externalId, @Nullable String title,
                               @Nullable String text, @Nullable String reference, @Nullable String sourceUrl,
                               @Nullable String meta, String offsetUnit, List<ImportedSpan> spans,
                               List<ImportedRelation> relations, @Nullable String layer) {

    /** A document for the layer chosen for the import; {@code layer} names another (a username). */
    public ImportedDocument(String file, int line, @Nullable String externalId, @Nullable String title,
                            @Nullable String text, @Nullable String reference, @Nullable String sourceUrl,
                            @Nullable String meta, String offsetUnit, List<ImportedSpan> spans,
                            List<ImportedRelation> relations) {
        this(file, line, externalId, title, text, reference, sourceUrl, meta, offsetUnit, spans, relations, null);
    }

    /** The layer name of a model's predictions: they become suggestions, never a person's annotations. */
    public static final String MODEL = "model:";

    /** The model whose predictions these are, or null for a person's annotations. */
    public @Nullable String model() {
        return layer != null && layer.startsWith(MODEL) ? layer.substring(MODEL.length()) : null;
    }

    /**
     * A span from elsewhere; {@code id} is its id in the file, {@code expectedText} what the file
     * says it covers, {@code score} a model's confidence (1 for a person's span), {@code attributes}
     * the file's name-value pairs on it (brat's A lines; a binary attribute has the value "true").
     */
    public record ImportedSpan(@Nullable String id, String label, List<Fragment> fragments,
                               @Nullable String expectedText, @Nullable String note, double score,
                               Map<String, String> attributes) {
        public ImportedSpan(@Nullable String id, String label, List<Fragment> fragments, @Nullable String expectedText,
                            @Nullable String note, double score) {
            this(id, label, fragments, expectedText, note, score, Map.of());
        }

        public ImportedSpan(@Nullable String id, String label, List<Fragment> fragments, @Nullable String expectedText,
                            @Nullable String note) {
            this(id, label, fragments, expectedText, note, 1);
        }
    }

    /**
     * A link between two spans by their ids in the file: a relation, or ({@code role}) an event
     * role from the event's trigger span to an argument.
     */
    public record ImportedRelation(String type, @Nullable String from, @Nullable String to, boolean role) {
        public ImportedRelation(String type, @Nullable String from, @Nullable String to) {
            this(type, from, to, false);
        }
    }

    public static ImportedDocument plain(String file, int line, @Nullable String title, String text, @Nullable String sourceUrl) {
        return new ImportedDocument(file, line, null, title, text, null, sourceUrl, null, "codepoint", List.of(), List.of());
    }
}
