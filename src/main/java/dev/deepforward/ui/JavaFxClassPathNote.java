package dev.deepforward.ui;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Keeps one JavaFX start-up line off the terminal: "Unsupported JavaFX configuration: classes were loaded from
 * 'unnamed module @…'". JavaFX logs it whenever it runs from the class path, which this app does on purpose
 * (ND4J cannot run as a module; see {@code Launcher}), so it says nothing a person can act on. Only that one
 * message is dropped: every other JavaFX warning, and that message from a JavaFX loaded some other wrong way
 * (a named module that is not javafx.graphics), still reaches the log.
 */
public final class JavaFxClassPathNote {

    /** The logger JavaFX's platform start-up writes to (java.util.logging, through System.Logger). */
    static final String LOGGER = "javafx";
    static final String MESSAGE = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    /** Held here: java.util.logging keeps loggers weakly, and a collected logger would lose its filter. */
    private static Logger logger;

    private JavaFxClassPathNote() {
    }

    /** Installs the filter before JavaFX starts; idempotent. */
    public static synchronized void quiet() {
        if (logger != null) {
            return;
        }
        logger = Logger.getLogger(LOGGER);
        Filter before = logger.getFilter();
        logger.setFilter(record -> !isTheClassPathNote(record.getMessage())
                && (before == null || before.isLoggable(record)));
    }

    static boolean isTheClassPathNote(String message) {
        return message != null && message.startsWith(MESSAGE);
    }
}
