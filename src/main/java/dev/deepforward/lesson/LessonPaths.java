package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the file paths a lesson names (dataset files, figures). A lesson is data that people share, so
 * opening it must never read anything outside its own folder: paths must be relative, use {@code /}, and
 * not climb out with {@code ..}; URLs are refused outright. When the folder is known the file must also
 * exist (after resolving symbolic links, still inside the folder).
 */
final class LessonPaths {

    /** {@code http:}, {@code file:}, and also a Windows drive {@code C:}, which is absolute. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LessonPaths() {
    }

    /**
     * Adds a problem at {@code path} unless {@code value} is a safe relative path (with one of
     * {@code extensions}, when given) of a file inside {@code folder} (not checked when folder is null).
     */
    static void check(String value, String path, Path folder, List<String> extensions, Problems problems) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            problems.add(path, "must not be empty");
            return;
        }
        if (value.length() > 1 && SCHEME.matcher(value).find() && value.charAt(1) != ':') {
            problems.add(path, "'" + value + "' is a URL; a lesson may only name files in its own folder");
            return;
        }
        if (value.startsWith("/") || value.startsWith("\\") || value.startsWith("~") || SCHEME.matcher(value).find()) {
            problems.add(path, "'" + value + "' is an absolute path; use a path relative to the lesson's folder");
            return;
        }
        if (value.indexOf('\\') >= 0) {
            problems.add(path, "'" + value + "' uses '\\'; separate folders with '/'");
            return;
        }
        int depth = 0;
        for (String part : value.split("/")) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    problems.add(path, "'" + value + "' leaves the lesson's folder; files must be inside it");
                    return;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        if (extensions != null) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (extensions.stream().noneMatch(e -> lower.endsWith("." + e))) {
                problems.add(path, "'" + value + "' must be a " + String.join(", ", extensions) + " file");
                return;
            }
        }
        if (folder != null) {
            checkExists(value, path, folder, problems);
        }
    }

    private static void checkExists(String value, String path, Path folder, Problems problems) {
        try {
            Path file = folder.resolve(value).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(path, "no file '" + value + "' in the lesson's folder");
                return;
            }
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                problems.add(path, "'" + value + "' links to a file outside the lesson's folder");
            }
        } catch (InvalidPathException | IOException e) {
            problems.add(path, "'" + value + "' is not a usable path: " + e.getMessage());
        }
    }
}
