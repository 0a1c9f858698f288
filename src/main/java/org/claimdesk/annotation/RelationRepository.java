package org.claimdesk.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RelationRepository extends JpaRepository<Relation, Long> {
    List<Relation> findByDocumentIdAndAnnotatorIdOrderByIdAsc(long documentId, long annotatorId);

    List<Relation> findByDocumentIdOrderByIdAsc(long documentId);

    @Query("select r from Relation r where r.sourceSpanId = ?1 or r.targetSpanId = ?1 order by r.id")
    List<Relation> findTouching(long spanId);

    boolean existsBySourceSpanIdAndTargetSpanIdAndLabelId(long sourceSpanId, long targetSpanId, long labelId);

    List<Relation> findByLabelIdOrderByIdAsc(long labelId);

    long countByLabelId(long labelId);
}
