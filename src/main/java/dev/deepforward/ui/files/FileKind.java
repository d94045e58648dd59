package dev.deepforward.ui.files;

import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.SpecJson;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Whether a file handed to the window (by the desktop or the command line) is a lesson or a workbench. */
public enum FileKind {
    LESSON, WORKBENCH;

    /**
     * By extension ({@code .dflesson}, {@code .dfw}); a {@code .json} file is a lesson when its top-level
     * object has {@code steps}. Anything unreadable counts as a workbench, whose loader then reports the
     * problem with its file and line.
     */
    public static FileKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("." + LessonLoader.EXTENSION)) {
            return LESSON;
        }
        if (name.endsWith("." + WorkbenchFiles.EXTENSION)) {
            return WORKBENCH;
        }
        try {
            Object root = JsonTreeReader.read(SpecJson.readText(file), file.toString()).root();
            return root instanceof Map<?, ?> map && map.containsKey("steps") ? LESSON : WORKBENCH;
        } catch (SpecJson.UnreadableFileException | JsonSyntaxException e) {
            return WORKBENCH;
        }
    }
}
