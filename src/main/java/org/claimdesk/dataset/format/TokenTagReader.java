package org.claimdesk.dataset.format;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportedDocument.ImportedSpan;
import org.jspecify.annotations.Nullable;

/**
 * Turns tagged tokens back into a document: the text is the tokens joined by one space, a sentence
 * a line, and each run of tags (IOB2 B-/I-, BIOES S-/B-/I-/E-, or IOB1 where I- opens a run) is
 * a span over its tokens, in code points of that text.
 */
final class TokenTagReader {
    private final StringBuilder text = new StringBuilder();
    private final List<ImportedSpan> spans = new ArrayList<>();
    private int length;
    private @Nullable String openLabel;
    private int openStart;
    private int openEnd;

    /** Adds a sentence; {@code tags} has one tag for each token. */
    void sentence(List<String> tokens, List<String> tags) {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("a sentence has " + tokens.size() + " tokens but " + tags.size() + " tags");
        }
        if (!text.isEmpty()) {
            close();
            text.append('\n');
            length++;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
                length++;
            }
            int start = length;
            text.append(tokens.get(i));
            length += tokens.get(i).codePointCount(0, tokens.get(i).length());
            tag(tags.get(i), start, length);
        }
        close();
    }

    /** O, or one of B- I- E- S- (and L- U-) followed by a label. */
    static boolean isTag(String tag) {
        return tag.equals("O") || tag.length() > 2 && tag.charAt(1) == '-' && "BIESLU".indexOf(tag.charAt(0)) >= 0;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    ImportedDocument document(String file, int line, @Nullable String key) {
        close();
        return new ImportedDocument(file, line, key, key, text.toString(), null, null, null, "codepoint",
                List.copyOf(spans), List.of());
    }

    private void tag(String tag, int start, int end) {
        if (tag.equals("O") || tag.isEmpty()) {
            close();
            return;
        }
        if (!isTag(tag)) {
            throw new IllegalArgumentException("tag '" + tag + "' is not O or B-, I-, E-, S- followed by a label");
        }
        char kind = tag.charAt(0);
        String label = tag.substring(2);
        boolean continues = (kind == 'I' || kind == 'E' || kind == 'L') && label.equals(openLabel);
        if (!continues) {
            close();
            openLabel = label;
            openStart = start;
        }
        openEnd = end;
        if (kind == 'E' || kind == 'S' || kind == 'L' || kind == 'U') {
            close();
        }
    }

    private void close() {
        if (openLabel != null) {
            spans.add(new ImportedSpan("#" + (spans.size() + 1), openLabel, List.of(new Fragment(openStart, openEnd)),
                    null, null));
            openLabel = null;
        }
    }
}
