package org.claimdesk.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {
    @Query("select p from Project p where lower(p.name) = lower(?1)")
    Optional<Project> findByNameIgnoreCase(String name);

    @Query("select p from Project p, ProjectMember m where m.projectId = p.id and m.userId = ?1 order by lower(p.name)")
    List<Project> findForMember(long userId);
}
