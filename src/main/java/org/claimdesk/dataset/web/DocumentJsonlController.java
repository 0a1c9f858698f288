package org.claimdesk.dataset.web;

import java.io.ByteArrayOutputStream;
import org.claimdesk.dataset.DocumentLayerExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The caller's layer of one document as a ClaimDesk JSONL line, the dataset export's shape. */
@RestController
class DocumentJsonlController {
    private final DocumentLayerExport export;

    DocumentJsonlController(DocumentLayerExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/documents/{id}/export.jsonl", produces = "application/jsonl")
    ResponseEntity<byte[]> exportJsonl(@PathVariable long id) {
        // one document is small: written whole first, so a refusal is still a problem answer
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeJsonl(id, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/jsonl; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"document-" + id + ".jsonl\"")
                .body(out.toByteArray());
    }
}
