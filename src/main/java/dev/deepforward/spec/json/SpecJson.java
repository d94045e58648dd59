package dev.deepforward.spec.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.deepforward.spec.NamesFiles;
import dev.deepforward.spec.Problem;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Validated;
import dev.deepforward.spec.io.BoundedInput;
import dev.deepforward.spec.io.InputRefusedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spec records as JSON files: written with Jackson from their tree form, read back with locations so
 * every problem names its file, line, column and path.
 */
public final class SpecJson {

    /** Spec and lesson files are small; a larger one is a mistake (or an attack), not a lesson. */
    public static final long MAX_FILE_BYTES = BoundedInput.TEXT_FILE_BYTES;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SpecJson() {
    }

    /** The record (or tree) as indented JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(SpecTree.toTree(value)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    /** Reads and validates a record of {@code type} from JSON text; {@code source} names it in problems. */
    public static <T extends Validated> Loaded<T> read(String text, String source, Class<T> type) {
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(text, source);
        } catch (JsonSyntaxException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        return bind(tree, source, type);
    }

    /** Binds and validates an already parsed tree (files it names are not checked: no folder is known). */
    public static <T extends Validated> Loaded<T> bind(LocatedTree tree, String source, Class<T> type) {
        return bind(tree, source, type, null);
    }

    /**
     * Binds and validates an already parsed tree read from a file in {@code folder}: files the record
     * names ({@link NamesFiles}) are checked by {@link dev.deepforward.spec.DataPaths}' rule and resolved
     * against that folder, so they mean the same wherever the program runs.
     */
    public static <T extends Validated> Loaded<T> bind(LocatedTree tree, String source, Class<T> type, Path folder) {
        Problems problems = new Problems();
        T value = SpecTree.bind(tree.root(), type, "", problems);
        if (value != null) {
            value.validate("", problems);
            if (folder != null && value instanceof NamesFiles<?> named) {
                named.checkFiles("", folder, problems);
            }
        } else if (problems.list().isEmpty()) {
            problems.add("", "expected a JSON object, found " + SpecTree.describe(tree.root()));
        }
        List<FileProblem> out = new ArrayList<>(tree.duplicates());
        out.addAll(locate(problems, tree, source));
        out.sort(Comparator.comparingInt((FileProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        if (out.isEmpty() && folder != null && value instanceof NamesFiles<?> named) {
            value = type.cast(named.resolveFiles(folder));
        }
        return new Loaded<>(out.isEmpty() ? value : null, out);
    }

    /** The folder of {@code file}, against which the files it names are resolved. */
    public static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    /**
     * Reads a file holding a JSON list of records of {@code type}, each validated under its index; files
     * a record names ({@link NamesFiles}) are checked and resolved against the list file's folder.
     */
    public static <T extends Validated> Loaded<List<T>> readList(Path file, Class<T> type) {
        String name = file.toString();
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(readText(file), name);
        } catch (UnreadableFileException e) {
            return new Loaded<>(null, List.of(e.problem()));
        } catch (JsonSyntaxException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        Problems problems = new Problems();
        List<T> values = new ArrayList<>();
        if (!(tree.root() instanceof List<?> items)) {
            problems.add("", "expected a list, found " + SpecTree.describe(tree.root()));
        } else {
            for (int i = 0; i < items.size(); i++) {
                int before = problems.size();
                T value = SpecTree.bind(items.get(i), type, "[" + i + "]", problems);
                if (value != null) {
                    value.validate("[" + i + "]", problems);
                    if (value instanceof NamesFiles<?> named) {
                        named.checkFiles("[" + i + "]", folderOf(file), problems);
                        value = type.cast(named.resolveFiles(folderOf(file)));
                    }
                    values.add(value);
                } else if (problems.size() == before) {
                    problems.add("[" + i + "]", "expected a JSON object, found " + SpecTree.describe(items.get(i)));
                }
            }
        }
        List<FileProblem> out = new ArrayList<>(tree.duplicates());
        out.addAll(locate(problems, tree, name));
        return new Loaded<>(out.isEmpty() ? List.copyOf(values) : null, out);
    }

    /** Problems with their paths turned into file locations. */
    public static List<FileProblem> locate(Problems problems, LocatedTree tree, String source) {
        List<FileProblem> out = new ArrayList<>();
        for (Problem p : problems.list()) {
            out.add(new FileProblem(source, tree.locate(p.path()), p.path(), p.message()));
        }
        return out;
    }

    /** Reads a spec file; files it names are checked and resolved against its folder. */
    public static <T extends Validated> Loaded<T> read(Path file, Class<T> type) {
        String name = file.toString();
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(readText(file), name);
        } catch (UnreadableFileException e) {
            return new Loaded<>(null, List.of(e.problem()));
        } catch (JsonSyntaxException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        return bind(tree, name, type, folderOf(file));
    }

    /**
     * The file's text, read through {@link BoundedInput}: refusing files that are missing, not regular
     * files, larger than {@value #MAX_FILE_BYTES} bytes (counted while reading, so device files and
     * {@code /proc} are bounded too) or not UTF-8, with one clear problem.
     */
    public static String readText(Path file) throws UnreadableFileException {
        String name = file.toString();
        try {
            return BoundedInput.readText(file, MAX_FILE_BYTES, "a spec, lesson or workbench file");
        } catch (InputRefusedException e) {
            throw unreadable(name, e.getMessage());
        } catch (IOException e) {
            throw unreadable(name, "cannot be read: " + e.getMessage());
        }
    }

    private static UnreadableFileException unreadable(String file, String message) {
        return new UnreadableFileException(new FileProblem(file, JsonLocation.START, "", message));
    }

    /** A file that cannot be read as text at all. */
    public static final class UnreadableFileException extends Exception {
        private final FileProblem problem;

        UnreadableFileException(FileProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public FileProblem problem() {
            return problem;
        }
    }
}
