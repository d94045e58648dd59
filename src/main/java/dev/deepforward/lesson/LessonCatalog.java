package dev.deepforward.lesson;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lessons of a folder: every {@code *.json} file under it (recursively) read as a lesson. Files with
 * problems are left out of {@link #lessons()} and their problems kept per file, so one broken file never
 * hides the others. Lessons are sorted by {@code order} (those without one last), then by id.
 */
public final class LessonCatalog {

    /** A lesson and the file it came from (its folder is where the lesson's figures and data live). */
    public record Entry(Path file, Lesson lesson) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.lesson().order(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.lesson().id());

    private final List<Entry> entries;
    private final Map<Path, List<FileProblem>> problems;

    private LessonCatalog(List<Entry> entries, Map<Path, List<FileProblem>> problems) {
        this.entries = List.copyOf(entries);
        this.problems = problems;
    }

    /** Reads every lesson under {@code folder}; see {@link LessonLoader#load} for {@code datasetIds}. */
    public static LessonCatalog load(Path folder, Set<String> datasetIds) {
        Map<Path, List<FileProblem>> problems = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            problems.put(folder, List.of(new FileProblem(folder.toString(), JsonLocation.START, "", "no such folder")));
            return new LessonCatalog(List.of(), problems);
        }
        List<FileProblem> listing = new ArrayList<>();
        List<Read> read = new ArrayList<>();
        for (Path file : LessonFiles.jsonFiles(folder, listing)) {
            read.add(Read.of(file, datasetIds));
        }
        if (!listing.isEmpty()) {
            problems.put(folder, listing);
        }
        return of(read, problems);
    }

    /**
     * Reads every lesson under each of {@code folders} into one catalogue (ids unique across all; the first
     * folder's lesson keeps an id). Folders that do not exist are left out, unless none does.
     */
    public static LessonCatalog load(List<Path> folders, Set<String> datasetIds) {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        if (existing.size() <= 1) {
            return load(existing.isEmpty() ? folders.get(0) : existing.get(0), datasetIds);
        }
        Map<Path, List<FileProblem>> problems = new LinkedHashMap<>();
        List<Read> read = new ArrayList<>();
        for (Path folder : existing) {
            List<FileProblem> listing = new ArrayList<>();
            for (Path file : LessonFiles.jsonFiles(folder, listing)) {
                read.add(Read.of(file, datasetIds));
            }
            if (!listing.isEmpty()) {
                problems.put(folder, listing);
            }
        }
        return of(read, problems);
    }

    private static LessonCatalog of(List<Read> read, Map<Path, List<FileProblem>> problems) {
        List<Entry> entries = new ArrayList<>();
        for (Read r : withUniqueIds(read)) {
            if (!r.problems().isEmpty()) {
                problems.put(r.file(), r.problems());
            } else if (r.lesson() != null) {
                entries.add(new Entry(r.file(), r.lesson()));
            }
        }
        entries.sort(ORDER);
        return new LessonCatalog(entries, problems);
    }

    /** The valid lessons, in catalogue order. */
    public List<Lesson> lessons() {
        return entries.stream().map(Entry::lesson).toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.lesson().id().equals(id)).findFirst();
    }

    /**
     * The lesson a person names on the command line: its id, or its number as the catalogue shows it ("3",
     * "03", "2b"); empty when none has it (or, for a number, more than one lesson has it).
     */
    public Optional<Entry> named(String name) {
        Optional<Entry> byId = find(name);
        if (byId.isPresent()) {
            return byId;
        }
        String number = name.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^0+(?=\\d)", "");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> numbered = entries.stream()
                .filter(e -> LessonNumber.of(e.file(), e.lesson()).equalsIgnoreCase(number)).toList();
        return numbered.size() == 1 ? Optional.of(numbered.get(0)) : Optional.empty();
    }

    /** Whether {@code arg} is meant as a lesson's id or number rather than a path: no folder, no file ending. */
    public static boolean looksLikeAName(String arg) {
        String a = arg.toLowerCase(java.util.Locale.ROOT);
        return !a.isBlank() && !a.contains("/") && !a.contains("\\") && !a.endsWith(".json") && !a.endsWith(".dflesson");
    }

    /** What a person is told when no lesson has the id or number they gave. */
    public static String noSuchLesson(String name) {
        return "no lesson '" + name + "': give a lesson id or number as 'lesson list' shows them, or a lesson file";
    }

    /** The problems of every file that has any, by file. */
    public Map<Path, List<FileProblem>> problemsByFile() {
        return problems;
    }

    /** All problems of all files. */
    public List<FileProblem> problems() {
        return problems.values().stream().flatMap(List::stream).toList();
    }

    /** One file's outcome, with its tree kept so a later check (a duplicate id) can still be located. */
    record Read(Path file, Lesson lesson, List<FileProblem> problems, LocatedTree tree) {

        static Read of(Path file, Set<String> datasetIds) {
            String name = file.toString();
            try {
                String text = SpecJson.readText(file);
                LocatedTree tree = JsonTreeReader.read(text, name);
                Loaded<Lesson> loaded = LessonLoader.bind(tree, name, LessonLoader.folderOf(file), datasetIds);
                return new Read(file, loaded.value(), loaded.problems(), tree);
            } catch (SpecJson.UnreadableFileException e) {
                return new Read(file, null, List.of(e.problem()), null);
            } catch (JsonSyntaxException e) {
                return new Read(file, null, List.of(e.problem()), null);
            }
        }
    }

    /**
     * The reads with every lesson whose id an earlier file (in path order) already uses turned into a
     * problem at that file's {@code id}: two lessons with one id would make links and progress ambiguous.
     */
    static List<Read> withUniqueIds(List<Read> reads) {
        Map<String, Path> firstById = new HashMap<>();
        List<Read> out = new ArrayList<>();
        for (Read r : reads) {
            if (r.lesson() == null) {
                out.add(r);
                continue;
            }
            Path first = firstById.putIfAbsent(r.lesson().id(), r.file());
            if (first == null) {
                out.add(r);
            } else {
                FileProblem dup = new FileProblem(r.file().toString(), r.tree().locate("id"), "id",
                        "lesson id '" + r.lesson().id() + "' is already used by " + first);
                out.add(new Read(r.file(), null, List.of(dup), r.tree()));
            }
        }
        return out;
    }
}
