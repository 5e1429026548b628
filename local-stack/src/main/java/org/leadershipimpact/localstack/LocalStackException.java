package org.leadershipimpact.localstack;

/** A reason the local stack cannot start, worded for the person who ran it. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
