package org.claimdesk.dataset.format;

import java.util.List;
import org.claimdesk.dataset.FormatReader;
import org.claimdesk.dataset.BaseFormat;
import org.claimdesk.dataset.ImportedDocument;
import org.springframework.stereotype.Component;

/** Plain-text documents (import only): one document per {@code .txt} file, titled by its name. */
@Component
public class TextFormat extends BaseFormat {
    public TextFormat() {
        super("txt", "Plain text", "codepoint", true, false);
    }

    @Override
    public FormatReader reader() {
        return OneDocumentPerFile.reader(f -> new ImportedDocument(f.name(), 0, null,
                f.name().replaceAll("^.*/", "").replaceAll("(?i)\\.txt$", ""), f.text(), null, null, null, "codepoint",
                List.of(), List.of()), ".txt");
    }
}
