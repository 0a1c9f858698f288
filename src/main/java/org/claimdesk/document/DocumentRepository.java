package org.claimdesk.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {
    Optional<Document> findByProjectIdAndSha256(long projectId, String sha256);

    boolean existsByProjectIdAndExternalId(long projectId, String externalId);

    @Query(value = """
            select * from document where project_id = :projectId and (source_url = :reference
              or external_id = :key or (external_id is null and substr(sha256, 1, 16) = :key))
            order by id limit 1""", nativeQuery = true)
    List<Document> findByReference(long projectId, String reference, String key);

    long countByProjectId(long projectId);

    /** Rows for the documents list without loading the texts. */
    @Query("select new org.claimdesk.document.DocumentRepository$Row(d.id, d.title, d.lengthCp) "
            + "from Document d where d.projectId = ?1 order by d.id")
    List<Row> listRows(long projectId, Pageable page);

    @Query("select d.projectId from Document d where d.id = ?1")
    Optional<Long> projectOf(long documentId);

    record Row(long id, String title, int lengthCp) {
    }
}
