package dev.deepforward.ui.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What one user has done in one lesson: where they are, which steps they have seen, which checkpoints they
 * reached and what they answered. Plain mutable fields so Jackson reads and writes it as it is; keys of
 * checkpoints and answers are {@code "step:index"} (0-based), which stay readable in the JSON file.
 */
public final class LessonProgress {

    /** The step shown last (0-based). */
    public int step;
    public TreeSet<Integer> visited = new TreeSet<>();
    public TreeSet<String> checkpoints = new TreeSet<>();
    /** The choices picked per question, by {@code "step:question"}. */
    public Map<String, List<Integer>> answers = new LinkedHashMap<>();

    static String key(int step, int index) {
        return step + ":" + index;
    }

    public boolean checkpointMet(int step, int index) {
        return checkpoints.contains(key(step, index));
    }

    public List<Integer> answer(int step, int question) {
        return answers.getOrDefault(key(step, question), List.of());
    }

    void answer(int step, int question, List<Integer> picked) {
        answers.put(key(step, question), new ArrayList<>(picked));
    }
}
