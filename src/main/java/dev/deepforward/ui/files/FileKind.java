package dev.deepforward.ui.files;

import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.SpecJson;
import dev.deepforward.spec.json.WorkbenchParts;
import java.nio.file.Path;
import java.util.Locale;

/** Whether a file handed to the window (by the desktop or the command line) is a lesson or a workbench. */
public enum FileKind {
    LESSON, WORKBENCH;

    /**
     * By extension ({@code .dflesson}, {@code .dfw}); any other file is a lesson when its JSON looks like one
     * as {@code validate} decides it (not a workbench's {@code format} and {@code spec}, and
     * {@link LessonLoader#looksLikeLesson}: {@code format} or {@code steps}, or more of a lesson's fields than
     * of a spec's), so a lesson with a typo
     * is still a lesson and its own errors are reported. Anything unreadable counts as a workbench, whose
     * loader then reports the problem with its file and line.
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
            return !WorkbenchParts.looksLikeWorkbench(name, root) && LessonLoader.looksLikeLesson(root) ? LESSON : WORKBENCH;
        } catch (SpecJson.UnreadableFileException | JsonSyntaxException e) {
            return WORKBENCH;
        }
    }
}
