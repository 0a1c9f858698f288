package org.claimdesk.document;

import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.base.WebAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Validates and normalizes a new document, and stores it unless its text is already there. */
@Component
class DocumentImporter {
    private final DocumentRepository documents;
    private final int maxCharacters;

    DocumentImporter(DocumentRepository documents,
                     @Value("${claimdesk.import.max-characters:2000000}") int maxCharacters) {
        this.documents = documents;
        this.maxCharacters = maxCharacters;
    }

    /** Stores the document; a text already in the project is refused with the existing title. */
    DocumentContent importNew(long projectId, NewDocument input, @Nullable Long userId) {
        Prepared p = prepare(input);
        documents.findByProjectIdAndSha256(projectId, p.sha256()).ifPresent(existing -> {
            throw new ConflictException("This text is already in the project as document "
                    + existing.getId() + " ('" + existing.getTitle() + "').");
        });
        return save(projectId, input, p, userId);
    }

    /** Stores the document unless the same text is there; returns the stored one either way. */
    DocumentContent importIfAbsent(long projectId, NewDocument input, @Nullable Long userId) {
        Prepared p = prepare(input);
        return documents.findByProjectIdAndSha256(projectId, p.sha256()).map(Document::toContent)
                .orElseGet(() -> save(projectId, input, p, userId));
    }

    private DocumentContent save(long projectId, NewDocument input, Prepared p, @Nullable Long userId) {
        Document doc = new Document(projectId, p.title(), p.text(), p.sha256(),
                p.text().codePointCount(0, p.text().length()), p.sourceUrl(),
                blankToNull(input.publisher()), input.publishedOn(), userId);
        String externalId = blankToNull(input.externalId());
        if (externalId != null) {
            if (externalId.length() > 200) {
                throw new InvalidInputException("The document id '" + externalId.substring(0, 40) + "…' is longer than 200 characters.");
            }
            if (documents.existsByProjectIdAndExternalId(projectId, externalId)) {
                throw new ConflictException("A document with id '" + externalId + "' is already in the project.");
            }
        }
        doc.setOrigin(externalId, input.meta());
        return documents.save(doc).toContent();
    }

    private Prepared prepare(NewDocument input) {
        if (input.text() == null || input.text().isBlank()) {
            throw new InvalidInputException("The document text is empty.");
        }
        if (input.text().length() > maxCharacters) {
            throw new InvalidInputException("The document has " + input.text().length()
                    + " characters; the limit is " + maxCharacters + ".");
        }
        if (input.text().indexOf('\u0000') >= 0) {
            throw new InvalidInputException("The text contains NUL characters; is it a binary file?");
        }
        TextRules.wellFormed("text", input.text());
        String text = TextNormalizer.normalize(input.text());
        String title = input.title() == null || input.title().isBlank() ? TitleGuesser.guess(text)
                : TextRules.name("title", input.title(), 500);
        return new Prepared(title, text, TextNormalizer.sha256(text), WebAddress.httpOrNull(input.sourceUrl(), "Source URL"));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Prepared(String title, String text, String sha256, @Nullable String sourceUrl) {
    }
}
