package org.claimdesk.dataset.format;

import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.claimdesk.dataset.ImportSource;
import org.claimdesk.dataset.ImportSink;
import org.claimdesk.dataset.FormatReader;
import java.util.ArrayList;
import org.claimdesk.base.TextRules;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.TextTokenizer;
import org.claimdesk.dataset.TokenTagger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * CoNLL 2003 columns (token, two unused columns, tag), one token a line, a blank line between
 * sentences, {@code -DOCSTART-} before each document. Lines starting with "# " are comments: the
 * file header states the labels and the overlap rule, and each document's id precedes it.
 */
@Component
public class ConllFormat extends BaseFormat {
    private final TokenTagger.Scheme scheme;

    public ConllFormat() {
        this("conll", "CoNLL 2003 (IOB2)", TokenTagger.Scheme.IOB2);
    }

    ConllFormat(String id, String name, TokenTagger.Scheme scheme) {
        super(id, name, "token", true, true);
        this.scheme = scheme;
    }

    /**
     * CoNLL columns back into documents: the first column is the token and the last the tag (so
     * CoNLL 2003's four columns and plain "token tag" both read), {@code -DOCSTART-} or a
     * "# document: KEY" comment starts a document, a blank line ends a sentence. A {@code .txt}
     * beside a {@code .conll} or {@code .tsv} of the same name is its document's text: the
     * offsets are then taken from it (see {@link TokenTagReader}).
     */
    @Override
    public FormatReader reader() {
        return (source, sink) -> {
            for (ImportSource.ImportFile file : source.files()) {
                if (sink.cancelled()) {
                    return;
                }
                if (!file.name().endsWith(".conll") && !file.name().endsWith(".txt") && !file.name().endsWith(".tsv")
                        || file.name().endsWith(".txt") && isCompanion(source, file.name())) {
                    continue;
                }
                var txt = file.name().endsWith(".txt") ? Optional.<ImportSource.ImportFile>empty()
                        : source.file(base(file.name()) + ".txt");
                String companion = txt.isPresent() ? txt.get().text() : null;
                read(file.name(), file.text().split("\r?\n", -1), sink, companion);
            }
        };
    }

    private static String base(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** A .txt beside a .conll or .tsv of the same name is that file's text, not CoNLL itself. */
    private static boolean isCompanion(ImportSource source, String txt) {
        return source.file(base(txt) + ".conll").isPresent() || source.file(base(txt) + ".tsv").isPresent();
    }

    private static void read(String file, String[] lines, ImportSink sink, @Nullable String companion) {
        TokenTagReader doc = new TokenTagReader(companion);
        int documents = 0;
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String key = null;
        int startLine = 1;
        boolean broken = false; // a document with a bad line is reported once and left out whole
        for (int n = 1; n <= lines.length + 1; n++) {
            String line = n <= lines.length ? lines[n - 1].strip() : "-DOCSTART-";
            String[] cols = line.split("\\s+");
            boolean comment = line.startsWith("# ") && cols.length != 4 && cols.length != 2;
            boolean boundary = line.startsWith("-DOCSTART-") || comment && line.startsWith("# document:");
            if ((line.isEmpty() || boundary) && !tokens.isEmpty() && !broken) {
                try {
                    doc.sentence(tokens, tags);
                } catch (IllegalArgumentException e) {
                    sink.problem(file, n, e.getMessage() + ", so its document was left out");
                    broken = true;
                }
            }
            if (line.isEmpty() || boundary) {
                tokens.clear();
                tags.clear();
            }
            if (boundary) {
                if (!doc.isEmpty() && !broken) {
                    if (companion != null && ++documents > 1) {
                        sink.problem(file, startLine, "a companion .txt holds one document, and this file has more;"
                                + " give each document its own .conll and .txt");
                        return;
                    }
                    sink.document(doc.document(file, startLine, key));
                }
                if (!doc.isEmpty() || broken) {
                    key = null;
                }
                doc = new TokenTagReader(companion);
                broken = false;
                startLine = n;
                if (comment) {
                    key = cols.length > 2 ? cols[2] : null;
                }
            } else if (!line.isEmpty() && !comment && !broken) {
                String tag = cols[cols.length - 1];
                if (cols.length < 2 || !TokenTagReader.isTag(tag)) {
                    sink.problem(file, n, "a token line is \"token ... tag\" with a tag O, B-X, I-X, E-X or S-X; this one is "
                            + TextRules.quote(line) + ", so its document was left out");
                    broken = true;
                    continue;
                }
                tokens.add(cols[0]);
                tags.add(tag);
            }
        }
    }

    @Override
    public FormatWriter writer(ExportContext ctx) {
        return (doc, files) -> {
            Writer out = files.file(doc.split().fileName() + ".conll", w -> {
                w.write("# ClaimDesk export, " + name() + ": token _ _ tag\n");
                w.write("# tags: " + String.join(" ", TokenTagger.tagNames(ctx.spanLabels(), scheme)) + "\n");
                w.write("# overlaps: " + TokenTagger.RULE + "\n\n");
            }, null);
            TokenTagger.Tagged tagged = TaggedDocuments.tag(doc, ctx, scheme);
            out.write("# document: " + doc.key().replaceAll("\\s", "_") + " layer: " + doc.layer() + "\n");
            out.write("-DOCSTART- -X- -X- O\n\n");
            for (int s = 0; s < tagged.sentences().size(); s++) {
                List<TextTokenizer.Token> tokens = tagged.sentences().get(s);
                List<String> tags = tagged.tags().get(s);
                for (int i = 0; i < tokens.size(); i++) {
                    out.write(tokens.get(i).text());
                    out.write(" _ _ ");
                    out.write(tags.get(i));
                    out.write('\n');
                }
                out.write('\n');
            }
        };
    }
}
