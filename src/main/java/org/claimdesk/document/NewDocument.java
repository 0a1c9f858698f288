package org.claimdesk.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an import supplies: raw text (normalized on import) and metadata. {@code externalId} is
 * the id the document came with (a JSONL "id", a brat file name); {@code meta} is free JSON.
 */
public record NewDocument(@Nullable String title, String text, @Nullable String sourceUrl,
                          @Nullable String publisher, @Nullable LocalDate publishedOn,
                          @Nullable String externalId, @Nullable String meta) {

    public NewDocument(@Nullable String title, String text, @Nullable String sourceUrl,
                       @Nullable String publisher, @Nullable LocalDate publishedOn) {
        this(title, text, sourceUrl, publisher, publishedOn, null, null);
    }

    public static NewDocument of(@Nullable String title, String text, @Nullable String sourceUrl) {
        return new NewDocument(title, text, sourceUrl, null, null, null, null);
    }
}
