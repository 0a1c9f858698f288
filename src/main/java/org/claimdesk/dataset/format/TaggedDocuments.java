package org.claimdesk.dataset.format;

import java.util.List;
import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.ExportDocument;
import org.claimdesk.dataset.TextTokenizer;
import org.claimdesk.dataset.TokenTagger;
import org.claimdesk.document.TextOffsets;

/** Tokenizes a document and flattens its spans to tags, for the token-based writers. */
final class TaggedDocuments {
    private TaggedDocuments() {
    }

    static TokenTagger.Tagged tag(ExportDocument doc, ExportContext ctx, TokenTagger.Scheme scheme) {
        List<List<TextTokenizer.Token>> sentences = ctx.tokenizer().sentences(new TextOffsets(doc.text()));
        return TokenTagger.tag(sentences, doc.spans(), ctx.spanLabels(), scheme);
    }
}
