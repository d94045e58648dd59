package dev.deepforward.spec.json;

import dev.deepforward.spec.NamesFiles;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Suggest;
import dev.deepforward.spec.Validated;
import dev.deepforward.spec.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parts of a workbench file ({@code .dfw}, as File → Save writes it) that a headless command needs: its
 * format, its design (a run spec) and the variants saved beside it. {@code run --spec} trains them and
 * {@code validate} checks them, and the lesson step the work was set up from ({@code lesson}, not needed to train);
 * the window's layout, session and provenance are the window's own and are only checked to be objects here.
 *
 * @param spec     the design, its data files resolved against the file's folder
 * @param variants the side-by-side variants (may be empty)
 */
public record WorkbenchParts(RunSpec spec, List<Variant> variants) {

    /** The newest workbench format this build reads (the window's {@code WorkbenchFile.FORMAT}). */
    public static final int FORMAT = 1;

    /** The extension File → Save gives a workbench file. */
    public static final String EXTENSION = "dfw";

    /** The window's parts: present in saved files, not needed to train. */
    private static final Set<String> WINDOW_PARTS = Set.of("layout", "session", "provenance");

    /**
     * The top-level fields of a workbench file, as the window writes them: what trains, the lesson step the work
     * was set up from ({@link WorkbenchLesson}, checked in full), and the window's parts.
     */
    static final Set<String> FIELDS = Stream.concat(Stream.of("format", "spec", "variants", "lesson"),
            WINDOW_PARTS.stream()).collect(Collectors.toUnmodifiableSet());

    /**
     * Whether a file is a workbench file: named {@code *.dfw}, or a JSON object with {@code format} and
     * {@code spec} (a lesson has {@code steps} instead of {@code spec}).
     */
    public static boolean looksLikeWorkbench(String fileName, Object root) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith("." + EXTENSION)) {
            return true;
        }
        return root instanceof Map<?, ?> map && map.containsKey("spec") && !map.containsKey("steps");
    }

    /**
     * Reads the tree of a workbench file: every problem as {@code file:line:column: path: message}, in file order.
     *
     * @param folder the file's folder, against which the data files it names are checked and resolved
     */
    public static Loaded<WorkbenchParts> read(LocatedTree tree, String name, Path folder) {
        Problems problems = new Problems();
        if (!(tree.root() instanceof Map<?, ?> root)) {
            problems.add("", "a workbench file is a JSON object with 'format' and 'spec', found "
                    + SpecTree.describe(tree.root()));
            return new Loaded<>(null, SpecJson.locate(problems, tree, name));
        }
        for (Object key : root.keySet()) {
            String k = String.valueOf(key);
            if (!FIELDS.contains(k)) {
                problems.add(k, "unknown field '" + k + "'" + Suggest.didYouMean(k, FIELDS)
                        + "; a workbench file has " + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        Object format = root.get("format");
        if (!(format instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1
                || n.intValue() > FORMAT) {
            problems.add("format", format instanceof Number n && n.intValue() > FORMAT
                    ? "format " + n + " was written by a newer DeepForward; this one reads format " + FORMAT
                    : format == null ? "missing required field 'format' (" + FORMAT + ")"
                    : "must be " + FORMAT + ", found " + SpecTree.describe(format));
        }
        RunSpec spec = null;
        if (root.containsKey("spec")) {
            spec = part(root.get("spec"), RunSpec.class, "spec", folder, problems);
        } else {
            problems.add("spec", "missing required field 'spec' (the design)");
        }
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
        Object lesson = root.get("lesson");
        if (lesson != null) {
            part(lesson, WorkbenchLesson.class, "lesson", null, problems);
        }
        for (String part : WINDOW_PARTS) {
            Object node = root.get(part);
            if (node != null && !(node instanceof Map<?, ?>)) {
                problems.add(part, "expected a JSON object, found " + SpecTree.describe(node));
            }
        }
        List<FileProblem> out = new ArrayList<>(tree.duplicates());
        out.addAll(SpecJson.locate(problems, tree, name));
        out.sort(Comparator.comparingInt((FileProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return new Loaded<>(out.isEmpty() ? new WorkbenchParts(spec, List.copyOf(variants)) : null, out);
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
        if (value instanceof NamesFiles<?> named && folder != null) {
            int checked = problems.size();
            named.checkFiles(path, folder, problems);
            if (problems.size() == checked) {
                value = type.cast(named.resolveFiles(folder));
            }
        }
        return value;
    }
}
