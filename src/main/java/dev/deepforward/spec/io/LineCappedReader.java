package dev.deepforward.spec.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a text record longer than a cap, so one endless line (a gzip bomb of a single line, a binary
 * file read as text) fails with a message instead of growing a string until the heap is gone. A record
 * is the text between line breaks that are not inside a double-quoted field: CSV fields may hold line
 * breaks, and a quote that is never closed would otherwise make the rest of the file one field.
 * ({@code ""} inside quotes flips the state twice, so counting quotes is enough.)
 */
public final class LineCappedReader extends FilterReader {

    private final long maxChars;
    private final boolean quoteAware;
    private long recordChars;
    private long line = 1;
    private long recordStartLine = 1;
    private boolean quoted;

    /**
     * @param quoteAware whether a line break inside double quotes continues the record (CSV), or every
     *                   line break ends one
     */
    public LineCappedReader(Reader in, long maxChars, boolean quoteAware) {
        super(in);
        this.maxChars = maxChars;
        this.quoteAware = quoteAware;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = 0; i < n; i++) {
            see(buffer[off + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(char c) throws InputRefusedException {
        if (c == '\n') {
            line++;
            if (!quoted) {
                recordChars = 0;
                recordStartLine = line;
                return;
            }
        } else if (c == '"' && quoteAware) {
            quoted = !quoted;
        }
        if (++recordChars > maxChars) {
            throw new InputRefusedException("line " + recordStartLine + (line > recordStartLine
                    ? " starts a record (a quoted field that goes on over line breaks) longer than "
                    : " is longer than ") + String.format("%,d", maxChars) + " characters");
        }
    }
}
