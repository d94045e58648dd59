package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.Validated;
import java.util.List;
import java.util.Set;

/**
 * A lecture track: an ordered list of demos, each a lesson step to set up in front of a class, with the
 * minutes the lecturer plans for it. The lesson player follows it (Lessons → Open lecture track…, then Next
 * demo). Read by {@link LectureTracks#load}, which also checks every demo against the lesson catalogue.
 *
 * @param track   file format version; must be 1
 * @param title   what the lecture is about, one line
 * @param demos   the demos in the order they are shown, 1–60
 */
public record LectureTrack(int track, String title, List<Demo> demos) implements Validated {

    public static final int MAX_DEMOS = 60;

    public LectureTrack {
        demos = demos == null ? List.of() : List.copyOf(demos);
    }

    /**
     * One demo.
     *
     * @param lesson  the lesson's id
     * @param step    the step to set up, 1-based as {@code lesson check} prints it
     * @param minutes the time planned for it, 1–120
     * @param note    what to say or show, optional, one line
     */
    public record Demo(String lesson, int step, int minutes, String note) implements Validated {

        public static Demo defaults() {
            return new Demo(null, 0, 0, "");
        }

        /** Every field but {@code note} must be written. */
        public static Set<String> required() {
            return Set.of("lesson", "step", "minutes");
        }

        @Override
        public void validate(String path, Problems problems) {
            if (lesson == null || lesson.isBlank()) {
                problems.add(Problems.at(path, "lesson"), "must name a lesson id");
            }
            if (step < 1) {
                problems.add(Problems.at(path, "step"), "must be 1 or more (steps are numbered from 1)");
            }
            if (minutes < 1 || minutes > 120) {
                problems.add(Problems.at(path, "minutes"), "must be between 1 and 120");
            }
            if (note != null && note.length() > 300) {
                problems.add(Problems.at(path, "note"), "at most 300 characters");
            }
        }
    }

    /** The minutes of every demo together. */
    public int minutes() {
        return demos.stream().mapToInt(Demo::minutes).sum();
    }

    @Override
    public void validate(String path, Problems problems) {
        if (track != 1) {
            problems.add(Problems.at(path, "track"), "must be 1 (the only lecture-track format so far)");
            return;
        }
        if (title == null || title.isBlank() || title.length() > 100) {
            problems.add(Problems.at(path, "title"), "one line of 1–100 characters");
        }
        if (demos.isEmpty() || demos.size() > MAX_DEMOS) {
            problems.add(Problems.at(path, "demos"), "list 1–" + MAX_DEMOS + " demos");
        }
        for (int i = 0; i < demos.size(); i++) {
            demos.get(i).validate(Problems.at(path, "demos") + "[" + i + "]", problems);
        }
    }
}
