package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help texts leave the wrapping to picocli: no description breaks a sentence over hard lines. */
class HelpTextTest {

    @Test
    void noCommandsDescriptionBreaksASentenceWhereTheNextLineStartsLowerCase() {
        List<String> broken = new ArrayList<>();
        check(Launcher.commandLine(), broken);
        assertThat(broken).isEmpty();
    }

    @Test
    void noHelpBreaksAFileNameOrANumberAtItsDotAndHelpIsTheLastCommandListed() {
        List<String> broken = new ArrayList<>();
        java.util.regex.Pattern split = java.util.regex.Pattern.compile(
                "[\\w*]\\.\\r?\\n\\s*([a-z]{2,5}\\b(?! {2})|\\d)"); // not a command list's next name
        walk(Launcher.commandLine(), cl -> {
            java.util.regex.Matcher m = split.matcher(cl.getUsageMessage());
            while (m.find()) {
                broken.add(cl.getCommandSpec().qualifiedName() + ": " + m.group().replaceAll("\\s+", " "));
            }
        });
        assertThat(broken).isEmpty();
        assertThat(List.copyOf(Launcher.commandLine().getSubcommands().keySet())).last().isEqualTo("help");
    }

    private static void walk(CommandLine cl, java.util.function.Consumer<CommandLine> visit) {
        visit.accept(cl);
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                walk(sub, visit);
            }
        });
    }

    private static void check(CommandLine cl, List<String> broken) {
        String[] lines = String.join("\n", cl.getCommandSpec().usageMessage().description())
                .replace("%n", "\n").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty() && Character.isLowerCase(lines[i].charAt(0))) {
                broken.add(cl.getCommandName() + ": \"" + lines[i - 1] + "\" / \"" + lines[i] + "\"");
            }
        }
        cl.getSubcommands().values().forEach(c -> check(c, broken));
    }
}
