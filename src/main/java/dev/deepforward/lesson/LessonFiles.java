package dev.deepforward.lesson;

import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding lesson and spec files under folders, shared by the catalogue and the validator. */
final class LessonFiles {

    private LessonFiles() {
    }

    /**
     * Every {@code *.json} and {@code *.dflesson} file under {@code folder}, in a stable (sorted) order;
     * problems if it cannot be listed.
     */
    static List<Path> jsonFiles(Path folder, List<FileProblem> problems) {
        return files(folder, List.of(".json", "." + LessonLoader.EXTENSION), problems);
    }

    /** Every file under {@code folder} whose name ends with one of {@code endings}, sorted; problems as above. */
    static List<Path> files(Path folder, List<String> endings, List<FileProblem> problems) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return endings.stream().anyMatch(name::endsWith);
                    })
                    .sorted()
                    .forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
            problems.add(new FileProblem(folder.toString(), JsonLocation.START, "", "cannot be listed: " + e.getMessage()));
        }
        return out;
    }
}
