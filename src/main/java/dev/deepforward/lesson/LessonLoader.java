package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.LocatedTree;
import dev.deepforward.spec.json.SpecJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads lesson files strictly: every problem is reported, each as {@code file:line:column: path: message},
 * and a lesson with any problem is not returned at all, so the workbench never shows half a lesson.
 */
public final class LessonLoader {

    /** The extension of lesson files; the installers register it, and {@code .json} still opens. */
    public static final String EXTENSION = "dflesson";

    /** Top-level fields only a lesson has; used to tell lesson files from run-spec files. */
    static final Set<String> LESSON_FIELDS = SpecTree.fieldNames(Lesson.class);

    private LessonLoader() {
    }

    /**
     * Loads a lesson file. Files it names (datasets, figures) must lie in its folder.
     *
     * @param datasetIds the ids of the datasets the workbench has ({@code csv} and {@code idx} included when
     *                   user files are allowed); {@code null} accepts any id
     */
    public static Loaded<Lesson> load(Path file, Set<String> datasetIds) {
        String name = file.toString();
        String text;
        try {
            text = SpecJson.readText(file);
        } catch (SpecJson.UnreadableFileException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        return read(text, name, folderOf(file), datasetIds);
    }

    /**
     * Reads lesson text; {@code source} names it in problems and {@code folder} is where its files are
     * looked for ({@code null}: paths are checked but files not looked for).
     */
    public static Loaded<Lesson> read(String text, String source, Path folder, Set<String> datasetIds) {
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(text, source);
        } catch (JsonSyntaxException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        return bind(tree, source, folder, datasetIds);
    }

    /** Binds and validates an already parsed lesson file. */
    public static Loaded<Lesson> bind(LocatedTree tree, String source, Path folder, Set<String> datasetIds) {
        Problems problems = new Problems();
        Lesson lesson = bind(tree.root(), folder, datasetIds, problems);
        List<FileProblem> out = new ArrayList<>(tree.duplicates());
        out.addAll(SpecJson.locate(problems, tree, source));
        out.sort(Comparator.comparingInt((FileProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return new Loaded<>(out.isEmpty() ? lesson : null, out);
    }

    private static Lesson bind(Object root, Path folder, Set<String> datasetIds, Problems problems) {
        if (!(root instanceof Map<?, ?> map)) {
            problems.add("", "a lesson file holds one JSON object, found " + SpecTree.describe(root));
            return null;
        }
        // A file of another format version may mean anything else; say only that.
        Object format = map.get("format");
        if (format instanceof Number n && n.doubleValue() != Lesson.FORMAT) {
            problems.add("format", "lesson format " + n
                    + " is not supported; this version reads format " + Lesson.FORMAT);
            return null;
        }
        Map<String, Object> headerTree = new LinkedHashMap<>();
        map.forEach((k, v) -> headerTree.put(String.valueOf(k), v));
        Object stepsTree = headerTree.remove("steps");
        PartialBinder.Partial<Lesson> header = PartialBinder.bind(headerTree, Lesson.class, "", problems);
        Lesson head = header.value() != null ? header.value() : Lesson.defaults();
        Set<String> broken = new LinkedHashSet<>(header.value() != null ? header.broken() : LESSON_FIELDS);

        List<LessonValidator.BoundStep> steps = new ArrayList<>();
        if (stepsTree instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object node = list.get(i);
                String sp = "steps[" + i + "]";
                if (!(node instanceof Map<?, ?> stepMap)) {
                    problems.add(sp, "expected a step object, found " + SpecTree.describe(node));
                    steps.add(new LessonValidator.BoundStep(null, Set.of(), false));
                    continue;
                }
                PartialBinder.Partial<Step> step = PartialBinder.bind(node, Step.class, sp, problems);
                steps.add(new LessonValidator.BoundStep(step.value(), step.broken(), stepMap.get("setup") != null));
            }
        } else if (map.containsKey("steps")) {
            problems.add("steps", "expected a list of steps, found " + SpecTree.describe(stepsTree));
            broken.add("steps");
        }
        new LessonValidator(datasetIds, folder).validate(head, broken, steps, "", problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return head.withSteps(steps.stream().map(LessonValidator.BoundStep::step).toList());
    }

    /** Whether a parsed JSON document is a lesson (it has {@code format} or {@code steps}) rather than a run spec. */
    public static boolean looksLikeLesson(Object root) {
        if (!(root instanceof Map<?, ?> map)) {
            return false;
        }
        if (map.containsKey("format") || map.containsKey("steps")) {
            return true;
        }
        long lessonOnly = map.keySet().stream().filter(k -> LESSON_FIELDS.contains(String.valueOf(k))).count();
        long specOnly = map.keySet().stream().filter(k -> SpecTree.fieldNames(dev.deepforward.spec.RunSpec.class)
                .contains(String.valueOf(k))).count();
        return lessonOnly > specOnly;
    }

    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }
}
