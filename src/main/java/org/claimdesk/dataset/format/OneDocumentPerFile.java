package org.claimdesk.dataset.format;

import java.util.Arrays;
import java.util.Locale;
import java.io.IOException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.ImportSource;
import org.claimdesk.dataset.ImportedDocument;

/** A reader for formats where each file with one of some endings is one document (plain text, HTML). */
final class OneDocumentPerFile {
    interface Extract {
        ImportedDocument from(ImportSource.ImportFile file) throws IOException;
    }

    private OneDocumentPerFile() {
    }

    static FormatReader reader(Extract extract, String... endings) {
        return (source, sink) -> {
            for (ImportSource.ImportFile f : source.files()) {
                if (sink.cancelled()) {
                    return;
                }
                String name = f.name().toLowerCase(Locale.ROOT);
                if (Arrays.stream(endings).noneMatch(name::endsWith)) {
                    continue;
                }
                try {
                    sink.document(extract.from(f));
                } catch (IllegalArgumentException | InvalidInputException e) {
                    sink.problem(f.name(), 0, e.getMessage());
                }
            }
        };
    }
}
