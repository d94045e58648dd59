package dev.deepforward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberEntryRungsTest {

    @Test
    void theLogSliderSnapsToTheSameRungsTheFieldsArrowsStepAlong() {
        List<Double> rungs = new ArrayList<>();
        for (double v = 1e-6; v <= 10; v = NumberEntry.Ladder.next(v)) {
            rungs.add(v);
        }
        assertThat(rungs).startsWith(1e-6, 2e-6, 3e-6, 5e-6, 1e-5).contains(0.001, 0.002, 0.003, 0.005, 0.01, 1.0);
        for (double rung : rungs) {
            assertThat(NumberEntry.nearestRung(rung)).as("rung %s", rung).isEqualTo(rung);
            // Just off a rung, the slider still lands on it.
            assertThat(NumberEntry.nearestRung(rung * 1.01)).as("above %s", rung).isEqualTo(rung);
            assertThat(NumberEntry.nearestRung(rung * 0.99)).as("below %s", rung).isEqualTo(rung);
        }
    }

    @Test
    void aValueBetweenRungsSnapsToTheNearerOneOnALogScale() {
        assertThat(NumberEntry.nearestRung(0.0007)).isEqualTo(0.0005);
        assertThat(NumberEntry.nearestRung(0.0008)).isEqualTo(0.001);
        assertThat(NumberEntry.nearestRung(0.025)).isEqualTo(0.03);
        assertThat(NumberEntry.nearestRung(0.24)).isEqualTo(0.2);
    }
}
