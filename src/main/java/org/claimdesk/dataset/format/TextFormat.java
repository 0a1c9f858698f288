package org.claimdesk.dataset.format;

import org.claimdesk.dataset.ExportContext;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.FormatSupport;
import org.claimdesk.dataset.FormatWriter;
import org.claimdesk.dataset.ImportSource;
import org.claimdesk.dataset.ImportedDocument;
import org.springframework.stereotype.Component;

/** Plain-text documents (import only): one document per {@code .txt} file, titled by its name. */
@Component
public class TextFormat implements FormatSupport {
    @Override
    public String id() {
        return "txt";
    }

    @Override
    public String name() {
        return "Plain text";
    }

    @Override
    public String offsetUnit() {
        return "codepoint";
    }

    @Override
    public boolean canWrite() {
        return false;
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public FormatWriter writer(ExportContext context) {
        throw new UnsupportedOperationException("Plain text is an import format.");
    }

    @Override
    public FormatReader reader() {
        return (source, sink) -> {
            for (ImportSource.ImportFile f : source.files()) {
                if (sink.cancelled()) {
                    return;
                }
                if (f.name().endsWith(".txt")) {
                    try {
                        String title = f.name().replaceAll("^.*/", "").replaceAll("\\.txt$", "");
                        sink.document(new ImportedDocument(f.name(), 0, null, title, f.text(), null, null, null,
                                "codepoint", java.util.List.of(), java.util.List.of()));
                    } catch (org.claimdesk.base.InvalidInputException e) {
                        sink.problem(f.name(), 0, e.getMessage());
                    }
                }
            }
        };
    }
}
