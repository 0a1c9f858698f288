package org.claimdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.DatabaseHealth;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.NulRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when an action fails in a way its screen did not handle: a lost database
 * connection says so (and that the change was not saved) instead of a stack trace; a refused change
 * gets its reason; anything else a plain message while the details go to the log.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);
    private final DatabaseHealth health;

    UiErrorHandler(DatabaseHealth health) {
        this.health = health;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(error);
        if (message == null) {
            log.error("Unhandled error in the UI", error);
            message = "Something went wrong and the action was not completed. Reload the page and try again.";
        }
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }

    private String messageFor(Throwable error) {
        if (DatabaseHealth.isConnectionFailure(error)) {
            health.report(error);
            log.warn("An action failed: the database cannot be reached ({})", error.toString());
            return "The database cannot be reached, so this change was not saved. ClaimDesk reconnects by itself:"
                    + " try again when the \"connection lost\" bar is gone.";
        }
        if (NulRefusal.isCause(error)) {
            return NulRefusal.MESSAGE;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof ConflictException || t instanceof ForbiddenException
                    || t instanceof NotFoundException) {
                return t.getMessage();
            }
            if (t instanceof ObjectOptimisticLockingFailureException) {
                return "Somebody else changed this item first; reload and try again.";
            }
        }
        return null;
    }
}
