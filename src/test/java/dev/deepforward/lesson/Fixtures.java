package dev.deepforward.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Shared test inputs. */
final class Fixtures {

    /** The ids the data catalogue will offer. */
    static final Set<String> DATASETS = Set.of("circle", "xor", "gaussians", "spiral", "spiral3", "plane", "bump",
            "mnist", "digits", "iris", "csv", "idx");

    static final Path SHIPPED = Path.of("lessons", "03-vanishing-gradients.json");

    private Fixtures() {
    }

    static String resource(String name) {
        try (var in = Fixtures.class.getResourceAsStream("/lessons/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource lessons/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
