package dev.deepforward;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the command line asks of the launcher before anything heavy loads: the window, the window with a
 * file to open (a double-click, "Open with", {@code deepforward lesson.dflesson}), or a headless command;
 * and whether the libraries may log ({@code --verbose}).
 *
 * @param verbose  {@code --verbose} was given anywhere: library log lines are shown
 * @param window   the window opens (no command was named)
 * @param file     the file the window opens, if one was given
 * @param args     the arguments as given, for the command line when no window opens
 * @param problem  why a single argument that names a file cannot be opened (missing, a folder), to print
 *                 instead of the command line's "unmatched argument"
 * @param note     what to tell the person before the window opens (a built-in lesson opened in place of a
 *                 missing {@code lessons/…} path)
 */
record StartArguments(boolean verbose, boolean window, Optional<Path> file, String[] args, Optional<String> problem,
                      Optional<String> note) {

    StartArguments(boolean verbose, boolean window, Optional<Path> file, String[] args) {
        this(verbose, window, file, args, Optional.empty(), Optional.empty());
    }

    StartArguments(boolean verbose, boolean window, Optional<Path> file, String[] args, Optional<String> problem) {
        this(verbose, window, file, args, problem, Optional.empty());
    }

    static final String VERBOSE = "--verbose";

    /**
     * A single argument that names an existing file and no command opens that file in the window, so the
     * desktop can hand the app a file. Command names win over a file of the same name in the working
     * folder: a user typing {@code deepforward run} means the command.
     */
    static StartArguments parse(String[] args, Set<String> commandNames) {
        return parse(args, () -> commandNames);
    }

    /**
     * As above, asking for the command names only when an argument could be both a file and a command:
     * building the command line (picocli reads every command's annotations) costs a noticeable part of
     * the start, and the plain window needs none of it.
     */
    static StartArguments parse(String[] args, Supplier<Set<String>> commandNames) {
        List<String> rest = new ArrayList<>();
        boolean verbose = false;
        for (String a : args) {
            if (VERBOSE.equals(a)) {
                verbose = true;
            } else {
                rest.add(a);
            }
        }
        if (rest.isEmpty()) {
            return new StartArguments(verbose, true, Optional.empty(), args);
        }
        if (rest.size() == 1 && !rest.get(0).startsWith("-")) {
            Optional<Path> file = existingFile(rest.get(0));
            if (file.isPresent() && !commandNames.get().contains(rest.get(0))) {
                return new StartArguments(verbose, true, file, args);
            }
            Optional<String> problem = notAFile(rest.get(0));
            Optional<Path> builtIn = problem.isPresent() ? builtIn(rest.get(0)) : Optional.empty();
            if (builtIn.isPresent()) {
                return new StartArguments(verbose, true, builtIn, args, Optional.empty(), Optional.of(rest.get(0)
                        + " is not in this folder: opening the built-in " + builtIn.get().getFileName()
                        + " (the installed app keeps its lessons inside; Lessons → Catalogue lists them)"));
            }
            if (problem.isPresent() && !commandNames.get().contains(rest.get(0))) {
                return new StartArguments(verbose, false, Optional.empty(), args, problem);
            }
        }
        return new StartArguments(verbose, false, Optional.empty(), args);
    }

    /**
     * Why {@code arg}, meant as a file, cannot be opened: a folder, or (when it looks like a path: it has
     * a separator or an extension, which no command name has) a file that does not exist. A bare word
     * stays with the command line, which suggests the command it resembles.
     */
    private static Optional<String> notAFile(String arg) {
        try {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                return Optional.of(arg + " is a folder, not a lesson or workbench file");
            }
            boolean looksLikePath = arg.contains("/") || arg.contains("\\") || arg.contains(".");
            if (looksLikePath && !Files.exists(p)) {
                return Optional.of("no such file: " + arg);
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * A missing {@code lessons/NAME} (the path the docs give, from the source folder) that names a built-in
     * lesson or lecture track: that one, as the installed app has it inside its jar. Any other missing path is
     * none (a typo stays "no such file").
     */
    static Optional<Path> builtIn(String arg) {
        try {
            Path p = Path.of(arg).normalize();
            if (p.getNameCount() != 2 || !"lessons".equals(p.getName(0).toString()) || Files.exists(p)) {
                return Optional.empty();
            }
            Path inside = dev.deepforward.lesson.LessonFolders.builtIn().resolve(p.getFileName().toString());
            return Files.isRegularFile(inside) ? Optional.of(inside) : Optional.empty();
        } catch (InvalidPathException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> existingFile(String arg) {
        try {
            Path p = Path.of(arg);
            return Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
