package org.claimdesk.base;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule; the message is written for the person who sent it. The field, when
 * known, is the name the client sent it under, so that a form or a script can point at it.
 */
public class InvalidInputException extends RuntimeException {
    private final @Nullable String field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    public InvalidInputException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
