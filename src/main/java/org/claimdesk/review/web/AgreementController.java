package org.claimdesk.review.web;

import org.claimdesk.review.AgreementCsv;
import org.claimdesk.review.AgreementReport;
import org.claimdesk.review.AgreementService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AgreementController {
    private final AgreementService agreement;

    AgreementController(AgreementService agreement) {
        this.agreement = agreement;
    }

    @GetMapping("/api/projects/{id}/agreement")
    AgreementReport agreement(@PathVariable long id, @RequestParam(required = false) @Nullable String label,
                              @RequestParam(required = false) @Nullable Long document,
                              @RequestParam(defaultValue = "false") boolean withoutSuggested) {
        return agreement.agreement(id, label, document, withoutSuggested);
    }

    @GetMapping("/api/projects/{id}/agreement.csv")
    ResponseEntity<String> csv(@PathVariable long id, @RequestParam(required = false) @Nullable String label,
                               @RequestParam(required = false) @Nullable Long document,
                               @RequestParam(defaultValue = "false") boolean withoutSuggested) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"agreement-project-" + id + ".csv\"")
                .body(AgreementCsv.of(agreement.agreement(id, label, document, withoutSuggested)));
    }
}
