package org.claimdesk.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabelRepository extends JpaRepository<Label, Long> {
    List<Label> findByProjectIdOrderBySortOrderAscIdAsc(long projectId);
}
