package dev.deepforward;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Whether the window can open at all. On Linux the window draws through an X display; started without
 * one (a terminal over ssh, a server, a container) JavaFX fails with a long stack trace, so the launcher
 * says in one line what is missing and which commands work without a screen. Monocle's headless
 * platform (the tests' and the {@code screenshot} command's) needs no display.
 */
final class DisplayCheck {

    private DisplayCheck() {
    }

    /** The one line to print instead of opening the window, or empty when the window can open. */
    static Optional<String> missing(Map<String, String> env, Properties props,
            Supplier<Collection<String>> commands) {
        String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || os.contains("darwin")) {
            return Optional.empty();
        }
        if ("monocle".equalsIgnoreCase(props.getProperty("glass.platform", ""))) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.empty();
        }
        String names = commands.get().stream().filter(c -> !c.equals("help")).collect(Collectors.joining(", "));
        return Optional.of("No display: the window needs a desktop session (DISPLAY is not set)."
                + " Headless commands: " + names + " (deepforward --help lists them).");
    }
}
