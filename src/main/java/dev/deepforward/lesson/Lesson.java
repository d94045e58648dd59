package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.Validated;
import java.nio.file.Path;
import java.util.List;

/**
 * A lesson: a sequence of steps that set up runs, explain them, ask questions about them and make
 * checkable claims about what they show. Read with {@link LessonLoader}; the file format is described in
 * LESSON_FORMAT.md.
 *
 * <p>Fields the format requires are nullable here so that a file missing one can still be bound and
 * every other problem reported; {@link #validate} reports the missing ones.
 *
 * @param format   the file format version; this code reads {@value #FORMAT}
 * @param id       unique in a catalogue: lower-case letters, digits and hyphens
 * @param title    the lesson's name
 * @param summary  one paragraph (Markdown-lite) for the catalogue
 * @param level    beginner, intermediate or advanced
 * @param minutes  the time a reader needs, roughly
 * @param order    position in the catalogue (lessons without one follow, by id)
 * @param concepts tags from the closed {@link Concept} vocabulary
 * @param steps    the steps, at least one
 * @param prerequisites ids of the lessons to take first (the catalogue's path); may name lessons of other folders
 * @param objectives what a reader can do after the lesson, one Markdown-lite sentence each
 */
public record Lesson(
        Integer format,
        String id,
        String title,
        String summary,
        Level level,
        Integer minutes,
        Integer order,
        List<Concept> concepts,
        List<Step> steps,
        List<String> prerequisites,
        List<String> objectives) implements Validated {

    /** The one format version this code reads and writes. */
    public static final int FORMAT = 1;

    public Lesson {
        concepts = Lists.copy(concepts);
        steps = Lists.copy(steps);
        prerequisites = Lists.copy(prerequisites);
        objectives = Lists.copy(objectives);
    }

    /** A lesson without prerequisites or objectives. */
    public Lesson(Integer format, String id, String title, String summary, Level level, Integer minutes,
                  Integer order, List<Concept> concepts, List<Step> steps) {
        this(format, id, title, summary, level, minutes, order, concepts, steps, List.of(), List.of());
    }

    public static Lesson defaults() {
        return new Lesson(null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    public Lesson withSteps(List<Step> s) {
        return new Lesson(format, id, title, summary, level, minutes, order, concepts, s, prerequisites, objectives);
    }

    /**
     * Checks everything that does not depend on where the lesson lives: any dataset id is accepted and
     * files are not looked for. {@link LessonLoader} checks those as well.
     */
    @Override
    public void validate(String path, Problems problems) {
        new LessonValidator(null, null).validate(this, path, problems);
    }

    /**
     * The runs of every step: its effective spec (its own setup, or the previous step's) and its variants'
     * specs. Throws when the lesson is invalid; a lesson returned by {@link LessonLoader} never is.
     */
    public List<StepRuns> runs() {
        Problems problems = new Problems();
        LessonValidator validator = new LessonValidator(null, null);
        validator.validate(this, "", problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid lesson:\n" + problems);
        }
        return validator.runs();
    }

    /**
     * {@link #runs()} with every data file resolved against {@code folder}, the lesson's own folder: the
     * runs to train, which read the lesson's data wherever the program was started.
     */
    public List<StepRuns> runs(Path folder) {
        return folder == null ? runs() : runs().stream().map(r -> r.resolveFiles(folder)).toList();
    }
}
