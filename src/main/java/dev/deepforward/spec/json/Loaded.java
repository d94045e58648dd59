package dev.deepforward.spec.json;

import java.util.List;

/**
 * The result of reading a file: the value when the file is valid, and every problem found.
 *
 * @param value    the value, or {@code null} when there are problems
 * @param problems every problem, in file order
 */
public record Loaded<T>(T value, List<FileProblem> problems) {

    public Loaded {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && value != null;
    }
}
