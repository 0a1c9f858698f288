package org.claimdesk.project;

import java.util.List;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends JpaRepository<Project, Long> {
    @Query("select p from Project p where lower(p.name) = lower(?1)")
    Optional<Project> findByNameIgnoreCase(String name);

    /** A project whose name counts as the same as {@code key}: case folded, {@code invisible} removed. */
    @Query(value = "select p.* from project p where lower(regexp_replace(p.name, :invisible, '', 'g')) = :key limit 1",
            nativeQuery = true)
    Optional<Project> findByComparableName(@Param("key") String key, @Param("invisible") String invisible);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = ?1")
    Optional<Project> lockById(long id);

    @Query("select p.name from Project p")
    List<String> allNames();

    @Query("select p from Project p, ProjectMember m where m.projectId = p.id and m.userId = ?1 order by lower(p.name)")
    List<Project> findForMember(long userId);
}
