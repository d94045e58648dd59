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
