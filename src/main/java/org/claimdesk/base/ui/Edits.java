package org.claimdesk.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.DatabaseHealth;
import org.claimdesk.base.ForbiddenException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The one error policy of edits in the UI: what the user is told, and when the screen reloads. */
public final class Edits {
    private Edits() {
    }

    /**
     * Runs an edit. A refused change is told with its reason; a stale or vanished item is told and
     * {@code onStale} shows the current state; a lost database goes to the session's error
     * handler, which says the change was not saved. Anything else propagates.
     *
     * @return whether the edit went through
     */
    public static boolean attempt(Runnable edit, Runnable onStale) {
        try {
            edit.run();
            return true;
        } catch (InvalidInputException | ForbiddenException e) {
            Notifications.error(e.getMessage());
        } catch (ConflictException | ObjectOptimisticLockingFailureException | NotFoundException e) {
            Notifications.error((e instanceof ConflictException ? e.getMessage()
                    : "This item was changed or removed elsewhere.") + " Showing the current state.");
            onStale.run();
        } catch (RuntimeException e) {
            if (!DatabaseHealth.isConnectionFailure(e) || VaadinSession.getCurrent() == null) {
                throw e;
            }
            // the change was not stored: say so, and let the caller drop what it showed as pending
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        return false;
    }
}
