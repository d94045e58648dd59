package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A bad option or value gets its one-line reason and where the help is, not the whole usage text. */
class BadArgumentsTest {

    private record Result(int exit, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = Launcher.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int exit = cl.execute(args);
        return new Result(exit, err.toString());
    }

    @Test
    void aNumberOutOfRangeGivesTheReasonAndOneLineAboutTheHelp() {
        Result r = run("run", "--spec", "assets/workbenches/ten-layers.json", "--out", "target/never",
                "--iterations", "99999999999");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                "Invalid value for option '--iterations': '99999999999' is out of range: a whole number from 1 to 100,000,000",
                "See `deepforward run --help` for its options.");
    }

    @Test
    void everyCommandAnswersAnUnknownOptionWithTheReasonAndItsOwnHelpLineOnly() {
        List<List<String>> commands = new ArrayList<>();
        collect(Launcher.commandLine(), new ArrayList<>(), commands);
        assertThat(commands).extracting(c -> String.join(" ", c))
                .contains("run", "validate", "search", "architecture", "diagnose", "lesson check", "lesson report",
                        "screenshot");
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--no-such-option");
            Result r = run(args.toArray(String[]::new));
            String name = String.join(" ", command);
            assertThat(r.exit()).as(name).isEqualTo(2);
            // the reason may be a missing required option or parameter, which picocli checks first
            assertThat(r.err().lines().findFirst().orElse("")).as(name).isNotBlank().doesNotStartWith("See");
            assertThat(r.err()).as(name)
                    .contains("See `deepforward " + name + " --help` for its options.")
                    .doesNotContain("Usage:");
            assertThat(r.err().lines().count()).as(name + ":\n" + r.err()).isLessThanOrEqualTo(4);
        }
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }
}
