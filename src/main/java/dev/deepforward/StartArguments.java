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
 */
record StartArguments(boolean verbose, boolean window, Optional<Path> file, String[] args) {

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
        }
        return new StartArguments(verbose, false, Optional.empty(), args);
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
