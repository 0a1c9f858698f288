package org.claimdesk.project;

import java.util.List;
import org.claimdesk.base.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * New project names may not collide with old ones ignoring case and invisible characters; names
 * that collided before that rule stay as they are, and each start lists them so an owner can
 * rename one.
 */
@Component
class NameCollisionLog {
    private static final Logger log = LoggerFactory.getLogger(NameCollisionLog.class);
    private final ProjectRepository projects;

    NameCollisionLog(ProjectRepository projects) {
        this.projects = projects;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void listCollisions() {
        List<List<String>> groups = TextRules.collisions(projects.allNames());
        for (List<String> group : groups) {
            log.warn("Project names that people cannot tell apart (same ignoring case and invisible characters): {}",
                    group.stream().map(TextRules::quote).toList());
        }
    }
}
