package org.claimdesk.suggestion;

import java.util.List;
import org.claimdesk.review.ModelProposals;
import org.springframework.stereotype.Component;

/** Curation's model column: what the project's served and imported models propose in a document, decided or not. */
@Component
class CurationModelColumn implements ModelProposals {
    private final SuggestionService suggestions;

    CurationModelColumn(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<Proposal> of(long documentId) {
        return suggestions.proposals(documentId).spans().stream()
                .map(s -> new Proposal(s.label(), s.start(), s.end(), s.text(), s.score())).toList();
    }
}
