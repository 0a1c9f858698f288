package org.claimdesk.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an import supplies: raw text (normalized on import) and metadata. */
public record NewDocument(@Nullable String title, String text, @Nullable String sourceUrl,
                          @Nullable String publisher, @Nullable LocalDate publishedOn) {

    public static NewDocument of(@Nullable String title, String text, @Nullable String sourceUrl) {
        return new NewDocument(title, text, sourceUrl, null, null);
    }
}
