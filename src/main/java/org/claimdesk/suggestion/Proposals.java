package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.suggestion.TextUnits.Range;

/**
 * What the attribution rules found, in UTF-16 indexes: claims, attributions (with their source
 * and cue inside), denials, and the links between them by their fact-check meaning.
 */
final class Proposals {
    static final String ATTRIBUTED_TO = "ATTRIBUTED_TO";
    static final String DENIES = "DENIES";

    enum Kind { CLAIM, ATTRIBUTION, DENIAL }

    /** {@code source} and {@code cue} are set for attributions only. */
    record Item(Kind kind, Range range, double score, Range source, Range cue) {
    }

    record Link(int from, int to, String type) {
    }

    private final List<Item> items = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    int add(Kind kind, Range range, double score) {
        if (range.end() <= range.start()) {
            return -1;
        }
        items.add(new Item(kind, range, score, range, range));
        return items.size() - 1;
    }

    /** An attribution: the source is what precedes the cue ("Bossert said"), else what follows it ("said a spokeswoman"). */
    int attribution(Range range, Range cue, double score) {
        if (range.end() <= range.start()) {
            return -1;
        }
        Range before = new Range(range.start(), Math.max(range.start(), cue.start()));
        Range after = new Range(Math.min(range.end(), cue.end()), range.end());
        Range source = before.end() > before.start() ? before : after;
        items.add(new Item(Kind.ATTRIBUTION, range, score, source, cue));
        return items.size() - 1;
    }

    void link(int from, int to, String type) {
        if (from >= 0 && to >= 0 && from != to) {
            links.add(new Link(from, to, type));
        }
    }

    int size() {
        return items.size();
    }

    int lastClaim() {
        return lastClaimBefore(items.size());
    }

    int lastClaimBefore(int index) {
        for (int i = Math.min(index, items.size()) - 1; i >= 0; i--) {
            if (items.get(i).kind() == Kind.CLAIM) {
                return i;
            }
        }
        return -1;
    }

    int firstClaimFrom(int index) {
        for (int i = index; i < items.size(); i++) {
            if (items.get(i).kind() == Kind.CLAIM) {
                return i;
            }
        }
        return -1;
    }

    List<Item> items() {
        return items;
    }

    List<Link> links() {
        return links;
    }
}
