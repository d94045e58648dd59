package dev.deepforward;

import dev.deepforward.cli.Cli;
import dev.deepforward.ui.WorkbenchApp;

/**
 * The application's entry point. It must not extend {@code javafx.application.Application}: on a plain
 * classpath the JavaFX launcher refuses such a main class ("JavaFX runtime components are missing"), and
 * ND4J cannot run as a module, so the app stays non-modular and starts JavaFX from here.
 *
 * <p>No arguments open the workbench window; any argument runs a headless command.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchApp.start(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
