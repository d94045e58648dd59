package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.model.Numbers;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.run.RunStatus;
import org.junit.jupiter.api.Test;

class StatusBarRateTest {

    @Test
    void anEndedRunsTrainingTimeReadsAsTheComputingTimeUnderTheChartsDoes() {
        RunStatus st = new RunStatus();
        st.phaseProperty().set(RunPhase.FINISHED);
        st.iterationProperty().set(1_000);
        for (double s : new double[] {0.5, 4.2, 38, 59.6, 125}) {
            st.trainingSecondsProperty().set(s);
            assertThat(StatusBar.rateText(st)).isEqualTo("1,000 iterations in " + Numbers.duration(s));
        }
        st.trainingSecondsProperty().set(0.5);
        assertThat(StatusBar.rateText(st)).isEqualTo("1,000 iterations in 500 ms");
        st.trainingSecondsProperty().set(59.6);
        assertThat(StatusBar.rateText(st)).as("not \"60 s\"").isEqualTo("1,000 iterations in 1 min 00 s");
    }

    @Test
    void aRunTooShortToTimeEndsAsTrainedInUnderHalfASecondNotInANoisyNumberOfMilliseconds() {
        RunStatus st = new RunStatus();
        st.phaseProperty().set(RunPhase.FINISHED);
        st.iterationProperty().set(40);
        for (double s : new double[] {0, 0.0031, 0.42, 0.499}) {
            st.trainingSecondsProperty().set(s);
            assertThat(StatusBar.rateText(st)).isEqualTo("40 iterations in < 0.5 s");
        }
    }
}
