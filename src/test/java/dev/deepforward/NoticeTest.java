package dev.deepforward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The NOTICE that ships in the jar (and the installers, and Help → About) names every library the app runs
 * on, at the version it runs on. Maven writes the runtime dependencies to
 * {@code target/runtime-dependencies.txt} before the tests (dependency:list, offline: they are resolved
 * already), so a new or bumped dependency fails here until the NOTICE says so.
 */
class NoticeTest {

    /** {@code   group:artifact:jar[:classifier]:version -- module ...} as dependency:list writes it. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s+([\\w.\\-]+):([\\w.\\-]+):jar(?::[\\w.\\-]+)?:([\\w.\\-]+)(?:\\s.*)?$");

    private record Artifact(String group, String artifact, String version) {
    }

    private static List<Artifact> runtimeDependencies() throws IOException {
        Path list = Path.of("target", "runtime-dependencies.txt");
        assertTrue(Files.isRegularFile(list), list + " is written by dependency:list in generate-test-resources");
        List<Artifact> out = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                out.add(new Artifact(m.group(1), m.group(2), m.group(3)));
            }
        }
        return out;
    }

    private static String notice() throws IOException {
        return Files.readString(Path.of("src", "main", "resources", "META-INF", "NOTICE"), StandardCharsets.UTF_8);
    }

    private static boolean namesWord(String text, String word) {
        return Pattern.compile("(?<![\\w\\-.])" + Pattern.quote(word) + "(?![\\w\\-])", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }

    @Test
    void theDependencyListIsThereAndHasTheLibrariesTheAppCannotRunWithout() throws IOException {
        List<String> names = runtimeDependencies().stream().map(Artifact::artifact).toList();
        assertTrue(names.contains("nd4j-native") && names.contains("javafx-controls") && names.contains("picocli"),
                "runtime dependencies read: " + names);
    }

    @Test
    void theNoticeNamesEveryRuntimeLibraryAtTheVersionThatShips() throws IOException {
        String notice = notice();
        List<String> missing = new ArrayList<>();
        for (Artifact a : runtimeDependencies()) {
            if (!namesWord(notice, a.artifact())) {
                missing.add(a.group() + ":" + a.artifact() + " (not named)");
            } else if (!namesWord(notice, a.version())) {
                missing.add(a.group() + ":" + a.artifact() + ":" + a.version() + " (version not named)");
            }
        }
        assertEquals(List.of(), missing, "add these to src/main/resources/META-INF/NOTICE");
    }
}
