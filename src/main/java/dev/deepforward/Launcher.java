package dev.deepforward;

import dev.deepforward.cli.Cli;
import dev.deepforward.ui.StartTrace;
import dev.deepforward.ui.WorkbenchApp;
import dev.deepforward.ui.report.LessonReportCommand;
import dev.deepforward.ui.shot.ScreenshotCommand;
import picocli.CommandLine;

/**
 * The application's entry point. It must not extend {@code javafx.application.Application}: on a plain
 * classpath the JavaFX launcher refuses such a main class ("JavaFX runtime components are missing"), and
 * ND4J cannot run as a module, so the app stays non-modular and starts JavaFX from here.
 *
 * <p>No arguments open the workbench window, and so does a single argument naming an existing file (a
 * workbench or lesson file handed over by the desktop), which the window opens; anything else runs a
 * command. {@code --verbose} anywhere lets the libraries log. The headless commands live in
 * {@code cli}, which must not know JavaFX; the commands that render the window ({@code screenshot}, and
 * {@code lesson report} under the {@code lesson} command) are added here, where both may be seen.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        // before anything can load ND4J: its native build (generic or AVX2) by what this CPU supports
        dev.deepforward.engine.NativeBuild.choose();
        StartArguments start = startArguments(args);
        long parse = (System.nanoTime() - t0) / 1_000_000;
        if (start.problem().isPresent()) {
            System.err.println(start.problem().get());
            System.exit(2);
        }
        start.note().ifPresent(System.err::println);
        if (start.window()) {
            java.util.Optional<String> noDisplay = DisplayCheck.missing(System.getenv(), System.getProperties(),
                    () -> commandLine().getSubcommands().keySet());
            if (noDisplay.isPresent()) {
                System.err.println(noDisplay.get());
                System.exit(1);
            }
        }
        QuietLogging.configure(start.verbose());
        // the app runs JavaFX from the class path on purpose; JavaFX's start-up line about that is noise
        dev.deepforward.ui.JavaFxClassPathNote.quiet();
        if (start.window()) {
            if (start.verbose()) {
                StartTrace.enable();
            }
            StartTrace.mark("arguments read in " + parse + " ms");
            WorkbenchApp.start(start.verbose(), start.file());
        } else {
            // headless: no window wants a core, so one big network may split its steps over two
            dev.deepforward.engine.StepThreads.setFreeCores(Runtime.getRuntime().availableProcessors());
            System.exit(commandLine().execute(args));
        }
    }

    /** What {@code args} ask for: the window (with a file to open) or a command. */
    static StartArguments startArguments(String[] args) {
        return StartArguments.parse(args, () -> commandLine().getSubcommands().keySet());
    }

    /** Every command, the window's included (for {@code --help}, and for tests). */
    public static CommandLine commandLine() {
        CommandLine cl = Cli.commandLine();
        cl.addSubcommand("screenshot", new ScreenshotCommand());
        // help stays the last of the commands --help lists
        cl.getCommandSpec().removeSubcommand("help");
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.getSubcommands().get("lesson").addSubcommand("report", new LessonReportCommand());
        return cl;
    }
}
