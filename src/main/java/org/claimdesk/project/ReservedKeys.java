package org.claimdesk.project;

import java.util.List;
import java.util.Locale;

/**
 * The editor's own single-character keys, which no label may take as its shortcut: a label key
 * that shadowed one would make that action unreachable from the keyboard. Delete, Backspace,
 * Enter, Escape, the arrows and Ctrl combinations are not single characters, so no label can
 * take them anyway. The editor's keymap ({@code frontend/src/keymap.ts}) marks the same
 * characters, with what they do, for its help overlay; ReservedKeysTest keeps the two equal.
 */
public final class ReservedKeys {
    /** r link (editor); a, e, x accept, edit and reject (curation, suggestions); n next suggestion; ? help. */
    public static final List<String> CHARACTERS = List.of("r", "a", "e", "n", "x", "?");

    private ReservedKeys() {
    }

    public static boolean isReserved(String key) {
        return CHARACTERS.contains(key.toLowerCase(Locale.ROOT));
    }
}
