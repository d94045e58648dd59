package dev.deepforward.spec;

import dev.deepforward.spec.io.BoundedInput;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The one rule for a data file named inside another file (a run spec, a workbench file, a lesson): the
 * name is resolved against the folder of the file that names it, never against the working directory,
 * so a spec trains on the same data wherever the program is started. URLs, {@code ~} and anything under
 * {@code /dev}, {@code /proc} or {@code /sys} are refused everywhere; the named file must be a readable
 * regular file. Lessons, which people share, are stricter still ({@code lesson.LessonPaths}: relative
 * paths inside the lesson's folder only); run specs and workbench files, which users choose and write
 * themselves, may also use absolute paths and {@code ..}.
 */
public final class DataPaths {

    /** {@code http:}, {@code file:}; a Windows drive {@code C:} has a one-letter scheme and is a path. */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private DataPaths() {
    }

    /**
     * Adds a problem at {@code path} if {@code value} names no usable file; with {@code folder} null only
     * the form of the name is checked, and with {@code mustExist} false a missing file is let through
     * (a workbench keeps its design when its data moved; loading the data then says so).
     */
    public static void check(String value, String path, Path folder, boolean mustExist, Problems problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (URL.matcher(value).find()) {
            problems.add(path, "'" + value + "' is a URL; name a file on this computer");
            return;
        }
        if (value.startsWith("~")) {
            problems.add(path, "'" + value + "' starts with '~', which only a shell expands; write the path in full"
                    + " or relative to this file's folder");
            return;
        }
        Path file;
        try {
            file = resolve(value, folder == null ? Path.of("") : folder);
        } catch (InvalidPathException e) {
            problems.add(path, "'" + value + "' is not a usable path: " + e.getReason());
            return;
        }
        String refusal = BoundedInput.refusal(file);
        boolean missing = "no such file".equals(refusal);
        if (refusal != null && (folder != null || refusal.startsWith("is in /")) && (mustExist || !missing)) {
            problems.add(path, "'" + value + "' " + (missing
                    ? "does not exist" + (Path.of(value).isAbsolute() ? "" : " in " + folder) : refusal));
        }
    }

    /** {@code value} as a path: absolute as written, relative against {@code folder}; normalized. */
    public static Path resolve(String value, Path folder) {
        Path p = Path.of(value);
        return (p.isAbsolute() ? p : folder.toAbsolutePath().resolve(p)).normalize();
    }

    /** {@code d} with its file and label file resolved against {@code folder}. */
    public static DataSpec resolve(DataSpec d, Path folder) {
        if (d == null || folder == null || d.file() == null && d.labelFile() == null) {
            return d;
        }
        return new DataSpec(d.dataset(), resolveName(d.file(), folder), resolveName(d.labelFile(), folder),
                d.labelColumn(), d.samples(), d.noise(), d.validationFraction(), d.testFraction(), d.normalize(),
                d.jitter(), d.shift(), d.classes(), d.testNoise());
    }

    /** Checks a data spec's file and label file (for csv and idx datasets). */
    public static void check(DataSpec d, String path, Path folder, boolean mustExist, Problems problems) {
        if (d == null || !"csv".equals(d.dataset()) && !"idx".equals(d.dataset())) {
            return; // other datasets read no file of the user's
        }
        check(d.file(), Problems.at(path, "file"), folder, mustExist, problems);
        check(d.labelFile(), Problems.at(path, "labelFile"), folder, mustExist, problems);
    }

    private static String resolveName(String value, Path folder) {
        if (value == null || value.isBlank()) {
            return value;
        }
        try {
            return resolve(value, folder).toString();
        } catch (InvalidPathException e) {
            return value; // reported by check; reading it then fails with its own message
        }
    }
}
