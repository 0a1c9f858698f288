package org.claimdesk.security;

import java.util.List;
import org.claimdesk.base.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** User names made before they were compared ignoring case, listed at each start when two collide. */
@Component
class UserNameCollisionLog {
    private static final Logger log = LoggerFactory.getLogger(UserNameCollisionLog.class);
    private final UserRepository users;

    UserNameCollisionLog(UserRepository users) {
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void listCollisions() {
        for (List<String> group : TextRules.collisions(users.allUsernames())) {
            log.warn("User names that differ only in case (new ones may not): {}", group);
        }
    }
}
