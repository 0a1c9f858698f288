package org.claimdesk.dataset.format;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.base.TextRules;
import org.claimdesk.dataset.ImportedDocument;
import org.claimdesk.dataset.ImportedDocument.ImportedSpan;
import org.jspecify.annotations.Nullable;

/**
 * Turns tagged tokens back into a document: the text is the tokens joined by one space, a sentence
 * a line, and each run of tags (IOB2 B-/I-, BIOES S-/B-/I-/E-, or IOB1 where I- opens a run) is
 * a span over its tokens, in code points of that text. Given the document's own text (a companion
 * {@code .txt}), the tokens are found in it in order instead, and the spans are in its code points;
 * between two tokens only spaces and punctuation may be skipped, so a text that is not the
 * tokens' own is refused rather than misaligned.
 */
final class TokenTagReader {
    private final StringBuilder text = new StringBuilder();
    private final @Nullable String original;
    private int cursor; // in UTF-16 units of original
    private int tokens;
    private final List<ImportedSpan> spans = new ArrayList<>();
    private int length;
    private @Nullable String openLabel;
    private int openStart;
    private int openEnd;

    TokenTagReader() {
        this(null);
    }

    TokenTagReader(@Nullable String original) {
        this.original = original;
    }

    /** Adds a sentence; {@code tags} has one tag for each token. */
    void sentence(List<String> tokens, List<String> tags) {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("a sentence has " + tokens.size() + " tokens but " + tags.size() + " tags");
        }
        if (original != null) {
            for (int i = 0; i < tokens.size(); i++) {
                int at = find(tokens.get(i));
                int start = length + original.codePointCount(cursor, at);
                length = start + tokens.get(i).codePointCount(0, tokens.get(i).length());
                cursor = at + tokens.get(i).length();
                tag(tags.get(i), start, length);
            }
            close();
            return;
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

    private int find(String token) {
        tokens++;
        int at = original.indexOf(token, cursor);
        if (at < 0 || original.substring(cursor, at).codePoints().anyMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("token " + tokens + " (" + TextRules.quote(token)
                    + ") is not the next word of the companion text at code point " + length
                    + "; the .txt must be the text the tokens were cut from");
        }
        return at;
    }

    /** O, or one of B- I- E- S- (and L- U-) followed by a label. */
    static boolean isTag(String tag) {
        return tag.equals("O") || tag.length() > 2 && tag.charAt(1) == '-' && "BIESLU".indexOf(tag.charAt(0)) >= 0;
    }

    boolean isEmpty() {
        return original == null ? text.isEmpty() : tokens == 0;
    }

    ImportedDocument document(String file, int line, @Nullable String key) {
        close();
        return new ImportedDocument(file, line, key, key, original != null ? original : text.toString(), null, null,
                null, "codepoint",
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
