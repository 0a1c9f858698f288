package org.claimdesk.annotation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnotatorStateRepository extends JpaRepository<AnnotatorState, Long> {
    Optional<AnnotatorState> findByDocumentIdAndUserId(long documentId, long userId);

    List<AnnotatorState> findByUserIdAndDocumentIdIn(long userId, Collection<Long> documentIds);
}
