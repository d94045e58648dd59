package dev.deepforward.cli;

import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.NamesFiles;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Validated;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonLocation;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.LocatedTree;
import dev.deepforward.spec.json.SpecJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code run --spec FILE} trains: a bare run spec, or the design of a workbench file ({@code .dfw},
 * as File → Save writes it) together with the variants saved beside it. A lesson file is refused with
 * the commands that do take it. Only the parts a run needs are read from a workbench file; its window
 * layout and provenance are left to the window.
 *
 * @param spec      the run spec
 * @param variants  the workbench's side-by-side variants (empty for a bare spec)
 * @param workbench the file was a workbench file
 */
record SpecInput(RunSpec spec, List<Variant> variants, boolean workbench) {

    /** The newest workbench format this build reads (the window's {@code WorkbenchFile.FORMAT}). */
    static final int WORKBENCH_FORMAT = 1;

    static Loaded<SpecInput> read(Path file) {
        String name = file.toString();
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(SpecJson.readText(file), name);
        } catch (SpecJson.UnreadableFileException e) {
            return new Loaded<>(null, List.of(e.problem()));
        } catch (JsonSyntaxException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        Map<?, ?> root = tree.root() instanceof Map<?, ?> m ? m : Map.of();
        boolean lesson = name.toLowerCase(Locale.ROOT).endsWith("." + LessonLoader.EXTENSION)
                || root.containsKey("steps");
        if (lesson) {
            return new Loaded<>(null, List.of(new FileProblem(name, JsonLocation.START, "",
                    "this is a lesson file, not a run spec or workbench file: check it with"
                            + " `deepforward lesson check " + name + "`, or open it in the window with"
                            + " `deepforward " + name + "`")));
        }
        if (!(root.containsKey("format") && root.containsKey("spec"))) {
            Loaded<RunSpec> spec = SpecJson.bind(tree, name, RunSpec.class, SpecJson.folderOf(file));
            return new Loaded<>(spec.ok() ? new SpecInput(spec.value(), List.of(), false) : null, spec.problems());
        }
        Problems problems = new Problems();
        Path folder = SpecJson.folderOf(file);
        if (!(root.get("format") instanceof Number n) || n.intValue() < 1 || n.intValue() > WORKBENCH_FORMAT) {
            problems.add("format", root.get("format") instanceof Number n && n.intValue() > WORKBENCH_FORMAT
                    ? "format " + n + " was written by a newer DeepForward; this one reads format " + WORKBENCH_FORMAT
                    : "must be " + WORKBENCH_FORMAT + ", found " + SpecTree.describe(root.get("format")));
        }
        RunSpec spec = part(root.get("spec"), RunSpec.class, "spec", folder, problems);
        List<Variant> variants = new ArrayList<>();
        Object list = root.get("variants");
        if (list instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Variant v = part(items.get(i), Variant.class, "variants[" + i + "]", folder, problems);
                if (v != null) {
                    variants.add(v);
                }
            }
        } else if (list != null) {
            problems.add("variants", "expected a list of variants, found " + SpecTree.describe(list));
        }
        List<FileProblem> out = new ArrayList<>(tree.duplicates());
        out.addAll(SpecJson.locate(problems, tree, name));
        out.sort(Comparator.comparingInt((FileProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return new Loaded<>(out.isEmpty() ? new SpecInput(spec, List.copyOf(variants), true) : null, out);
    }

    /** Binds, validates, checks and resolves one part of the file, its problems under {@code path}. */
    private static <T extends Validated> T part(Object node, Class<T> type, String path, Path folder,
            Problems problems) {
        int before = problems.size();
        T value = SpecTree.bind(node, type, path, problems);
        if (value == null) {
            if (problems.size() == before) {
                problems.add(path, "expected a JSON object, found " + SpecTree.describe(node));
            }
            return null;
        }
        value.validate(path, problems);
        if (value instanceof NamesFiles<?> named) {
            int checked = problems.size();
            named.checkFiles(path, folder, problems);
            if (problems.size() == checked) {
                value = type.cast(named.resolveFiles(folder));
            }
        }
        return value;
    }
}
