package org.claimdesk.dataset.format;

import java.io.IOException;
import java.io.Writer;
import org.claimdesk.dataset.ExportFiles;

/**
 * Items written into one JSON array per file (one file per split): the opening text before the
 * first item, commas between items, the closing text when the file ends.
 */
final class JsonArrayFiles {
    private final String opening;
    private final String closing;
    private String file = "";
    private boolean first;

    JsonArrayFiles(String opening, String closing) {
        this.opening = opening;
        this.closing = closing;
    }

    /** The file to write the next item into, positioned after a separator where one is due. */
    Writer nextItem(ExportFiles files, String name) throws IOException {
        if (!name.equals(file)) {
            file = name;
            first = true;
        }
        Writer out = files.file(name, w -> w.write(opening), w -> w.write(closing));
        if (!first) {
            out.write(",\n");
        }
        first = false;
        return out;
    }

    /** Opens the file (so that a split without items still gets an empty array). */
    void touch(ExportFiles files, String name) throws IOException {
        if (!name.equals(file)) {
            file = name;
            first = true;
        }
        files.file(name, w -> w.write(opening), w -> w.write(closing));
    }
}
