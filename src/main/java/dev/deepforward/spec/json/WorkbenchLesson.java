package dev.deepforward.spec.json;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.Validated;
import java.util.Set;

/**
 * The lesson step a workbench's work was set up from (the {@code lesson} field of a workbench file): saved with
 * the work, so that the file, opened again another day, still names its lesson and can open it at that step.
 * Information only: the design in the file is what opens, whether or not the lesson is still there.
 *
 * @param id    the lesson's id; the lesson catalogue finds it again when its file has moved (may be absent)
 * @param file  where the lesson was opened from: a path, or the URI of a lesson inside the app (may be absent)
 * @param step  the step, counted from 1 as the lesson panel counts them
 * @param title the lesson as the window named it ("Lesson 7 · Batch normalization"; may be absent)
 */
public record WorkbenchLesson(String id, String file, int step, String title) implements Validated {

    /** The longest title kept (a lesson's title with its number). */
    public static final int MAX_TITLE = 200;

    /** A hand-edited file may leave out all but the step. */
    public static WorkbenchLesson defaults() {
        return new WorkbenchLesson(null, null, 1, null);
    }

    public static Set<String> required() {
        return Set.of("step");
    }

    @Override
    public void validate(String path, Problems problems) {
        if (step < 1) {
            problems.add(Problems.at(path, "step"), "must be 1 or more (steps are counted from 1), found " + step);
        }
        if (blank(id) && blank(file)) {
            problems.add(path, "names no lesson: give its 'id' or its 'file'");
        }
        if (title != null && title.length() > MAX_TITLE) {
            problems.add(Problems.at(path, "title"), "at most " + MAX_TITLE + " characters, found " + title.length());
        }
    }

    /** The lesson and step in words: "Lesson 7 · Batch normalization, step 3" (the id when there is no title). */
    public String inWords() {
        String name = !blank(title) ? title.strip() : !blank(id) ? id.strip() : String.valueOf(file);
        return name + ", step " + step;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
