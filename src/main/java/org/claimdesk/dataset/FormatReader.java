package org.claimdesk.dataset;

import java.io.IOException;

/** Reads documents and their annotations from the files of an upload. */
public interface FormatReader {
    void read(ImportSource source, ImportSink sink) throws IOException;
}
