package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void aCommaThatCannotGroupThousandsIsADecimalComma() {
        assertThat(NumberText.read("0,05", false)).isEqualTo(new NumberText.Reading(0.05, NumberText.Comma.DECIMAL));
        assertThat(NumberText.read("1,5", false).value()).isEqualTo(1.5);
        assertThat(NumberText.read("0,0001", false).value()).isEqualTo(0.0001);
        assertThat(NumberText.read("2,50", false).value()).isEqualTo(2.5);
        assertThat(NumberText.read("0,005", false).value()).as("a group never starts with 0").isEqualTo(0.005);
        assertThat(NumberText.read("1,5e-3", false).value()).isEqualTo(1.5e-3);
        assertThat(NumberText.read("1,5", true).value()).as("a whole field sees 1.5 and refuses it itself").isEqualTo(1.5);
    }

    @Test
    void aCommaThatCanOnlyGroupThousandsGroups() {
        assertThat(NumberText.read("1,000,000", false)).isEqualTo(new NumberText.Reading(1e6, NumberText.Comma.GROUPING));
        assertThat(NumberText.read("1,000.5", false).value()).isEqualTo(1000.5);
        assertThat(NumberText.read("1,000", true)).isEqualTo(new NumberText.Reading(1000, NumberText.Comma.GROUPING));
        assertThat(NumberText.read("12,500", true).value()).isEqualTo(12500);
    }

    @Test
    void aCommaThatCouldBeEitherInAFieldOfFractionsIsRefusedWithBothReadings() {
        assertThatThrownBy(() -> NumberText.read("1,000", false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'1,000' could be 1000 or 1.000: write 1000 without the comma, or 1.000 with a point");
    }

    @Test
    void aCommaThatCouldBeEitherOffersOnlyTheReadingsInTheFieldsRange() {
        assertThatThrownBy(() -> NumberText.read("1,000", false, v -> v <= 100, "at most 100"))
                .hasMessage("'1,000' could be 1000 or 1.000, and only 1.000 is at most 100: write 1.000 with a point");
        assertThatThrownBy(() -> NumberText.read("1,000", false, v -> v >= 10, "at least 10"))
                .hasMessage("'1,000' could be 1000 or 1.000, and only 1000 is at least 10: write 1000 without the comma");
        assertThatThrownBy(() -> NumberText.read("1,000", false, v -> v <= 0.5, "a number from 0 to 0.5"))
                .hasMessage("'1,000' could be 1000 or 1.000, and neither is a number from 0 to 0.5");
        assertThatThrownBy(() -> NumberText.read("1,000", false, v -> true, "any number"))
                .hasMessage("'1,000' could be 1000 or 1.000: write 1000 without the comma, or 1.000 with a point");
    }

    @Test
    void textWithoutACommaReadsAsBeforeAndNonNumbersAreNone() {
        assertThat(NumberText.read("1e-3", false)).isEqualTo(new NumberText.Reading(0.001, NumberText.Comma.NONE));
        assertThat(NumberText.read(" 0.7 ", false).value()).isEqualTo(0.7);
        assertThat(NumberText.read("-2", false).value()).isEqualTo(-2);
        for (String bad : new String[] {"", "abc", "NaN", "Infinity", "0x1p3", "1d", "1,2,3", "1.000,5", ",", "1,", "1 000"}) {
            assertThat(NumberText.read(bad, false)).as(bad).isNull();
        }
    }
}
