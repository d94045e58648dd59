package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every numeric option of every command refuses what is not in its range by saying the range, never a type name. */
class NumericOptionsTest {

    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class);

    @Test
    void everyWholeNumberOptionOfEveryCommandSaysItsRangeForANumberTooLargeOrNotANumberAtAll() {
        List<String[]> options = new ArrayList<>();
        collect(Launcher.commandLine(), List.of(), options);
        assertThat(options).as("the numeric options found").extracting(o -> String.join(" ", o))
                .contains("run --iterations", "run --seed", "run --every", "search --budget",
                        "architecture --iterations", "screenshot --iterations", "lesson report --iterations");
        for (String[] option : options) {
            List<String> texts = new ArrayList<>(List.of("99999999999999999999999", "-99999999999999999999999",
                    "1e400", "abc", "1.5"));
            if (!option[option.length - 1].equals("--seed")) {
                texts.add("99999999999"); // beyond an int; a seed may be that large
            }
            for (String text : texts) {
                String[] args = new String[option.length + 1];
                System.arraycopy(option, 0, args, 0, option.length);
                args[option.length] = text;
                StringWriter err = new StringWriter();
                CommandLine cl = Launcher.commandLine();
                cl.setOut(new PrintWriter(new StringWriter(), true));
                cl.setErr(new PrintWriter(err, true));
                int exit = cl.execute(args);
                String said = String.join(" ", args);
                assertThat(exit).as(said + "\n" + err).isEqualTo(2);
                assertThat(err.toString()).as(said).contains(option[option.length - 1])
                        .contains("'" + text + "' is ").contains("a whole number from ")
                        .doesNotContain("is not an int", "is not a long", "Exception", "\tat ");
            }
        }
    }

    @Test
    void everyRangeInAnOptionsHelpWritesItsThousandsWithCommasAndSearchBudgetSaysItsOwnLimit() {
        List<String> ranges = new ArrayList<>();
        rangesOf(Launcher.commandLine(), "", ranges);
        assertThat(ranges).as("the ranges found in the options' help").isNotEmpty();
        // a size like 7680x4320 is two numbers of pixels, not a count
        java.util.regex.Pattern bare = java.util.regex.Pattern.compile("(?<![\\d,.x])\\d{4,}(?![\\d,.x])");
        assertThat(ranges).as("a number of 1,000 or more without its comma")
                .filteredOn(r -> bare.matcher(r.substring(r.indexOf(':') + 1)).find()).isEmpty();
        assertThat(ranges).anyMatch(r -> r.startsWith("search --budget:")
                && r.contains(String.format(java.util.Locale.ROOT, "1 to %,d ", dev.deepforward.spec.SearchSpace.MAX_BUDGET)));
    }

    /** Each option's help text that gives a range ("1 to 1,000"), as "command --option: text". */
    private static void rangesOf(CommandLine cl, String path, List<String> out) {
        for (OptionSpec o : cl.getCommandSpec().options()) {
            String text = String.join(" ", o.description());
            if (text.matches(".*\\d to [-\\d].*")) {
                out.add((path + " " + o.longestName()).trim() + ": " + text);
            }
        }
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().equals(cl.getCommandSpec())) {
                rangesOf(sub, (path + " " + name).trim(), out);
            }
        });
    }

    private static void collect(CommandLine cl, List<String> path, List<String[]> out) {
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (WHOLE.contains(o.type())) {
                List<String> args = new ArrayList<>(path);
                args.add(o.longestName());
                out.add(args.toArray(String[]::new));
            }
        }
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().equals(cl.getCommandSpec())) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                collect(sub, p, out);
            }
        });
    }
}
