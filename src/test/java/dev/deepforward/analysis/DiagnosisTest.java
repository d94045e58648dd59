package dev.deepforward.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.deepforward.spec.RunSpec;
import org.junit.jupiter.api.Test;

/** The course's medical-imaging table: human-level, training and development error of three scenarios. */
class DiagnosisTest {

    @Test
    void scenarioAIsAvoidableBias() {
        Diagnosis d = Diagnosis.of(0.01, 0.05, 0.06, Double.NaN);
        assertThat(d.avoidableBias()).isCloseTo(0.04, within(1e-12));
        assertThat(d.variance()).isCloseTo(0.01, within(1e-12));
        assertThat(d.focus()).isEqualTo(Focus.BIAS);
        assertThat(d.remedies()).contains(Remedy.WIDER, Remedy.DEEPER, Remedy.LONGER, Remedy.BETTER_OPTIMIZER)
                .doesNotContain(Remedy.DROPOUT);
    }

    @Test
    void scenarioBIsVariance() {
        Diagnosis d = Diagnosis.of(0.01, 0.01, 0.05, Double.NaN);
        assertThat(d.avoidableBias()).isCloseTo(0.0, within(1e-12));
        assertThat(d.variance()).isCloseTo(0.04, within(1e-12));
        assertThat(d.focus()).isEqualTo(Focus.VARIANCE);
        assertThat(d.remedies()).contains(Remedy.MORE_DATA, Remedy.L2, Remedy.DROPOUT, Remedy.EARLY_STOPPING)
                .doesNotContain(Remedy.WIDER);
    }

    @Test
    void scenarioCIsCloseToHumanLevel() {
        Diagnosis d = Diagnosis.of(0.005, 0.007, 0.008, Double.NaN);
        assertThat(d.avoidableBias()).isCloseTo(0.002, within(1e-12));
        assertThat(d.variance()).isCloseTo(0.001, within(1e-12));
        assertThat(d.focus()).isEqualTo(Focus.NEITHER);
        assertThat(d.describe()).contains("avoidable bias 0.20 pp, variance 0.10 pp").contains("Close to human level");
    }

    @Test
    void comparableGapsMeanBothAndAHighTestErrorFlagsTheDevSet() {
        Diagnosis d = Diagnosis.of(0.01, 0.04, 0.08, 0.12);
        assertThat(d.focus()).isEqualTo(Focus.BOTH);
        assertThat(d.devSetProblem()).isTrue();
        assertThat(d.remedies()).contains(Remedy.WIDER, Remedy.DROPOUT, Remedy.BIGGER_DEV_SET);
        assertThat(Diagnosis.of(0.01, 0.01, 0.05, 0.051).devSetProblem()).isFalse();
    }

    @Test
    void remediesChangeTheSpecSensibly() {
        RunSpec spec = RunSpec.defaults();
        assertThat(Remedy.WIDER.applyTo(spec).network().hidden()).allSatisfy(l -> assertThat(l.units()).isEqualTo(32));
        assertThat(Remedy.DEEPER.applyTo(spec).network().hidden()).hasSize(3);
        assertThat(Remedy.L2.applyTo(spec).training().l2()).isEqualTo(0.001);
        assertThat(Remedy.DROPOUT.applyTo(spec).network().hidden()).allSatisfy(l -> assertThat(l.dropout()).isEqualTo(0.2));
        assertThat(Remedy.EARLY_STOPPING.applyTo(spec).training().earlyStopping().enabled()).isTrue();
        assertThat(Remedy.LONGER.applyTo(spec).training().epochs()).isEqualTo(2 * spec.training().epochs());
        assertThat(Remedy.MORE_DATA.applyTo(spec).data().samples()).isEqualTo(1000);
        assertThat(Remedy.MORE_DATA.applyTo(spec.withData(spec.data().withDataset("mnist"))).data().shift()).isEqualTo(1);
        assertThat(Remedy.MORE_DATA.applyTo(spec.withData(spec.data().withDataset("iris"))).data().jitter()).isEqualTo(0.05);
        RunSpec linear = spec.withNetwork(spec.network().withHidden(java.util.List.of()));
        assertThat(Remedy.WIDER.applyTo(linear).network().hidden()).hasSize(1);
        for (Remedy r : new Remedy[] {Remedy.WIDER, Remedy.DEEPER, Remedy.LONGER, Remedy.BETTER_OPTIMIZER,
                Remedy.LESS_REGULARIZATION, Remedy.MORE_DATA, Remedy.L2, Remedy.DROPOUT, Remedy.EARLY_STOPPING,
                Remedy.BIGGER_DEV_SET}) {
            assertThat(r.applyTo(spec).problems("").list()).as(r.title()).isEmpty();
        }
    }
}
