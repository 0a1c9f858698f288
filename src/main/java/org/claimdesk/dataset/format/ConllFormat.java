package org.claimdesk.dataset.format;

import java.io.Writer;
import java.util.List;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.TextTokenizer;
import org.claimdesk.dataset.TokenTagger;
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
        super(id, name, "token", false, true);
        this.scheme = scheme;
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
