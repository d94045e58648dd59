package dev.deepforward.data;

import dev.deepforward.spec.io.BoundedInput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the shipped data files (the {@code assets/} folder of the repository).
 *
 * <p>Looked for, in this order: the folder named by the system property {@value #PROPERTY}; {@code assets/}
 * in the working directory (the repository root for {@code mvn test}, {@code mvn javafx:run} and
 * {@code java -jar target/deepforward.jar}); {@code assets/} beside the jar or classes folder this class was
 * loaded from, and one level up (so {@code target/deepforward.jar} finds the repository's assets from any
 * working directory); and last the class path under {@code /assets/}, so a jar that bundles them works
 * anywhere. The first place that holds the requested file wins.
 */
public final class Assets {

    /** System property naming an assets folder to use before any other. */
    public static final String PROPERTY = "deepforward.assets";

    private final List<Path> folders;
    private final boolean classpath;

    private Assets(List<Path> folders, boolean classpath) {
        this.folders = List.copyOf(folders);
        this.classpath = classpath;
    }

    /** The usual search order described above. */
    public static Assets standard() {
        Set<Path> folders = new LinkedHashSet<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            folders.add(Path.of(property).toAbsolutePath().normalize());
        }
        folders.add(Path.of("assets").toAbsolutePath().normalize());
        Path code = codeLocation();
        if (code != null) {
            // target/classes -> target/classes, target, repository root; target/x.jar -> target, repository root
            boolean classesFolder = Files.isDirectory(code);
            Path dir = classesFolder ? code : code.getParent();
            for (int up = 0; up < (classesFolder ? 3 : 2) && dir != null; up++, dir = dir.getParent()) {
                folders.add(dir.resolve("assets").normalize());
            }
        }
        return new Assets(new ArrayList<>(folders), true);
    }

    /** Only {@code folder}: for tests, and for a user who points the app at a copy. */
    public static Assets in(Path folder) {
        return new Assets(List.of(folder.toAbsolutePath().normalize()), false);
    }

    /** Whether {@code path} lies in one of the asset folders: a file shipped with the app. */
    public boolean contains(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return folders.stream().anyMatch(p::startsWith);
    }

    /** The folder at {@code relative} (e.g. {@code workbenches}) in the first asset folder holding it, or null. */
    public Path directory(String relative) {
        for (Path folder : folders) {
            Path candidate = folder.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The file at {@code relative} (e.g. {@code mnist/train-images-idx3-ubyte.gz}) in the first folder holding it. */
    public Path file(String relative) {
        for (Path folder : folders) {
            Path candidate = folder.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Opens the asset at {@code relative}, from a folder or the class path; the stream is not decompressed. */
    public InputStream open(String relative) throws DataException {
        Path file = file(relative);
        try {
            if (file != null) {
                return BoundedInput.open(file, BoundedInput.DATA_FILE_BYTES, "a data file");
            }
        } catch (IOException e) {
            throw new DataException(relative, "shipped file cannot be read: " + e.getMessage(), e);
        }
        InputStream bundled = classpath ? Assets.class.getResourceAsStream("/assets/" + relative) : null;
        if (bundled == null) {
            throw new DataException(relative, "shipped file not found; looked in " + describe()
                    + " (set -D" + PROPERTY + "=<folder> to point at the assets folder)");
        }
        return bundled;
    }

    /** The places searched, for messages. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Path folder : folders) {
            sb.append(sb.length() == 0 ? "" : ", ").append(folder);
        }
        if (classpath) {
            sb.append(", the class path /assets");
        }
        return sb.toString();
    }

    private static Path codeLocation() {
        try {
            CodeSource source = Assets.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            // an unusual class loader: the other places are still searched
            return null;
        }
    }
}
