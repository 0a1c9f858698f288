package org.claimdesk.annotation;

import org.claimdesk.document.AnnotationState;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnnotatorStateRepository extends JpaRepository<AnnotatorState, Long> {
    Optional<AnnotatorState> findByDocumentIdAndUserId(long documentId, long userId);

    List<AnnotatorState> findByUserIdAndDocumentIdIn(long userId, Collection<Long> documentIds);

    /** One statement, and safe when two requests of the same reviewer start on a document at once. */
    @Modifying
    @Query(value = "insert into annotator_state (document_id, user_id, state) values (?1, ?2, 'IN_PROGRESS')"
            + " on conflict (document_id, user_id) do nothing", nativeQuery = true)
    void markStartedIfNew(long documentId, long userId);
}
