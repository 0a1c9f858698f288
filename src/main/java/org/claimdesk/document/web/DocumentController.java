package org.claimdesk.document.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.document.DocumentContent;
import org.claimdesk.document.DocumentListItem;
import org.claimdesk.document.DocumentService;
import org.claimdesk.document.NewDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DocumentController {
    private static final int PAGE = 1000;
    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping("/api/projects/{projectId}/documents")
    ResponseEntity<DocumentJson> create(@PathVariable long projectId, @RequestBody NewDocumentJson body) {
        if (body.text() == null) {
            throw new InvalidInputException("Field 'text' is required.");
        }
        DocumentContent d = documents.importDocument(projectId, NewDocument.of(body.title(), body.text(), body.sourceUrl()));
        return ResponseEntity.created(URI.create("/api/documents/" + d.id())).body(DocumentJson.of(d));
    }

    @GetMapping("/api/projects/{projectId}/documents")
    List<DocumentRow> list(@PathVariable long projectId) {
        List<DocumentRow> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<DocumentListItem> rows = documents.list(projectId, page, PAGE);
            rows.forEach(r -> all.add(new DocumentRow(r.id(), r.title(), r.lengthCp())));
            if (rows.size() < PAGE) {
                return all;
            }
        }
    }

    @GetMapping("/api/documents/{id}")
    DocumentJson get(@PathVariable long id) {
        return DocumentJson.of(documents.get(id));
    }

    record NewDocumentJson(@Nullable String title, @Nullable String text, @Nullable String sourceUrl) {
    }

    /** {@code length} counts Unicode code points, the API's offset unit. */
    record DocumentRow(long id, String title, int length) {
    }

    record DocumentJson(long id, long projectId, String title, String text, String sha256, int length,
                        @Nullable String sourceUrl, @Nullable String publisher, String offsetUnit) {
        static DocumentJson of(DocumentContent d) {
            return new DocumentJson(d.id(), d.projectId(), d.title(), d.text(), d.sha256(), d.lengthCp(),
                    d.sourceUrl(), d.publisher(), "codepoint");
        }
    }
}
