package org.claimdesk.suggestion;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimdesk.project.LabelSchema;
import org.springframework.stereotype.Component;

/** The registry of suggestion engines: every {@link SuggestionEngine} bean, by id. */
@Component
public class SuggestionEngines {
    private final List<SuggestionEngine> engines;

    SuggestionEngines(List<SuggestionEngine> engines) {
        this.engines = engines.stream().sorted(Comparator.comparing(SuggestionEngine::id)).toList();
    }

    public List<SuggestionEngine> all() {
        return engines;
    }

    public List<SuggestionEngine> supporting(LabelSchema schema) {
        return engines.stream().filter(e -> e.supports(schema)).toList();
    }

    /** The engine that learns from a project's gold layer. */
    SuggestionEngine learner() {
        return engines.stream().filter(e -> e.builtIn().isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No suggestion engine learns."));
    }

    public Optional<SuggestionEngine> byId(String id) {
        return engines.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
