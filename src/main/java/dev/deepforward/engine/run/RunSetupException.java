package dev.deepforward.engine.run;

/** A run cannot be set up: the spec is invalid or its data cannot be loaded. The message says why. */
public final class RunSetupException extends Exception {

    public RunSetupException(String message, Throwable cause) {
        super(message, cause);
    }

    public RunSetupException(String message) {
        super(message);
    }
}
