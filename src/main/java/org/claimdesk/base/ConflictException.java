package org.claimdesk.base;

/** Somebody else changed the same thing first, or it already exists. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
