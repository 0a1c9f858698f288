package org.claimdesk.dataset;

import java.io.IOException;

/** Writes the documents of one export, in order, into the export's files. */
public interface FormatWriter {
    void write(ExportDocument document, ExportFiles files) throws IOException;

    /** A writer with files of its own to add after the last document (e.g. brat's annotation.conf). */
    interface Finishing extends FormatWriter {
        void finish(ExportFiles files) throws IOException;
    }
}
