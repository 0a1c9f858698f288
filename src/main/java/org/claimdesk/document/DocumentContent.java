package org.claimdesk.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A document with its normalized text. {@code lengthCp} counts Unicode code points. */
public record DocumentContent(long id, long projectId, String title, String text, String sha256, int lengthCp,
                              @Nullable String sourceUrl, @Nullable String publisher,
                              @Nullable LocalDate publishedOn) {
}
