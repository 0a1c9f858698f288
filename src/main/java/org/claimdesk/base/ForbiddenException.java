package org.claimdesk.base;

/** The caller can see the thing but their role does not allow this action. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
