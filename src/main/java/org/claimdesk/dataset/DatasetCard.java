package org.claimdesk.dataset;

import java.util.Locale;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimdesk.review.AgreementReport;
import org.jspecify.annotations.Nullable;

/**
 * The README.md that goes into every export: a Hugging Face dataset card (YAML header with the
 * configs, splits and label names) and what a reader needs to trust the numbers: offset unit,
 * normalization, flattening rule, counts, agreement, source and date.
 */
final class DatasetCard {
    /** Which verdicts a layer's claims carry in an export (ExportQuery applies it). */
    static final String REVIEWS_RULE = "an annotator's layer carries the verdicts given on its own claims; the gold"
            + " layer carries, for each of its claims, the verdicts given on any layer's claim with the same fragments.";

    private DatasetCard() {
    }

    static void write(Writer out, FormatSupport format, ExportContext ctx, ExportRequest request, ExportStats stats,
                      List<String> files, @Nullable AgreementReport agreement, @Nullable String agreementNote,
                      LocalDate date) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("---\n");
        b.append("pretty_name: ").append(yaml(ctx.projectName())).append('\n');
        b.append("language:\n- en\n");
        b.append("task_categories:\n- token-classification\n");
        b.append("configs:\n- config_name: default\n  data_files:\n");
        for (String f : files) {
            String split = f.replaceAll("^(?:.*/)?(train|dev|test|all)\\b.*$", "$1");
            if (!split.equals(f)) {
                b.append("  - split: ").append(split.equals("dev") ? "validation" : split.equals("all") ? "train" : split)
                        .append("\n    path: ").append(yaml(f)).append('\n');
            }
        }
        if (format.id().equals("hf")) {
            b.append("dataset_info:\n  features:\n  - name: id\n    dtype: string\n  - name: tokens\n    sequence: string\n")
                    .append("  - name: ner_tags\n    sequence:\n      class_label:\n        names:\n");
            List<String> tags = TokenTagger.tagNames(ctx.spanLabels(), TokenTagger.Scheme.IOB2);
            for (int i = 0; i < tags.size(); i++) {
                b.append("          '").append(i).append("': ").append(tags.get(i)).append('\n');
            }
        }
        b.append("---\n\n");
        b.append("# ").append(ctx.projectName()).append(" (").append(format.name()).append(")\n\n");
        b.append("Exported from ClaimDesk on ").append(date).append(": layer `").append(request.layer())
                .append("`, format `").append(format.id()).append("`.\n\n");
        b.append("## Labels\n\n| id | label |\n|---|---|\n");
        for (int i = 0; i < ctx.spanLabels().size(); i++) {
            b.append("| ").append(i).append(" | ").append(ctx.spanLabels().get(i)).append(" |\n");
        }
        b.append("\nRelation types: ").append(String.join(", ", ctx.relationTypes())).append(".\n");
        if (request.labels().isEmpty()) {
            b.append("All labels exported.\n");
        } else {
            b.append("Only these labels exported: ").append(String.join(", ", new TreeSet<>(request.labels()))).append(".\n");
        }
        b.append("\n## Counts\n\n| split | documents |");
        TreeSet<String> labels = new TreeSet<>();
        stats.spans().values().forEach(m -> labels.addAll(m.keySet()));
        labels.forEach(l -> b.append(' ').append(l).append(" |"));
        b.append("\n|---|---|").append("---|".repeat(labels.size())).append('\n');
        for (Map.Entry<Split, Long> e : stats.documents().entrySet()) {
            b.append("| ").append(e.getKey().fileName()).append(" | ").append(e.getValue()).append(" |");
            for (String l : labels) {
                b.append(' ').append(stats.spans().getOrDefault(e.getKey(), Map.of()).getOrDefault(l, 0L)).append(" |");
            }
            b.append('\n');
        }
        b.append("\nSpans: ").append(stats.totalSpans()).append("; relations: ").append(stats.relations()).append(".\n");
        b.append("\n## Split\n\n").append(request.split().describe()).append(
                ". The same project gives the same split every time, and a new document never moves an old one.\n");
        b.append("\n## Offsets and text\n\n");
        b.append("- Offset unit: **").append(format.offsetUnit()).append("**")
                .append(switch (format.offsetUnit()) {
                    case "codepoint" -> " (Unicode code points: Python's `text[start:end]` is the span text).";
                    case "utf16" -> " (UTF-16 code units, as doccano and JavaScript count).";
                    default -> " (tokens from Apache OpenNLP's English UD-EWT tokenizer and sentence detector).";
                }).append('\n');
        if (format.id().equals("w3c")) {
            b.append("- The TextPositionSelector counts code points, as the W3C Web Annotation model says. JavaScript tools"
                    + " that read its positions as UTF-16 code units (Recogito's text annotator does) will misplace every"
                    + " span after an emoji or another character outside the Basic Multilingual Plane; the"
                    + " TextQuoteSelector (exact text with prefix and suffix) anchors each span without positions.\n");
        }
        b.append("- Text normalization at import: line breaks to LF, then Unicode NFC; a leading byte order mark dropped.\n");
        b.append("- Document ids: the id a document was imported with, else the first 16 hex digits of the SHA-256 of its text.\n");
        b.append("- Verdicts: ").append(REVIEWS_RULE).append('\n');
        if (format.offsetUnit().equals("token") || format.id().equals("spacy")) {
            b.append("- Overlaps: ").append(TokenTagger.RULE).append('\n');
        }
        b.append("\n## Agreement\n\n");
        if (agreement != null) {
            b.append("Between the annotators ").append(String.join(", ", agreement.annotators())).append(": ")
                    .append("Krippendorff's alpha (unitizing) ").append(figure(agreement.alphaU()))
                    .append(", Fleiss' kappa ").append(figure(agreement.fleissKappa())).append(".\n");
            for (String note : agreement.notes()) {
                b.append("- ").append(note).append('\n');
            }
        } else {
            b.append(agreementNote == null ? "Not computed." : agreementNote).append('\n');
        }
        b.append("\n## Source\n\nClaimDesk project \"").append(ctx.projectName()).append("\". Filters: ")
                .append(request.states().isEmpty() ? "any document state" : "states " + request.states())
                .append(request.documentIds().isEmpty() ? ", all documents" : ", " + request.documentIds().size() + " chosen documents")
                .append(request.includeEmpty() ? ", documents without spans included" : ", documents without spans in the layer left out")
                .append(".\n");
        out.write(b.toString());
    }

    private static String figure(@Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
