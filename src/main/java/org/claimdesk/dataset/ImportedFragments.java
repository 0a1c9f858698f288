package org.claimdesk.dataset;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.annotation.Fragment;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.TextMapping;

/** A span's fragments in the file's offsets, mapped onto the normalized text of its document (code points). */
final class ImportedFragments {
    private ImportedFragments() {
    }

    static List<Fragment> of(ImportedDocument doc, ImportedDocument.ImportedSpan s, String name, TextMapping mapping) {
        boolean utf16 = doc.offsetUnit().equals("utf16");
        List<Fragment> fragments = new ArrayList<>();
        for (Fragment f : s.fragments()) {
            try {
                fragments.add(new Fragment(utf16 ? mapping.fromUtf16(f.start()) : mapping.fromCodePoint(f.start()),
                        utf16 ? mapping.fromUtf16(f.end()) : mapping.fromCodePoint(f.end())));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("span " + name + ": " + e.getMessage());
            }
        }
        return fragments;
    }
}
