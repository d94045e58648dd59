package dev.deepforward.ui.files;

import dev.deepforward.lesson.LectureTracks;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.SpecJson;
import dev.deepforward.spec.json.WorkbenchParts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a file handed to the window (by the desktop, the command line or Open) is a lesson, a lecture track
 * or a workbench.
 */
public enum FileKind {
    LESSON, TRACK, WORKBENCH;

    /**
     * By extension ({@code .dflesson}, {@code .dfw}, {@code .dftrack}); any other file is a track when its
     * top-level object has {@code track} (and no {@code steps}), as {@code validate} knows one, else a lesson when
     * its JSON looks like one as {@code validate} decides it (not a workbench's {@code format} and {@code spec},
     * and {@link LessonLoader#looksLikeLesson}: {@code format} or {@code steps}, or more of a lesson's fields than
     * of a spec's), so a lesson with a typo is still a lesson and its own errors are reported. Anything
     * unreadable counts as a workbench, whose loader then reports the problem with its file and line.
     */
    public static FileKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("." + LessonLoader.EXTENSION)) {
            return LESSON;
        }
        if (name.endsWith("." + WorkbenchFiles.EXTENSION)) {
            return WORKBENCH;
        }
        if (name.endsWith("." + LectureTracks.EXTENSION)) {
            return TRACK;
        }
        try {
            Object root = JsonTreeReader.read(SpecJson.readText(file), file.toString()).root();
            if (root instanceof Map<?, ?> track && track.containsKey("track") && !track.containsKey("steps")) {
                return TRACK; // a track saved as .json, known by its field as validate knows it
            }
            return !WorkbenchParts.looksLikeWorkbench(name, root) && LessonLoader.looksLikeLesson(root) ? LESSON : WORKBENCH;
        } catch (SpecJson.UnreadableFileException | JsonSyntaxException e) {
            return WORKBENCH;
        }
    }
}
