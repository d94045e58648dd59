package dev.deepforward.spec;

/**
 * One thing wrong with a spec or a lesson.
 *
 * @param path    where, as a JSON path such as {@code network.hidden[2].units}
 * @param message what is wrong, as a sentence fragment that reads after the path
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path == null || path.isEmpty() ? message : path + ": " + message;
    }
}
