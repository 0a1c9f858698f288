package org.claimdesk.annotation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpanRepository extends JpaRepository<Span, Long> {
    List<Span> findByDocumentIdAndAnnotatorIdOrderByStartCpAscIdAsc(long documentId, long annotatorId);

    List<Span> findByDocumentIdAndAnnotatorIdNotOrderByStartCpAscIdAsc(long documentId, long annotatorId);

    List<Span> findByDocumentIdOrderByStartCpAscIdAsc(long documentId);

    @Query("select s.documentId, count(s) from Span s where s.annotatorId = ?1 and s.documentId in ?2 group by s.documentId")
    List<Object[]> countByDocument(long annotatorId, Collection<Long> documentIds);

    List<Span> findByLabelIdOrderByIdAsc(long labelId);

    long countByLabelId(long labelId);
}
