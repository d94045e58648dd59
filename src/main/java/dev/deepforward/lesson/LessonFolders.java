package dev.deepforward.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where lessons live, whatever the working folder: the built-in lessons that ship inside the app, and a
 * per-user folder for the student's own. The catalogue lists both; the {@code lesson} commands use the
 * built-in ones when given no path.
 */
public final class LessonFolders {

    /** A folder of built-in lessons on disk (the installers point it into the app image). */
    public static final String BUILT_IN_PROPERTY = "deepforward.lessons.builtin";
    /** The user's own lessons folder, instead of the operating system's usual place. */
    public static final String USER_PROPERTY = "deepforward.lessons.user";
    /** The one folder the catalogue lists instead of both (a teacher's folder, tests). */
    public static final String ONLY_PROPERTY = "deepforward.lessons";
    /** Where the build puts the lessons inside the jar (pom.xml copies lessons/ there). */
    static final String RESOURCE = "/dev/deepforward/builtin-lessons";

    private LessonFolders() {
    }

    /**
     * The built-in lessons: {@value #BUILT_IN_PROPERTY} if set, else the lessons packaged with the classes
     * (a folder when run from the build, a folder inside the jar when run from it), else {@code lessons}
     * in the working folder.
     */
    public static Path builtIn() {
        String set = System.getProperty(BUILT_IN_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        URL url = LessonFolders.class.getResource(RESOURCE);
        if (url == null) {
            return Path.of("lessons");
        }
        try {
            return pathOf(url.toURI());
        } catch (URISyntaxException e) {
            return Path.of("lessons");
        }
    }

    /**
     * The student's own lessons: {@value #USER_PROPERTY} if set, else the usual place for an application's
     * files: {@code %APPDATA%\DeepForward\Lessons} on Windows, {@code ~/Library/Application
     * Support/DeepForward/Lessons} on macOS, {@code $XDG_DATA_HOME/deepforward/lessons} (default
     * {@code ~/.local/share}) elsewhere. It need not exist.
     */
    public static Path user() {
        String set = System.getProperty(USER_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("DeepForward").resolve("Lessons");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/DeepForward/Lessons");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local/share");
        return base.resolve("deepforward").resolve("lessons");
    }

    /** What the catalogue lists: {@value #ONLY_PROPERTY} alone if set, else the built-in and the user's. */
    public static List<Path> catalogue() {
        String only = System.getProperty(ONLY_PROPERTY);
        if (only != null && !only.isBlank()) {
            return List.of(Path.of(only));
        }
        List<Path> folders = new ArrayList<>(List.of(builtIn()));
        Path user = user();
        if (Files.isDirectory(user)) {
            folders.add(user);
        }
        return folders;
    }

    /**
     * A lesson file as text that {@link #recall} turns back into it after a restart: a path, or the URI of
     * a lesson inside the jar.
     */
    public static String remember(Path file) {
        return file.getFileSystem() == FileSystems.getDefault() ? file.toAbsolutePath().toString()
                : file.toUri().toString();
    }

    /** The lesson file {@link #remember} gave, or null when it is gone. */
    public static Path recall(String remembered) {
        if (remembered == null || remembered.isBlank()) {
            return null;
        }
        try {
            Path p = remembered.startsWith("jar:") ? pathOf(new URI(remembered)) : Path.of(remembered);
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The path of a file or jar URI; a jar's file system is opened once and stays open for the app's life. */
    private static synchronized Path pathOf(URI uri) {
        if ("jar".equals(uri.getScheme())) {
            try {
                FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        }
        return Path.of(uri);
    }
}
