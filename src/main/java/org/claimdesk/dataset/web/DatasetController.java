package org.claimdesk.dataset.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.dataset.DatasetExporter;
import org.claimdesk.dataset.DatasetImporter;
import org.claimdesk.dataset.ExportProgress;
import org.claimdesk.dataset.ExportRequest;
import org.claimdesk.dataset.FormatRegistry;
import org.claimdesk.dataset.ImportOptions;
import org.claimdesk.dataset.ImportReport;
import org.claimdesk.suggestion.ExternalPredictions;
import org.claimdesk.dataset.SplitPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Dataset export (streamed zip) and import (multipart upload, returns a report) over REST. */
@RestController
class DatasetController {
    private final DatasetExporter exporter;
    private final DatasetImporter importer;
    private final FormatRegistry formats;

    DatasetController(DatasetExporter exporter, DatasetImporter importer, FormatRegistry formats) {
        this.exporter = exporter;
        this.importer = importer;
        this.formats = formats;
    }

    record FormatJson(String id, String name, String offsetUnit, boolean canRead, boolean canWrite) {
    }

    @GetMapping("/api/formats")
    List<FormatJson> formats() {
        return formats.all().stream().map(f -> new FormatJson(f.id(), f.name(), f.offsetUnit(), f.canRead(), f.canWrite()))
                .toList();
    }

    /**
     * Streams the export straight from a database cursor into the response; the request is checked
     * before the first byte, so a bad one is a 400, not a broken file.
     */
    @GetMapping("/api/projects/{id}/export")
    void export(@PathVariable long id, @RequestParam String format,
                @RequestParam(defaultValue = "gold") String layer,
                @RequestParam(required = false) @Nullable String labels,
                @RequestParam(required = false) @Nullable String state,
                @RequestParam(required = false) @Nullable String documents,
                @RequestParam(defaultValue = "0.8,0.1,0.1") String split,
                @RequestParam(defaultValue = SplitPlan.DEFAULT_SALT) String salt,
                @RequestParam(defaultValue = "false") boolean includeEmpty,
                HttpServletResponse response) throws IOException {
        ExportRequest request = new ExportRequest(format, layer, ExportRequest.parseList(labels), ExportRequest.parseStates(state), ids(documents),
                includeEmpty, SplitPlan.parse(split, salt));
        exporter.check(id, request);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + exporter.fileName(id, request) + "\"");
        exporter.export(id, request, response.getOutputStream(), ExportProgress.NONE);
        response.flushBuffer();
    }

    @PostMapping("/api/projects/{id}/import")
    ResponseEntity<ImportReport> importFile(@PathVariable long id, @RequestParam("file") MultipartFile file,
                                            @RequestParam(required = false) @Nullable String format,
                                            @RequestParam(required = false) @Nullable String annotator,
                                            @RequestParam(required = false) @Nullable String map,
                                            @RequestParam(defaultValue = "false") boolean addLabels) throws IOException {
        return importWith(id, file, new ImportOptions(format, annotator, ImportOptions.parseMap(map), addLabels));
    }

    /**
     * A model's predictions (ClaimDesk JSONL or a Label Studio export; CURATOR) become suggestions
     * of the engine external:MODEL, never annotations; documents are matched by their text.
     */
    @PostMapping("/api/projects/{id}/suggestions/import")
    ResponseEntity<ImportReport> importPredictions(@PathVariable long id, @RequestParam("file") MultipartFile file,
                                                   @RequestParam String model,
                                                   @RequestParam(required = false) @Nullable String format,
                                                   @RequestParam(required = false) @Nullable String map) throws IOException {
        return importWith(id, file, ImportOptions.predictionsOf(ExternalPredictions.checkModel(model), format,
                ImportOptions.parseMap(map)));
    }

    private ResponseEntity<ImportReport> importWith(long id, MultipartFile file, ImportOptions options) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("The upload is empty; send the file as multipart field 'file'.");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path tmp = Files.createTempFile("claimdesk-import-", ".upload");
        try {
            file.transferTo(tmp);
            ImportReport report = importer.importFile(id, name, tmp, options, ExportProgress.NONE);
            boolean nothing = report.documentsCreated() + report.documentsMatched() == 0;
            return ResponseEntity.status(nothing && !report.problems().isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT
                    : HttpStatus.OK).body(report);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<Long> ids(@Nullable String csv) {
        try {
            return ExportRequest.parseList(csv).stream().map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'documents' is a comma-separated list of document ids.");
        }
    }

}
