package org.claimdesk.dataset.format;

import org.claimdesk.document.TextOffsets;
import java.util.HashMap;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.Set;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.ExportFiles;
import org.claimdesk.dataset.ExportRelation;
import org.claimdesk.dataset.ExportSpan;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.ImportSource;
import org.springframework.stereotype.Component;

/**
 * brat standoff: a {@code .txt} and an {@code .ann} per document (T, R and AnnotatorNotes lines;
 * offsets in code points, as brat counts in Python), and an {@code annotation.conf} declaring the
 * labels. brat forbids line breaks inside a fragment, so a fragment over a line break is split
 * there. Spans' attributes are written as A lines. Reading is {@link BratAnnReader}.
 */
@Component
public class BratFormat extends BaseFormat {
    public BratFormat() {
        super("brat", "brat standoff", "codepoint", true, true);
    }

    @Override
    public FormatWriter writer(ExportContext ctx) {
        Set<String> names = new HashSet<>();
        // event types (the labels of trigger spans) with the roles seen on them, for annotation.conf
        Map<String, Set<String>> eventTypes = new TreeMap<>();
        // attribute names with the values seen, for annotation.conf ("true" alone: a binary attribute)
        Map<String, Set<String>> attributes = new TreeMap<>();
        return new FormatWriter.Finishing() {
            @Override
            public void write(ExportDocument doc, ExportFiles files) throws IOException {
                String base = doc.key().replaceAll("[^A-Za-z0-9._-]", "_");
                String name = base;
                for (int i = 2; !names.add(doc.split().fileName() + "/" + name + "@" + doc.layer()); i++) {
                    name = base + "-" + i;
                }
                String dir = doc.split().fileName() + "/" + (doc.layer().equals("gold") ? "" : doc.layer() + "/");
                files.file(dir + name + ".txt").write(doc.text());
                Writer ann = files.file(dir + name + ".ann");
                int notes = 0;
                int attributeLines = 0;
                TextOffsets text16 = new TextOffsets(doc.text());
                for (ExportSpan s : doc.spans()) {
                    List<Fragment> parts = splitAtLineBreaks(text16, s.fragments());
                    StringBuilder offsets = new StringBuilder();
                    StringBuilder text = new StringBuilder();
                    for (Fragment f : parts) {
                        offsets.append(offsets.isEmpty() ? "" : ";").append(f.start()).append(' ').append(f.end());
                        text.append(text.isEmpty() ? "" : " ").append(text16.substring(f.start(), f.end()));
                    }
                    ann.write(s.id() + "\t" + s.label() + " " + offsets + "\t" + text + "\n");
                    if (s.note() != null) {
                        ann.write("#" + (++notes) + "\tAnnotatorNotes " + s.id() + "\t" + oneLine(s.note()) + "\n");
                    }
                    for (Map.Entry<String, String> a : s.attributes().entrySet()) {
                        ann.write("A" + (++attributeLines) + "\t" + a.getKey() + " " + s.id()
                                + (a.getValue().equals("true") ? "" : " " + a.getValue()) + "\n");
                        attributes.computeIfAbsent(a.getKey(), k -> new TreeSet<>()).add(a.getValue());
                    }
                }
                Map<String, List<ExportRelation>> events = new LinkedHashMap<>();
                for (ExportRelation r : doc.relations()) {
                    if (ctx.eventRoles().contains(r.type())) {
                        events.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
                    } else {
                        ann.write(r.id() + "\t" + r.type() + " Arg1:" + r.from() + " Arg2:" + r.to() + "\t\n");
                    }
                }
                writeEvents(ann, doc, events, eventTypes);
                files.finishFile();
            }

            @Override
            public void finish(ExportFiles files) throws IOException {
                StringBuilder conf = new StringBuilder("[entities]\n");
                ctx.spanLabels().stream().filter(l -> !eventTypes.containsKey(l)).forEach(l -> conf.append(l).append('\n'));
                conf.append("\n[relations]\n");
                ctx.relationTypes().forEach(r -> conf.append(r).append("\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
                conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
                conf.append("\n[events]\n");
                eventTypes.forEach((type, roles) -> conf.append(type).append('\t').append(String.join(", ",
                        roles.stream().map(r -> r + "*:<ENTITY>").toList())).append('\n'));
                conf.append("\n[attributes]\n");
                attributes.forEach((name, values) -> conf.append(name).append("\tArg:<ENTITY>")
                        .append(values.equals(Set.of("true")) ? "" : ", Value:" + String.join("|", values)).append('\n'));
                files.file("annotation.conf").write(conf.toString());
            }
        };
    }

    /**
     * One E line per trigger span with role links: "E1 Attribution:T4 Source:T1 Cue:T2"; a role
     * that comes again is numbered as brat numbers it (Source, Source2, ...).
     */
    private static void writeEvents(Writer ann, ExportDocument doc, Map<String, List<ExportRelation>> events,
                                    Map<String, Set<String>> eventTypes) throws IOException {
        Map<String, String> labels = new HashMap<>();
        doc.spans().forEach(s -> labels.put(s.id(), s.label()));
        int n = 0;
        for (Map.Entry<String, List<ExportRelation>> e : events.entrySet()) {
            StringBuilder line = new StringBuilder("E" + (++n) + "\t" + labels.get(e.getKey()) + ":" + e.getKey());
            Map<String, Integer> seen = new HashMap<>();
            Set<String> roles = eventTypes.computeIfAbsent(labels.get(e.getKey()), k -> new TreeSet<>());
            for (ExportRelation r : e.getValue()) {
                roles.add(r.type());
                int count = seen.merge(r.type(), 1, Integer::sum);
                line.append(' ').append(r.type()).append(count == 1 ? "" : String.valueOf(count)).append(':').append(r.to());
            }
            ann.write(line.append('\n').toString());
        }
    }

    static List<Fragment> splitAtLineBreaks(TextOffsets text, List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : fragments) {
            int start = f.start();
            for (int i = f.start(); i < f.end(); i++) {
                if (text.characterAt(i) == '\n') {
                    if (i > start) {
                        out.add(new Fragment(start, i));
                    }
                    start = i + 1;
                }
            }
            if (start < f.end()) {
                out.add(new Fragment(start, f.end()));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    @Override
    public FormatReader reader() {
        return (source, sink) -> {
            for (ImportSource.ImportFile ann : source.files()) {
                if (sink.cancelled()) {
                    return;
                }
                if (!ann.name().endsWith(".ann")) {
                    continue;
                }
                String txtName = ann.name().substring(0, ann.name().length() - 4) + ".txt";
                var txt = source.file(txtName);
                if (txt.isEmpty()) {
                    sink.problem(ann.name(), 0, "no " + txtName + " beside it; brat needs the text of each .ann");
                    continue;
                }
                try {
                    sink.document(BratAnnReader.parse(ann.name(), ann.text(), txtName, txt.get().text()));
                } catch (IllegalArgumentException e) {
                    String[] lineAndReason = e.getMessage().split(":", 2);
                    sink.problem(ann.name(), Integer.parseInt(lineAndReason[0]), lineAndReason[1].strip());
                } catch (InvalidInputException e) {
                    sink.problem(ann.name(), 0, e.getMessage());
                }
            }
        };
    }
}
