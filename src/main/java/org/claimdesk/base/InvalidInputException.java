package org.claimdesk.base;

/** Input that breaks a rule; the message is written for the person who sent it. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
