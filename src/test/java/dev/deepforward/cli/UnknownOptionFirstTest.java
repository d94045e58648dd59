package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An unknown option is reported even when a required option is missing too, and before it. */
class UnknownOptionFirstTest {

    private static final String SPEC = Path.of("assets/workbenches/ten-layers.json").toString();

    @Test
    void anUnknownOptionIsReportedBeforeTheMissingRequiredOne() {
        CliHarness.Result r = CliHarness.run("run", "--spec", SPEC, "--bogus", "3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown options: '--bogus', '3'").contains("Missing required option: '--out=DIR'");
        assertThat(r.err().indexOf("Unknown option")).isLessThan(r.err().indexOf("Missing required option"));
        assertThat(r.err()).contains("See `deepforward run --help` for its options.");
    }

    @Test
    void aMissingRequiredOptionAloneIsStillReportedAlone() {
        CliHarness.Result r = CliHarness.run("run", "--spec", SPEC);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Missing required option: '--out=DIR'").doesNotContain("Unknown");
    }
}
