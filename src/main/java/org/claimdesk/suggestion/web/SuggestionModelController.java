package org.claimdesk.suggestion.web;

import java.util.Locale;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.suggestion.SuggestionMode;
import org.claimdesk.suggestion.SuggestionModels;
import org.claimdesk.suggestion.SuggestionStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A project's learned model over REST: status and evaluation, training, and the project's suggestion mode. */
@RestController
class SuggestionModelController {
    private final SuggestionModels models;

    SuggestionModelController(SuggestionModels models) {
        this.models = models;
    }

    @GetMapping("/api/projects/{id}/suggestions/status")
    SuggestionStatus status(@PathVariable long id) {
        return models.status(id);
    }

    /** Starts training in the background; a call while training queues at most one more run. */
    @PostMapping("/api/projects/{id}/suggestions/train")
    ResponseEntity<SuggestionStatus> train(@PathVariable long id) {
        models.train(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(models.status(id));
    }

    @DeleteMapping("/api/projects/{id}/suggestions/train")
    SuggestionStatus cancel(@PathVariable long id) {
        models.cancel(id);
        return models.status(id);
    }

    /** {@code {"mode": "auto" | "rules" | "learned" | "off"}}, for owners. */
    @PutMapping("/api/projects/{id}/suggestions/mode")
    SuggestionStatus mode(@PathVariable long id, @RequestBody Map<String, String> body) {
        String mode = body == null ? null : body.get("mode");
        try {
            models.setMode(id, SuggestionMode.valueOf(String.valueOf(mode).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"mode\" must be one of auto, rules, learned, off; got " + mode + ".");
        }
        return models.status(id);
    }
}
