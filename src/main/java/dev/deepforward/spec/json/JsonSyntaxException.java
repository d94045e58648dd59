package dev.deepforward.spec.json;

/** The text is not JSON at all; carries the one problem with its file, line and column. */
public final class JsonSyntaxException extends Exception {

    private final FileProblem problem;

    public JsonSyntaxException(FileProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }
}
