package org.claimdesk.suggestion.tagger;

import java.util.List;

/**
 * A document of the gold layer, as training and evaluation read it: spans in code points, and
 * links between them by index in {@code spans}. A {@link #partial} document has no gold layer:
 * all it says is that its {@code rejected} spans are not of their label (reviewers rejected those
 * suggestions), so only their tokens are evidence.
 */
public record GoldDocument(long id, String text, List<GoldSpan> spans, List<GoldLink> links, List<GoldSpan> rejected,
                           boolean partial) {

    public GoldDocument(long id, String text, List<GoldSpan> spans, List<GoldLink> links) {
        this(id, text, spans, links, List.of(), false);
    }

    /** What reviewers rejected in a document that has no gold layer. */
    public static GoldDocument rejections(long id, String text, List<GoldSpan> rejected) {
        return new GoldDocument(id, text, List.of(), List.of(), rejected, true);
    }

    public record GoldSpan(String label, int start, int end) {
    }

    public record GoldLink(String type, int from, int to) {
    }
}
