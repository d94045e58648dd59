package dev.deepforward.ui.files;

import dev.deepforward.data.Assets;
import java.nio.file.Path;

/**
 * Files shipped with the app — the workbenches under {@code assets/workbenches} and the bundled lessons —
 * open as templates: a person's work is never saved over them.
 */
final class ShippedFiles {

    /** The folder of the app's lessons (the same property the lesson player reads). */
    private static final String LESSONS_PROPERTY = "deepforward.lessons";

    private ShippedFiles() {
    }

    static boolean isShipped(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path lessons = Path.of(System.getProperty(LESSONS_PROPERTY, "lessons")).toAbsolutePath().normalize();
        return Assets.standard().contains(p) || p.startsWith(lessons);
    }

    /** The shipped workbenches, where File → Open starts the first time; null when not found. */
    static Path workbenchesFolder() {
        return Assets.standard().directory("workbenches");
    }
}
