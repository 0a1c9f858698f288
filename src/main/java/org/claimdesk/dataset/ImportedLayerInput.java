package org.claimdesk.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.annotation.LayerImport;
import org.claimdesk.annotation.SpanText;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.document.TextMapping;
import org.claimdesk.document.TextOffsets;
import org.claimdesk.project.LabelSchema;

/**
 * One imported document's spans and relations as the layer import takes them: labels mapped,
 * offsets checked against the file's own covered texts, and the names the schema lacks collected,
 * so that the run can refuse the document or add them before anything is written.
 */
record ImportedLayerInput(List<LayerImport.ImportSpan> spans, List<LayerImport.ImportRelation> relations,
                          Set<String> missingSpans, Set<String> missingRelations, Set<String> missingRoles) {

    /** A relation naming a span the file lacks is left out and reported to {@code sink}. */
    static ImportedLayerInput of(ImportedDocument doc, String targetText, TextMapping mapping, LabelSchema schema,
                                 ImportOptions options, ImportSink sink) {
        ImportedLayerInput input = new ImportedLayerInput(new ArrayList<>(), new ArrayList<>(), new TreeSet<>(),
                new TreeSet<>(), new TreeSet<>());
        Set<String> named = new HashSet<>();
        Set<String> kept = new HashSet<>();
        TextOffsets text = new TextOffsets(targetText);
        int index = 0;
        for (ImportedDocument.ImportedSpan s : doc.spans()) {
            index++;
            String key = name(s, index);
            named.add(key);
            String label = options.labelMap().getOrDefault(s.label(), s.label());
            if (label.isEmpty()) {
                continue;
            }
            if (schema.span(label).isEmpty()) {
                input.missingSpans.add(label);
            }
            List<Fragment> fragments = ImportedFragments.of(doc, s, key, mapping);
            checkText(s, key, fragments, text);
            kept.add(key);
            input.spans.add(new LayerImport.ImportSpan(key, label, fragments, s.note(), s.attributes()));
        }
        for (ImportedDocument.ImportedRelation r : doc.relations()) {
            String type = options.labelMap().getOrDefault(r.type(), r.type());
            if (r.from() == null || r.to() == null || !named.contains(r.from()) || !named.contains(r.to())) {
                sink.problem(doc.file(), doc.line(), "relation " + TextRules.quote(r.type()) + " from "
                        + TextRules.quote(r.from()) + " to " + TextRules.quote(r.to())
                        + " names a span that is not in the file; it was left out");
                continue;
            }
            if (type.isEmpty() || !kept.contains(r.from()) || !kept.contains(r.to())) {
                continue; // a relation to a span left out by the label map goes with it
            }
            if (schema.relation(type).isEmpty()) {
                (r.role() ? input.missingRoles : input.missingRelations).add(type);
            }
            input.relations.add(new LayerImport.ImportRelation(type, r.from(), r.to()));
        }
        return input;
    }

    boolean lacksNames() {
        return !missingSpans.isEmpty() || !missingRelations.isEmpty() || !missingRoles.isEmpty();
    }

    Set<String> missingNames() {
        Set<String> all = new TreeSet<>(missingSpans);
        all.addAll(missingRelations);
        all.addAll(missingRoles);
        return all;
    }

    private static String name(ImportedDocument.ImportedSpan s, int index) {
        return s.id() != null ? s.id() : "#" + index;
    }

    /** The file's own idea of the covered text, where it has one, must match what the offsets cover. */
    private static void checkText(ImportedDocument.ImportedSpan s, String key, List<Fragment> fragments,
                                  TextOffsets text) {
        if (s.expectedText() == null) {
            return;
        }
        StringBuilder covered = new StringBuilder();
        for (Fragment f : fragments) {
            if (f.start() >= f.end() || f.end() > text.lengthInCodePoints()) {
                return; // the span check that follows gives the clearer message
            }
            covered.append(text.substring(f.start(), f.end()));
        }
        String expected = s.expectedText().replace(SpanText.FRAGMENT_JOINER, "").replaceAll("\\s+", "");
        String actual = covered.toString().replaceAll("\\s+", "");
        if (!Normalizer.normalize(expected, Normalizer.Form.NFC).equals(actual)) {
            throw new InvalidInputException("span " + key + " says it covers \"" + s.expectedText()
                    + "\" but its offsets cover \"" + covered + "\"");
        }
    }
}
