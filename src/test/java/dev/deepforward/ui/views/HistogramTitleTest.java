package dev.deepforward.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A histogram's title never cuts the iteration number: "iteration" shortens, then the prefix is cut. */
class HistogramTitleTest {

    @Test
    void aWideHistogramShowsTheWholeTitle() {
        assertThat(HistogramView.headline("Weights", "iteration 2342", 400)).isEqualTo("Weights · iteration 2342");
    }

    @Test
    void aNarrowHistogramKeepsTheWholeIterationNumber() {
        for (double width = 20; width <= 400; width += 5) {
            assertThat(HistogramView.headline("Gradients", "iteration 2342", width)).as("at " + width + " px").endsWith("2342");
            assertThat(HistogramView.headline("Weights", "iteration 2342", width)).as("at " + width + " px").endsWith("2342");
        }
        assertThat(HistogramView.headline("Weights", "iteration 2342", 140)).isEqualTo("Weights · it. 2342");
        assertThat(HistogramView.headline("Gradients", "iteration 2342", 120)).isEqualTo("Grad… · it. 2342");
    }

    @Test
    void aHistogramWhoseValuesAreAllZeroSaysAll0InsteadOfMinusZeroZeroZero() {
        assertThat(HistogramView.axisLabels(0)).containsExactly("", "all 0", "");
        assertThat(HistogramView.axisLabels(0.055)).containsExactly("−0.055", "0", "0.055");
        assertThat(HistogramView.axisLabels(2e-5)).containsExactly("−2e-5", "0", "2e-5");
    }
}
