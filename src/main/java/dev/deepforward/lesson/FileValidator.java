package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Suggest;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonLocation;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.LocatedTree;
import dev.deepforward.spec.json.SpecJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks lesson and run-spec files, for the {@code validate} command: paths may be files or folders
 * (searched recursively for {@code *.json}). A file is read as a lesson when its top-level object has a
 * {@code format} or {@code steps} field (or more lesson-only fields than spec fields), as a variants file (the
 * {@code run --variants} file) when it is a list, otherwise as a run spec.
 * Lesson ids must be unique across everything checked in one call.
 */
public final class FileValidator {

    private FileValidator() {
    }

    /**
     * Checks every file.
     *
     * @param datasetIds the known dataset ids; {@code null} accepts any
     */
    public static ValidationReport validate(List<Path> paths, Set<String> datasetIds) {
        List<FileProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(LessonFiles.jsonFiles(path, problems));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                problems.add(new FileProblem(path.toString(), JsonLocation.START, "", "no such file or folder"));
            }
        }
        int lessons = 0;
        int specs = 0;
        int variantFiles = 0;
        // Problems are kept per file so the report lists them file by file, even though duplicate lesson
        // ids can only be found once every lesson has been read.
        List<List<FileProblem>> perFile = new ArrayList<>();
        List<Integer> lessonSlots = new ArrayList<>();
        List<LessonCatalog.Read> lessonReads = new ArrayList<>();
        for (Path file : files) {
            Checked c = check(file, datasetIds);
            if (c.lesson() != null) {
                lessons++;
                lessonSlots.add(perFile.size());
                lessonReads.add(c.lesson());
            } else if (c.isSpec()) {
                specs++;
            } else if (c.isVariants()) {
                variantFiles++;
            }
            perFile.add(c.problems());
        }
        List<LessonCatalog.Read> unique = LessonCatalog.withUniqueIds(lessonReads);
        for (int i = 0; i < unique.size(); i++) {
            perFile.set(lessonSlots.get(i), unique.get(i).problems());
        }
        perFile.forEach(problems::addAll);
        return new ValidationReport(problems, files.size(), lessons, specs, variantFiles);
    }

    /** One file's outcome: its problems, and whether it was a lesson (then {@code lesson} is set) or a spec. */
    record Checked(List<FileProblem> problems, LessonCatalog.Read lesson, boolean isSpec, boolean isVariants) {
        Checked(List<FileProblem> problems, LessonCatalog.Read lesson, boolean isSpec) {
            this(problems, lesson, isSpec, false);
        }
    }

    private static Checked check(Path file, Set<String> datasetIds) {
        try {
            return check(SpecJson.readText(file), file.toString(), file, datasetIds);
        } catch (SpecJson.UnreadableFileException e) {
            return new Checked(List.of(e.problem()), null, false);
        }
    }

    /** Checks the text of {@code file} (named {@code name} in problems) as a lesson or a run spec. */
    static Checked check(String text, String name, Path file, Set<String> datasetIds) {
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(text, name);
        } catch (JsonSyntaxException e) {
            return new Checked(List.of(e.problem()), null, false);
        }
        if (LessonLoader.looksLikeLesson(tree.root())) {
            Loaded<Lesson> loaded = LessonLoader.bind(tree, name, LessonLoader.folderOf(file), datasetIds);
            return new Checked(loaded.problems(), new LessonCatalog.Read(file, loaded.value(), loaded.problems(), tree), false);
        }
        if (tree.root() instanceof List<?>) {
            return new Checked(variants(tree, name, datasetIds, file == null ? null : SpecJson.folderOf(file)), null, false, true);
        }
        return new Checked(spec(tree, name, datasetIds, file == null ? null : SpecJson.folderOf(file)), null, true);
    }

    /**
     * A variants file's problems: each variant bound and validated, 2–{@value #MAX_VARIANTS} of them with
     * unique names, and every change applied to the default run spec (a list index such as
     * {@code hidden[3]} is checked as {@code hidden[*]}, since the spec it will meet is not known here);
     * data files the variants name are checked in {@code folder}, the variants file's own (when known).
     */
    static List<FileProblem> variants(LocatedTree tree, String name, Set<String> datasetIds, Path folder) {
        List<?> items = (List<?>) tree.root();
        Problems p = new Problems();
        if (items.size() < 2 || items.size() > MAX_VARIANTS) {
            p.add("", "a variants file lists 2 to " + MAX_VARIANTS + " variants (has " + items.size() + ")");
        }
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "[" + i + "]";
            int before = p.size();
            dev.deepforward.spec.Variant v = dev.deepforward.spec.SpecTree.bind(items.get(i),
                    dev.deepforward.spec.Variant.class, at, p);
            if (v == null) {
                if (p.size() == before) {
                    p.add(at, "expected a JSON object, found " + dev.deepforward.spec.SpecTree.describe(items.get(i)));
                }
                continue;
            }
            v.validate(at, p);
            if (folder != null) {
                v.checkFiles(at, folder, p);
            }
            if (v.name() != null && !names.add(v.name())) {
                p.add(Problems.at(at, "name"), "the name '" + v.name() + "' is used twice");
            }
            Map<String, Object> anyIndex = new java.util.LinkedHashMap<>();
            v.set().forEach((k, value) -> anyIndex.put(k.replaceAll("\\[\\d+\\]", "[*]"), value));
            RunSpec changed = new dev.deepforward.spec.Variant(v.name(), v.description(), anyIndex)
                    .applyTo(RunSpec.defaults(), at, p);
            if (changed != null && datasetIds != null && !datasetIds.contains(changed.data().dataset())) {
                p.add(Problems.at(Problems.at(at, "set"), "data.dataset"), "unknown dataset '"
                        + changed.data().dataset() + "'" + Suggest.didYouMean(changed.data().dataset(), datasetIds));
            }
        }
        List<FileProblem> out = new ArrayList<>(tree.duplicates());
        out.addAll(SpecJson.locate(p, tree, name));
        return out;
    }

    /** As many variants as a comparison trains side by side. */
    static final int MAX_VARIANTS = 4;

    /**
     * A run spec's problems: those of {@link SpecJson#bind} (with the data files it names checked in
     * {@code folder}: they must exist and be readable) and an unknown dataset. The dataset is read from
     * the tree itself, so a misspelt dataset is reported even when another field fails to bind.
     */
    static List<FileProblem> spec(LocatedTree tree, String name, Set<String> datasetIds, Path folder) {
        Loaded<RunSpec> loaded = SpecJson.bind(tree, name, RunSpec.class, folder);
        List<FileProblem> out = new ArrayList<>(loaded.problems());
        if (datasetIds != null && tree.root() instanceof Map<?, ?> root && root.get("data") instanceof Map<?, ?> data
                && data.get("dataset") instanceof String dataset && !datasetIds.contains(dataset)) {
            Problems p = new Problems();
            p.add("data.dataset", "unknown dataset '" + dataset + "'" + Suggest.didYouMean(dataset, datasetIds)
                    + "; known: " + String.join(", ", new TreeSet<>(datasetIds)));
            out.addAll(SpecJson.locate(p, tree, name));
            out.sort(Comparator.comparingInt((FileProblem f) -> f.location().line())
                    .thenComparingInt(f -> f.location().column()));
        }
        return out;
    }
}
