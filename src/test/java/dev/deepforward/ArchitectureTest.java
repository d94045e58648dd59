package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers pointing one way (src/site/markdown/architecture.md): a package never imports one to its right,
 * the spec stays free of ND4J and JavaFX, and the UI never touches an ND4J array.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/deepforward");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Package → import prefixes it must not use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "spec", List.of("dev.deepforward.data", "dev.deepforward.engine", "dev.deepforward.lesson",
                    "dev.deepforward.claims", "dev.deepforward.ui", "dev.deepforward.cli", "org.nd4j",
                    "org.deeplearning4j", "javafx"),
            "data", List.of("dev.deepforward.engine", "dev.deepforward.lesson", "dev.deepforward.claims",
                    "dev.deepforward.ui", "dev.deepforward.cli", "org.nd4j", "org.deeplearning4j", "javafx"),
            "lesson", List.of("dev.deepforward.engine", "dev.deepforward.claims", "dev.deepforward.ui",
                    "dev.deepforward.cli", "org.nd4j", "org.deeplearning4j", "javafx"),
            "engine", List.of("dev.deepforward.lesson", "dev.deepforward.claims", "dev.deepforward.analysis",
                    "dev.deepforward.ui", "dev.deepforward.cli", "javafx", "org.deeplearning4j"),
            "analysis", List.of("dev.deepforward.ui", "dev.deepforward.cli", "dev.deepforward.lesson", "org.nd4j",
                    "org.deeplearning4j", "javafx"),
            // claims joins lesson and engine, which must not know each other; it stays headless
            "claims", List.of("dev.deepforward.ui", "dev.deepforward.cli", "javafx", "org.deeplearning4j"),
            "ui", List.of("dev.deepforward.cli", "org.nd4j", "org.deeplearning4j"),
            "cli", List.of("dev.deepforward.ui", "javafx", "org.deeplearning4j"));

    @Test
    void layersOnlyImportLeftwards() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            Path dir = MAIN.resolve(rule.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String imported = m.group(1);
                        for (String bad : rule.getValue()) {
                            if (imported.startsWith(bad)) {
                                violations.add(MAIN.relativize(file) + " imports " + imported);
                            }
                        }
                    }
                }
            }
        }
        assertThat(files).as("source files checked").isGreaterThan(10);
        assertThat(violations).isEmpty();
    }
}
