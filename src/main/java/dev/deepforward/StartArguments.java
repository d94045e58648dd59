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
 */
record StartArguments(boolean verbose, boolean window, Optional<Path> file, String[] args, Optional<String> problem) {

    StartArguments(boolean verbose, boolean window, Optional<Path> file, String[] args) {
        this(verbose, window, file, args, Optional.empty());
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

    private static Optional<Path> existingFile(String arg) {
        try {
            Path p = Path.of(arg);
            return Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
