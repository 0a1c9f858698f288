package org.claimdesk.suggestion.tagger;

import java.util.List;

/**
 * A document of the gold layer, as training and evaluation read it: spans in code points, and
 * links between them by index in {@code spans}.
 */
public record GoldDocument(long id, String text, List<GoldSpan> spans, List<GoldLink> links) {

    public record GoldSpan(String label, int start, int end) {
    }

    public record GoldLink(String type, int from, int to) {
    }
}
