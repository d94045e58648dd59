package dev.deepforward.spec.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and refuses to go past a budget. The budget is counted, not looked
 * up: {@code Files.size()} is 0 for {@code /dev/zero} and {@code /proc} files and unknown for pipes, and
 * says nothing about what a gzip stream expands to.
 */
final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private final String what;
    private long count;

    /** @param what how the refusal names the budget, e.g. "a data file" or "a data file once decompressed" */
    CountingInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // Never read more than one byte past the budget, so a refusal costs at most the buffer it fills.
        int n = super.read(b, off, (int) Math.min(len, Math.max(1, limit - count + 1)));
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) throws InputRefusedException {
        count += n;
        if (count > limit) {
            throw new InputRefusedException("is larger than " + BoundedInput.describeBytes(limit)
                    + ", the most this app reads for " + what);
        }
    }
}
