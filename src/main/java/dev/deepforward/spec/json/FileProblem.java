package dev.deepforward.spec.json;

/**
 * A problem in a file, printed the way compilers do so editors can jump to it:
 * {@code lessons/vanishing.json:12:7: steps[1].setup.network.hidden[0].units: must be between 1 and 4096}.
 *
 * @param file     the file as the user named it
 * @param location where in the file
 * @param path     the JSON path of the offending value (may be empty for syntax errors)
 * @param message  what is wrong
 */
public record FileProblem(String file, JsonLocation location, String path, String message) {

    @Override
    public String toString() {
        return file + ":" + location.line() + ":" + location.column() + ": "
                + (path == null || path.isEmpty() ? "" : path + ": ") + message;
    }

    /**
     * The problem for a reader who sees the file named above it: {@code line 12, column 7, at
     * steps[1].setup.network.hidden[0].units: must be between 1 and 4096}.
     */
    public String inWords() {
        return "line " + location.line() + ", column " + location.column()
                + (path == null || path.isEmpty() ? "" : ", at " + path) + ": " + message;
    }
}
