package org.claimdesk.suggestion;

import java.util.Objects;
import org.claimdesk.suggestion.SuggestionStore.Row;

/**
 * What a suggestion proposes, as a key that outlives its id: a span by label and offsets, a link
 * by type and its two ends. A decision is kept by this key.
 */
final class ItemKeys {
    private ItemKeys() {
    }

    static String span(Row r) {
        return span(r.labelId(), Objects.requireNonNull(r.start()), Objects.requireNonNull(r.end()));
    }

    static String span(long labelId, int start, int end) {
        return "s:" + labelId + ":" + start + ":" + end;
    }

    static String link(Row link, Row from, Row to) {
        return "l:" + link.labelId() + ":" + span(from) + ">" + span(to);
    }
}
