package dev.deepforward.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a list of the hyperparameter search a comma separates values, so "1,5" (digits, a comma, digits, no space)
 * in a field of fractions could be 1.5 or 1 and 5: it is refused with both fixes, whether or not another value
 * of the list has a point. A comma next to a point, or with a space after it, only separates.
 */
class ACommaInASearchListSeparatesValuesTest {

    private static List<Object> values(SearchField f, String text) {
        return f.parse(text, 4).values();
    }

    @Test
    void aDecimalCommaInAListIsRefusedEvenWhenAnotherValueHasAPoint() {
        assertThatThrownBy(() -> values(SearchField.LEARNING_RATE, "0.01, 1,5"))
                .hasMessage("Learning rate: in '0.01, 1,5' a comma separates values; write decimals with a point"
                        + " (0.01, 1.5) or separate the values with ';' (0.01; 1,5)");
        assertThatThrownBy(() -> values(SearchField.L2, "0.1, 0,05"))
                .hasMessage("L2 λ: in '0.1, 0,05' a comma separates values; write decimals with a point"
                        + " (0.1, 0.05) or separate the values with ';' (0.1; 0,05)");
        assertThatThrownBy(() -> values(SearchField.DROPOUT, "0,2"))
                .hasMessageStartingWith("Dropout: in '0,2' a comma separates values");
        assertThatThrownBy(() -> values(SearchField.LEARNING_RATE, "0,05,0,1"))
                .hasMessageEndingWith("(0.05,0.1) or separate the values with ';' (0,05; 0,1)");
    }

    @Test
    void listsWithPointsOrSemicolonsAreReadAsTyped() {
        assertThat(values(SearchField.LEARNING_RATE, "0.05, 0.1")).isEqualTo(List.of(0.05, 0.1));
        assertThat(values(SearchField.LEARNING_RATE, "0.1,0.2")).isEqualTo(List.of(0.1, 0.2));
        assertThat(values(SearchField.LEARNING_RATE, "0,05; 0,1")).isEqualTo(List.of(0.05, 0.1));
        assertThat(values(SearchField.L2, "0.1; 0,05")).isEqualTo(List.of(0.1, 0.05));
        assertThat(values(SearchField.DROPOUT, "0, 0.2")).isEqualTo(List.of(0.0, 0.2));
        assertThat(values(SearchField.LEARNING_RATE, "0.01, 1, 5")).as("a space after each comma: three values")
                .isEqualTo(List.of(0.01, 1.0, 5.0));
    }

    @Test
    void wholeNumberListsKeepTheirCommasAsSeparators() {
        assertThat(values(SearchField.UNITS, "8,16,32")).isEqualTo(List.of(8, 16, 32));
        assertThat(values(SearchField.BATCH_SIZE, "16, 32")).isEqualTo(List.of(16, 32));
    }
}
