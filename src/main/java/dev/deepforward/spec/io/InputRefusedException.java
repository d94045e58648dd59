package dev.deepforward.spec.io;

import java.io.IOException;

/**
 * A file the bounded reader will not read (not a regular file, a system folder) or stopped reading (past
 * its byte budget, a line past the line cap). The message is a sentence about the file for a person,
 * without its name, so each caller can put the name in its own form ({@code file: message},
 * {@code file:line: message}).
 *
 * <p>It is an {@link IOException} so that it travels through stream wrappers (a gzip decompressor, a
 * {@code Reader}) unchanged.
 */
public final class InputRefusedException extends IOException {

    public InputRefusedException(String message) {
        super(message);
    }
}
