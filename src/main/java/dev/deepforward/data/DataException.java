package dev.deepforward.data;

/**
 * The one error for data that cannot be used: a file that is missing, malformed, truncated, too large,
 * or a data spec that asks for something the data does not have.
 *
 * <p>It is checked on purpose: a bad file is an ordinary outcome of opening a user's file, and the
 * compiler should make every caller (the UI, the CLI) decide how to show it. The message always starts
 * with where the problem is — {@code iris.csv:17: …} for a line, {@code train.idx: byte 8: …} for an
 * offset — so it can be shown as it is, without a stack trace.
 *
 * <p>Not named {@code DataFormatException} because {@code java.util.zip} already has one, and the IDX
 * reader works next to {@code java.util.zip}.
 */
public final class DataException extends Exception {

    private final String source;

    /** A problem with {@code source} as a whole (a file name, or a dataset id). */
    public DataException(String source, String detail) {
        super(source + ": " + detail);
        this.source = source;
    }

    /** A problem with {@code source} as a whole, caused by a lower-level failure. */
    public DataException(String source, String detail, Throwable cause) {
        super(source + ": " + detail, cause);
        this.source = source;
    }

    /** A problem on one line of a text file; lines count from 1. */
    public static DataException atLine(String source, long line, String detail) {
        return new DataException(source + ":" + line, detail);
    }

    /** A problem in one cell of a table: line from 1, column the field's number from 1. */
    public static DataException atCell(String source, long line, int column, String detail) {
        return new DataException(source + ":" + line + ":" + column, detail);
    }

    /** A problem at a byte offset of a binary file; offsets count from 0. */
    public static DataException atByte(String source, long offset, String detail) {
        return new DataException(source, "byte " + offset + ": " + detail);
    }

    /** Where the problem is: the file name (with {@code :line} for text files) or the dataset id. */
    public String source() {
        return source;
    }
}
