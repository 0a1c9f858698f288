package org.claimdesk.document;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which project each recently used document belongs to. A document never moves to another
 * project and is never deleted, so an entry never goes stale; every access check of every
 * document request starts here, and this saves it a query.
 */
@Component
class DocumentProjects {
    private static final int CAPACITY = 10_000;
    private final DocumentRepository documents;
    private final RecentlyUsed<Long, Long> projects = new RecentlyUsed<>(CAPACITY);

    DocumentProjects(DocumentRepository documents) {
        this.documents = documents;
    }

    Optional<Long> of(long documentId) {
        Long known = projects.get(documentId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = documents.projectOf(documentId);
        found.ifPresent(p -> projects.put(documentId, p));
        return found;
    }
}
