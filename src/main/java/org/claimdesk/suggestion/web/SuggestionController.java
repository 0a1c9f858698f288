package org.claimdesk.suggestion.web;

import java.util.Map;
import org.claimdesk.suggestion.DocumentSuggestions;
import org.claimdesk.suggestion.SuggestionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions in the REST API: offsets in code points, like the rest of it. */
@RestController
class SuggestionController {
    private final SuggestionService suggestions;

    SuggestionController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/documents/{id}/suggestions")
    DocumentSuggestions forDocument(@PathVariable long id) {
        return suggestions.forDocument(id);
    }

    /** Accepts the suggestion's whole linked group; answers with the created spans and relations. */
    @PostMapping("/api/suggestions/{id}/accept")
    SuggestionService.Accepted accept(@PathVariable long id) {
        return suggestions.accept(id);
    }

    @PostMapping("/api/suggestions/{id}/reject")
    ResponseEntity<Void> reject(@PathVariable long id) {
        suggestions.reject(id);
        return ResponseEntity.noContent().build();
    }

    /** Forgets the caller's rejections in a document, so those suggestions come back. */
    @DeleteMapping("/api/documents/{id}/suggestions/rejections")
    Map<String, Integer> clearRejections(@PathVariable long id) {
        return Map.of("cleared", suggestions.clearRejections(id));
    }
}
