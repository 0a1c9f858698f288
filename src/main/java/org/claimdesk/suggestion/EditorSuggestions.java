package org.claimdesk.suggestion;

import java.util.List;
import org.claimdesk.annotation.SuggestionsForEditor;
import org.springframework.stereotype.Component;

/** The annotation view's suggestions: the same as the REST API's, for the signed-in reviewer. */
@Component
class EditorSuggestions implements SuggestionsForEditor {
    private final SuggestionService suggestions;

    EditorSuggestions(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<Suggested> visible(long documentId) {
        return suggestions.forDocument(documentId).spans().stream()
                .map(s -> new Suggested(s.id(), s.group(), s.label(), s.start(), s.end(), s.score())).toList();
    }

    @Override
    public AcceptedGroup accept(long suggestionId) {
        return suggestions.acceptGroup(suggestionId);
    }

    @Override
    public AcceptedGroup acceptAll(List<Long> suggestionIds) {
        return suggestions.acceptAll(suggestionIds);
    }

    @Override
    public void reject(long suggestionId) {
        suggestions.reject(suggestionId);
    }

    @Override
    public int clearRejections(long documentId) {
        return suggestions.clearRejections(documentId);
    }
}
