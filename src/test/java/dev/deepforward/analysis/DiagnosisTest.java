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
    void theCourseLadderWithATrainDevSetNamesDataMismatchWhenTheDevErrorJumpsAfterTrainDev() {
        // the course's example: human ~0 %, training 1 %, train-dev 1.5 %, dev 10 %
        Diagnosis d = Diagnosis.of(0.0, 0.01, 0.015, 0.10, Double.NaN);
        assertThat(d.hasTrainDev()).isTrue();
        assertThat(d.avoidableBias()).isCloseTo(0.01, within(1e-12));
        assertThat(d.variance()).isCloseTo(0.005, within(1e-12));
        assertThat(d.dataMismatch()).isCloseTo(0.085, within(1e-12));
        assertThat(d.focus()).isEqualTo(Focus.DATA_MISMATCH);
        assertThat(d.gaps()).containsExactly(Gap.DATA_MISMATCH);
        assertThat(d.remedies()).containsExactly(Remedy.SYNTHESIZE);
        assertThat(d.describe()).contains("training 1.00 %, train-dev 1.50 %, development 10.00 %")
                .contains("data mismatch 8.50 pp").contains("Reduce data mismatch")
                .contains("make the training data more like the development data");
    }

    @Test
    void withoutATrainDevSetTheSameJumpReadsAsVarianceAndNoMismatchIsNamed() {
        Diagnosis d = Diagnosis.of(0.0, 0.01, 0.10, Double.NaN);
        assertThat(d.hasTrainDev()).isFalse();
        assertThat(d.dataMismatch()).isNaN();
        assertThat(d.variance()).isCloseTo(0.09, within(1e-12));
        assertThat(d.focus()).isEqualTo(Focus.VARIANCE);
        assertThat(d.remedies()).doesNotContain(Remedy.SYNTHESIZE);
        assertThat(d.describe()).doesNotContain("data mismatch").doesNotContain("train-dev");
    }

    @Test
    void aTrainDevErrorFarAboveTrainingIsVarianceNotMismatch() {
        // the course's second example: training 1 %, train-dev 9 %, dev 10 %
        Diagnosis d = Diagnosis.of(0.0, 0.01, 0.09, 0.10, Double.NaN);
        assertThat(d.variance()).isCloseTo(0.08, within(1e-12));
        assertThat(d.focus()).isEqualTo(Focus.VARIANCE);
        assertThat(d.gaps()).containsExactly(Gap.VARIANCE);
        assertThat(d.remedies()).contains(Remedy.MORE_DATA, Remedy.L2).doesNotContain(Remedy.SYNTHESIZE, Remedy.WIDER);
    }

    @Test
    void aHighTrainingErrorOnTheFullLadderIsAvoidableBias() {
        // training 10 %, train-dev 11 %, dev 12 %
        Diagnosis d = Diagnosis.of(0.0, 0.10, 0.11, 0.12, Double.NaN);
        assertThat(d.focus()).isEqualTo(Focus.BIAS);
        assertThat(d.gaps()).containsExactly(Gap.AVOIDABLE_BIAS);
        assertThat(d.remedies()).contains(Remedy.WIDER, Remedy.LONGER).doesNotContain(Remedy.SYNTHESIZE, Remedy.DROPOUT);
    }

    @Test
    void mismatchBesideAComparableGapIsSeveralAndSmallGapsEverywhereAreCloseToHumanLevel() {
        // training 10 %, train-dev 11 %, dev 20 %: bias 10 pp and mismatch 9 pp
        Diagnosis d = Diagnosis.of(0.0, 0.10, 0.11, 0.20, Double.NaN);
        assertThat(d.focus()).isEqualTo(Focus.SEVERAL);
        assertThat(d.gaps()).containsExactly(Gap.AVOIDABLE_BIAS, Gap.DATA_MISMATCH);
        assertThat(d.remedies()).contains(Remedy.WIDER, Remedy.SYNTHESIZE).doesNotContain(Remedy.DROPOUT);
        Diagnosis close = Diagnosis.of(0.005, 0.007, 0.008, 0.009, Double.NaN);
        assertThat(close.focus()).isEqualTo(Focus.NEITHER);
        assertThat(close.gaps()).isEmpty();
        assertThat(close.remedies()).isEmpty();
    }

    @Test
    void synthesizingDevLikeDataCopiesTheTestNoiseIntoTheTrainingJitter() {
        RunSpec spec = RunSpec.defaults();
        RunSpec mismatched = spec.withData(new dev.deepforward.spec.DataSpec("circle", null, null, null, 1500, 0.05,
                0.33, 0.33, true, 0.0, 0, java.util.List.of(), 0.5));
        assertThat(Remedy.SYNTHESIZE.applyTo(mismatched).data().jitter()).isEqualTo(0.5);
        assertThat(Remedy.SYNTHESIZE.applyTo(mismatched).data().testNoise()).isEqualTo(0.5);
        assertThat(Remedy.SYNTHESIZE.applyTo(spec).data().jitter()).isEqualTo(0.1);
        // more data keeps the test part's mismatch (it used to drop it)
        assertThat(Remedy.MORE_DATA.applyTo(mismatched.withData(mismatched.data().withDataset("iris"))).data().testNoise())
                .isEqualTo(0.5);
        assertThat(Remedy.SYNTHESIZE.applyTo(mismatched).problems("").list()).isEmpty();
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

    @Test
    void aGapWithinTheNoiseOfTheSetsSizesDiagnosesNothing() {
        // 1.7 points of variance and 5 points dev → test, on 240 / 80 / 80 examples
        Diagnosis small = Diagnosis.of(0.01, 0.003, Double.NaN, 0.02, 0.07, new Diagnosis.Sizes(240, 0, 80, 80));
        assertThat(small.gaps()).isEmpty();
        assertThat(small.focus()).isEqualTo(Focus.WITHIN_NOISE);
        assertThat(small.devSetProblem()).isFalse();
        assertThat(small.devTestWithinNoise()).isTrue();
        assertThat(small.noise()[Diagnosis.DEV_TEST]).isCloseTo(0.065, org.assertj.core.data.Offset.offset(0.001));
        assertThat(small.describe()).contains("within the noise").doesNotContain("may have been overfitted");
        // the same errors on 8,000-example sets are beyond the noise
        Diagnosis big = Diagnosis.of(0.01, 0.003, Double.NaN, 0.02, 0.07, new Diagnosis.Sizes(24_000, 0, 8_000, 8_000));
        assertThat(big.focus()).isEqualTo(Focus.VARIANCE);
        assertThat(big.devSetProblem()).isTrue();
        // sizes not known: the errors count as exact, as before
        assertThat(Diagnosis.of(0.01, 0.003, 0.02, 0.07).devSetProblem()).isTrue();
    }
}
