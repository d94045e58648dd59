package dev.deepforward.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands, reached with arguments: {@code java -jar target/deepforward.jar COMMAND …}. */
@Command(name = "deepforward",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "DeepForward Workbench: see deep feed-forward networks learn.%n"
                + "Without arguments the workbench window opens; with a workbench (.dfw), lesson (.dflesson) or "
                + "lecture track (.dftrack) file as the only argument the window opens it (a track ready for D, "
                + "its first demo); with a command it runs headless.",
        subcommands = {ValidateCommand.class, RunCommand.class, SearchCommand.class, ArchitectureCommand.class,
                DiagnoseCommand.class,
                LessonCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read by the launcher before anything loads (the libraries' log levels are fixed then); here for help. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "show the libraries' log lines (ND4J's start-up report)")
    boolean verbose;

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        // headless: no window wants a core, so one big network may split its steps over two
        dev.deepforward.engine.StepThreads.setFreeCores(Runtime.getRuntime().availableProcessors());
        return commandLine().execute(args);
    }

    /** The configured command line, for callers (and tests) that redirect its output. */
    public static CommandLine commandLine() {
        return new CommandLine(new Cli()).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Cli::badArguments);
    }

    /**
     * A bad option or argument, in any command: the one-line reason (and picocli's "did you mean" for a
     * misspelt option or command), then where the help is, rather than the whole usage text, which pushed the
     * reason off the screen. Exit code 2.
     */
    static int badArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        // picocli checks the required options before it reports what it did not know: a typo'd option then
        // hid behind "Missing required option". Say the unknown one first, the missing one after it.
        java.util.List<String> unknown = cmd.getUnmatchedArguments();
        if (ex instanceof CommandLine.MissingParameterException && !unknown.isEmpty()) {
            CommandLine.UnmatchedArgumentException u = new CommandLine.UnmatchedArgumentException(cmd, unknown);
            err.println(u.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
        }
        err.println(ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("See `" + cmd.getCommandSpec().qualifiedName() + " --help` for its options.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Reads the version from the jar's manifest, so it follows the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"DeepForward Workbench " + (v == null ? "(development build)" : v)};
        }
    }
}
