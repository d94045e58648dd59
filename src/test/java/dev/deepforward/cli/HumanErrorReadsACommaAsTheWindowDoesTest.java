package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HumanErrorReadsACommaAsTheWindowDoesTest {

    @Test
    void aDecimalCommaIsAPointAndAPercentStaysAPercent() {
        assertThat(DiagnoseCommand.parseError("0,05")).isEqualTo(0.05);
        assertThat(DiagnoseCommand.parseError("1,5%")).isEqualTo(0.015);
        assertThat(DiagnoseCommand.parseError("0.01")).isEqualTo(0.01);
    }

    @Test
    void aCommaThatCouldGroupThousandsIsRefusedNotReadAsAThousand() {
        assertThatThrownBy(() -> DiagnoseCommand.parseError("1,000")).hasMessageContaining("could be 1000 or 1.000");
        assertThatThrownBy(() -> DiagnoseCommand.parseError("abc")).hasMessage("'abc' is not a number");
    }
}
