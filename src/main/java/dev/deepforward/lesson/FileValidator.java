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
import dev.deepforward.spec.json.WorkbenchParts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the files DeepForward reads, for the {@code validate} command: paths may be files or folders
 * (searched recursively for {@code *.json}, {@code *.dflesson}, {@code *.dfw} and {@code *.dftrack}). Each file
 * is recognised for what it is and checked as that:
 * <ul>
 *   <li>a lecture track ({@code *.dftrack}, or an object with {@code track}): its demos against the lessons
 *       beside it and the built-in ones;</li>
 *   <li>a workbench file ({@code *.dfw}, or an object with {@code spec}, as File → Save writes it): its design
 *       and variants, as {@code run --spec} reads them ({@link WorkbenchParts});</li>
 *   <li>a lesson, when its top-level object has a {@code format} or {@code steps} field (or more lesson-only
 *       fields than spec fields);</li>
 *   <li>a variants file (the {@code run --variants} file) when it is a list;</li>
 *   <li>otherwise a run spec.</li>
 * </ul>
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
                files.addAll(LessonFiles.files(path, FOLDER_ENDINGS, problems));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                problems.add(new FileProblem(path.toString(), JsonLocation.START, "", "no such file or folder"));
            }
        }
        int lessons = 0;
        int specs = 0;
        int variantFiles = 0;
        int workbenches = 0;
        int tracks = 0;
        // Problems are kept per file so the report lists them file by file, even though duplicate lesson
        // ids can only be found once every lesson has been read.
        List<List<FileProblem>> perFile = new ArrayList<>();
        List<Integer> lessonSlots = new ArrayList<>();
        List<LessonCatalog.Read> lessonReads = new ArrayList<>();
        for (Path file : files) {
            Checked c = check(file, datasetIds);
            switch (c.kind()) {
                case LESSON -> {
                    lessons++;
                    lessonSlots.add(perFile.size());
                    lessonReads.add(c.lesson());
                }
                case SPEC -> specs++;
                case VARIANTS -> variantFiles++;
                case WORKBENCH -> workbenches++;
                case TRACK -> tracks++;
                case UNREADABLE -> { }
            }
            perFile.add(c.problems());
        }
        List<LessonCatalog.Read> unique = LessonCatalog.withUniqueIds(lessonReads);
        for (int i = 0; i < unique.size(); i++) {
            perFile.set(lessonSlots.get(i), unique.get(i).problems());
        }
        perFile.forEach(problems::addAll);
        return new ValidationReport(problems, files.size(), lessons, specs, variantFiles, workbenches, tracks);
    }

    /** What the files under a folder may be called. */
    static final List<String> FOLDER_ENDINGS = List.of(".json", "." + LessonLoader.EXTENSION,
            "." + WorkbenchParts.EXTENSION, "." + LectureTracks.EXTENSION);

    /** What a file was read as; {@code UNREADABLE} when it could not be read as anything (not JSON, say). */
    enum Kind { LESSON, SPEC, VARIANTS, WORKBENCH, TRACK, UNREADABLE }

    /** One file's outcome: its problems, what it was read as, and the lesson when it was one. */
    record Checked(List<FileProblem> problems, LessonCatalog.Read lesson, Kind kind) {
    }

    private static Checked check(Path file, Set<String> datasetIds) {
        try {
            return check(SpecJson.readText(file), file.toString(), file, datasetIds);
        } catch (SpecJson.UnreadableFileException e) {
            return new Checked(List.of(e.problem()), null, Kind.UNREADABLE);
        }
    }

    /** Checks the text of {@code file} (named {@code name} in problems) as a lesson or a run spec. */
    static Checked check(String text, String name, Path file, Set<String> datasetIds) {
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(text, name);
        } catch (JsonSyntaxException e) {
            return new Checked(List.of(e.problem()), null, Kind.UNREADABLE);
        }
        Path folder = file == null ? null : SpecJson.folderOf(file);
        if (looksLikeTrack(name, tree.root())) {
            return new Checked(track(tree, name, folder, datasetIds), null, Kind.TRACK);
        }
        if (WorkbenchParts.looksLikeWorkbench(name, tree.root())) {
            return new Checked(WorkbenchParts.read(tree, name, folder).problems(), null, Kind.WORKBENCH);
        }
        if (LessonLoader.looksLikeLesson(tree.root())) {
            Loaded<Lesson> loaded = LessonLoader.bind(tree, name, LessonLoader.folderOf(file), datasetIds);
            return new Checked(loaded.problems(), new LessonCatalog.Read(file, loaded.value(), loaded.problems(), tree),
                    Kind.LESSON);
        }
        if (tree.root() instanceof List<?>) {
            return new Checked(variants(tree, name, datasetIds, folder), null, Kind.VARIANTS);
        }
        return new Checked(spec(tree, name, datasetIds, folder), null, Kind.SPEC);
    }

    /** A lecture track: named {@code *.dftrack}, or an object with a {@code track} field. */
    static boolean looksLikeTrack(String name, Object root) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + LectureTracks.EXTENSION)
                || root instanceof Map<?, ?> map && map.containsKey("track") && !map.containsKey("steps");
    }

    /**
     * A lecture track's problems: its own fields, then each demo's lesson and step, looked up among the
     * lessons in the track's folder (first) and the built-in ones, as the window finds them.
     */
    static List<FileProblem> track(LocatedTree tree, String name, Path folder, Set<String> datasetIds) {
        List<Path> folders = new ArrayList<>();
        if (folder != null) {
            folders.add(folder);
        }
        folders.add(LessonFolders.builtIn());
        return LectureTracks.check(tree, name, LessonCatalog.load(folders, datasetIds)).problems();
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
