package org.claimdesk.dataset.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.TreeMap;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportedDocument.ImportedRelation;
import org.claimdesk.dataset.ImportedDocument.ImportedSpan;

/**
 * Reads one brat {@code .ann}: T lines (discontinuous fragments in any order), R, E (as role links
 * from the trigger span to each argument), A and M (attributes kept on the span; on an event, on
 * its trigger) and AnnotatorNotes. N and * lines carry nothing ClaimDesk stores. The document is
 * titled by its file name, as brat lists it.
 */
final class BratAnnReader {
    private BratAnnReader() {
    }

    /** Problems are thrown as "line: reason". */
    static ImportedDocument parse(String annName, String annText, String txtName, String text) {
        List<ImportedSpan> spans = new ArrayList<>();
        List<ImportedRelation> relations = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, String> triggers = new HashMap<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        Map<String, Integer> attributeLines = new HashMap<>();
        String[] lines = annText.split("\\r?\\n");
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1];
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                switch (line.charAt(0)) {
                    case 'T' -> spans.add(textBound(cols));
                    case 'R' -> {
                        String[] args = cols[1].split(" ");
                        relations.add(new ImportedRelation(args[0], arg(args[1]), arg(args[2])));
                    }
                    case 'E' -> {
                        // an event is its trigger span with a role link to each argument; brat numbers a
                        // repeated role (Source2), which is the same role
                        String[] args = cols[1].split(" ");
                        String trigger = arg(args[0]);
                        triggers.put(cols[0], trigger);
                        for (int i = 1; i < args.length; i++) {
                            relations.add(new ImportedRelation(args[i].substring(0, args[i].indexOf(':'))
                                    .replaceAll("\\d+$", ""), trigger, arg(args[i]), true));
                        }
                    }
                    case '#' -> {
                        String[] head = cols[1].split(" ");
                        if (head.length > 1 && cols.length > 2) {
                            notes.merge(head[1], cols[2], (a, b) -> a + " " + b);
                        }
                    }
                    case 'A', 'M' -> {
                        // "A1<TAB>Negated T3" (binary) or "A2<TAB>Confidence T3 High"
                        String[] args = cols[1].split(" ");
                        attributes.computeIfAbsent(args[1], k -> new TreeMap<>())
                                .put(args[0], args.length > 2 ? args[2] : "true");
                        attributeLines.putIfAbsent(args[1], n);
                    }
                    case 'N', '*' -> {
                        // normalizations and equivalences carry nothing ClaimDesk stores on a span
                    }
                    default -> throw new IllegalArgumentException("unknown annotation type '" + line.charAt(0) + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(n + ": " + (e instanceof IllegalArgumentException && e.getMessage() != null
                        ? e.getMessage() : "cannot read \"" + line + "\""));
            }
        }
        // an argument or note that names an event (E1) means its trigger span
        relations.replaceAll(r -> new ImportedRelation(r.type(), triggers.getOrDefault(r.from(), r.from()),
                triggers.getOrDefault(r.to(), r.to()), r.role()));
        triggers.forEach((event, trigger) -> {
            String note = notes.remove(event);
            if (note != null) {
                notes.merge(trigger, note, (a, b) -> a + " " + b);
            }
            Map<String, String> onEvent = attributes.remove(event);
            if (onEvent != null) {
                attributes.computeIfAbsent(trigger, k -> new TreeMap<>()).putAll(onEvent);
            }
        });
        // brat itself refuses such a file; dropping the attribute would lose it without a word
        Set<String> spanIds = spans.stream().map(ImportedSpan::id).collect(Collectors.toSet());
        attributes.keySet().stream().filter(id -> !spanIds.contains(id)).min(Comparator.comparing(attributeLines::get))
                .ifPresent(id -> {
                    throw new IllegalArgumentException(attributeLines.get(id) + ": an attribute names " + id
                            + ", which is not a span or event of this file");
                });
        List<ImportedSpan> withNotes = spans.stream().map(s -> new ImportedSpan(s.id(), s.label(), s.fragments(),
                s.expectedText(), notes.get(s.id()), 1, attributes.getOrDefault(s.id(), Map.of()))).toList();
        String base = txtName.replaceAll("^.*/", "").replaceAll("\\.txt$", "");
        return new ImportedDocument(annName, 0, base, base, text, null, null, null, "codepoint", withNotes, relations);
    }

    private static ImportedSpan textBound(String[] cols) {
        String[] typeAndOffsets = cols[1].split(" ", 2);
        List<Fragment> fragments = new ArrayList<>();
        for (String part : typeAndOffsets[1].split(";")) {
            String[] se = part.strip().split(" ");
            fragments.add(new Fragment(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
        return new ImportedSpan(cols[0], typeAndOffsets[0], fragments, cols.length > 2 ? cols[2] : null, null);
    }

    private static String arg(String s) {
        return s.substring(s.indexOf(':') + 1);
    }
}
