package org.claimdesk.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A brat corpus of short news items annotated for attribution as research corpora do it (PARC
 * style): entity types Source, Cue and Content, and an Attribution event whose trigger is the cue
 * phrase's clause, with Source, Cue and Content roles. Written here, never downloaded: 32
 * documents with shared sources (one source, two events), discontinuous quotes whose brat text is
 * the fragments joined by one space, nested spans, a repeated role (Source2), a coreference
 * relation, notes, CRLF line ends and non-ASCII text.
 */
final class BratAttributionCorpus {
    static final int DOCUMENTS = 32;
    private static final String[] SPEAKERS = {"Andrei Krutskikh", "Tom Bossert", "María José Pérez", "Zoë Dubois",
            "李明", "محمد علي", "Jürgen Weiß", "the ministry"};
    private static final String[] TOPICS = {"the talks are underway", "no hack took place", "the ceasefire holds",
            "prices will fall in spring", "the report was leaked 🗞️", "the vote was fair", "the café stays open",
            "nobody was told"};

    /** One document: its text, and its annotations as brat lines (T, E, R, A, M, #). */
    record Document(String name, String text, List<String> annotations) {
    }

    private BratAttributionCorpus() {
    }

    static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            docs.add(document(i));
        }
        return docs;
    }

    private static Document document(int i) {
        String speaker = SPEAKERS[i % SPEAKERS.length];
        String other = SPEAKERS[(i + 3) % SPEAKERS.length];
        String topic = TOPICS[i % TOPICS.length];
        String lineEnd = i % 4 == 1 ? "\r\n" : "\n";
        Text t = new Text();
        t.add("Item " + (i + 1) + ". ");
        int[] s1 = t.mark(speaker);
        t.add(" ");
        int[] cue1 = t.mark("said");
        int[] when = t.mark(" on Monday");
        t.add(" that ");
        int[] c1 = t.mark(topic);
        t.add(", and ");
        int[] s2 = t.mark("he");
        t.add(" ");
        int[] cue2 = t.mark("added");
        t.add(": \u201C");
        int[] q1 = t.mark("It is");
        t.add(" \u2014 frankly \u2014 ");
        int[] q2 = t.mark("not over.");
        t.add("\u201D" + lineEnd + lineEnd);
        int[] s3 = t.mark(other);
        t.add(" ");
        int[] cue3 = t.mark("denied");
        t.add(" ");
        int[] c3 = t.mark("that " + topic);
        t.add(", according to ");
        int[] officials = t.mark("officials who spoke to ");
        int[] nested = t.mark(other);
        t.add(".");
        List<String> lines = new ArrayList<>();
        lines.add("T1\t" + t.line("Source", s1));
        lines.add("T2\t" + t.line("Cue", cue1));
        lines.add("T3\t" + t.line("Content", c1));
        lines.add("T4\t" + t.line("Attribution", new int[] {cue1[0], when[1]}));
        lines.add("T5\t" + t.line("Source", s2));
        lines.add("T6\t" + t.line("Cue", cue2));
        lines.add("T7\tContent " + q1[0] + " " + q1[1] + ";" + q2[0] + " " + q2[1] + "\t" + t.sub(q1) + " " + t.sub(q2));
        lines.add("T8\t" + t.line("Attribution", cue2));
        lines.add("T9\t" + t.line("Source", s3));
        lines.add("T10\t" + t.line("Cue", cue3));
        lines.add("T11\t" + t.line("Content", c3));
        lines.add("T12\t" + t.line("Attribution", cue3));
        // nested: the other speaker's name inside the officials' phrase is a source of its own
        lines.add("T13\t" + t.line("Source", new int[] {officials[0], nested[1]}));
        lines.add("T14\t" + t.line("Source", nested));
        lines.add("E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3");
        // the second event shares the first one's source ("he" is the same person): Source and Source2
        lines.add("E2\tAttribution:T8 Source:T5 Source2:T1 Cue:T6 Content:T7");
        lines.add("E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11");
        if (i % 2 == 0) {
            lines.add("R1\tCoref Arg1:T5 Arg2:T1\t");
        }
        if (i % 3 == 0) {
            lines.add("#1\tAnnotatorNotes T7\tquote split by an aside");
        }
        // attributes as PARC-style corpora have them: a binary one, and valued ones (M is brat's old A)
        lines.add("A1\tFactuality T3 " + (i % 2 == 0 ? "Asserted" : "Hedged"));
        if (i % 4 == 0) {
            lines.add("A2\tNested T13");
            lines.add("M3\tSourceType T9 Official");
        }
        return new Document(String.format("news-%02d", i + 1), t.text(), lines);
    }

    /** The corpus as a zip of .txt and .ann files, as a brat data folder is uploaded. */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Document d : documents()) {
                zip.putNextEntry(new ZipEntry("corpus/" + d.name() + ".txt"));
                zip.write(d.text().getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("corpus/" + d.name() + ".ann"));
                zip.write((String.join("\n", d.annotations()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Text being written, with brat offsets in code points of the text as it is in the file. */
    private static final class Text {
        private final StringBuilder b = new StringBuilder();

        void add(String s) {
            b.append(s);
        }

        /** Appends a phrase and returns its [start, end) in code points. */
        int[] mark(String s) {
            int start = b.codePointCount(0, b.length());
            b.append(s);
            return new int[] {start, start + s.codePointCount(0, s.length())};
        }

        String text() {
            return b.toString();
        }

        String line(String label, int[] span) {
            return label + " " + span[0] + " " + span[1] + "\t" + sub(span);
        }

        String sub(int[] span) {
            String s = b.toString();
            return s.substring(s.offsetByCodePoints(0, span[0]), s.offsetByCodePoints(0, span[1]));
        }
    }
}
