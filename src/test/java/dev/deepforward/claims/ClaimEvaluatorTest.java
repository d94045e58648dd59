package dev.deepforward.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.Claim;
import dev.deepforward.lesson.LayerRef;
import dev.deepforward.lesson.Metric;
import dev.deepforward.lesson.Moment;
import dev.deepforward.lesson.Op;
import dev.deepforward.lesson.Quantity;
import dev.deepforward.lesson.RunState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim rules on hand-made records: every moment, op, factor, margin and layer form. */
class ClaimEvaluatorTest {

    /** Three hidden layers (engine layers 0–2) and the output layer (3). */
    private static RunRecord run() {
        RunRecord r = new RunRecord(3);
        // validation loss at evaluation points 0, 10, 20, 30: best (lowest) at 20
        double[] loss = {0.9, 0.5, 0.3, 0.4};
        double[] acc = {0.5, 0.7, 0.9, 0.85};
        for (int i = 0; i < 4; i++) {
            r.add(Metric.VALIDATION_LOSS, i * 10L, loss[i]);
            r.add(Metric.VALIDATION_ACCURACY, i * 10L, acc[i]);
        }
        // per-iteration gradient norms, iterations 1–30: layer l's value is (l + 1) · 10⁻³ · t,
        // the output layer's is 1 throughout
        for (int t = 1; t <= 30; t++) {
            for (int l = 0; l < 3; l++) {
                r.add(Metric.GRADIENT_NORM, l, t, (l + 1) * 1e-3 * t);
            }
            r.add(Metric.GRADIENT_NORM, 3, t, 1.0);
            r.add(Metric.BATCH_LOSS, t, 1.0 / t);
        }
        r.setFinalState(RunState.FINISHED);
        r.setRunValue(Metric.ITERATIONS_RUN, 30);
        return r;
    }

    private static Verdict check(Claim claim) {
        return check(claim, Map.of("", run()));
    }

    private static Verdict check(Claim claim, Map<String, RunRecord> runs) {
        return ClaimEvaluator.evaluate(claim, name -> runs.get(name == null ? "" : name));
    }

    private static Quantity q(Metric m, Moment at) {
        return Quantity.of(null, m).at(at);
    }

    private static Quantity grad(LayerRef layer, Moment at) {
        return Quantity.of(null, Metric.GRADIENT_NORM).atLayer(layer).at(at);
    }

    private static double value(Moment at, Metric m) {
        return run().read(m, -1, at);
    }

    @Test
    void everyMomentPicksItsValue() {
        assertThat(value(Moment.FINAL, Metric.VALIDATION_LOSS)).isEqualTo(0.4);
        assertThat(value(new Moment(Moment.Kind.INITIAL, 0), Metric.VALIDATION_LOSS)).isEqualTo(0.9);
        assertThat(value(new Moment(Moment.Kind.BEST, 0), Metric.VALIDATION_LOSS)).isEqualTo(0.3);
        assertThat(value(new Moment(Moment.Kind.BEST, 0), Metric.VALIDATION_ACCURACY)).isEqualTo(0.9);
        assertThat(value(new Moment(Moment.Kind.MIN, 0), Metric.VALIDATION_ACCURACY)).isEqualTo(0.5);
        assertThat(value(new Moment(Moment.Kind.MAX, 0), Metric.VALIDATION_LOSS)).isEqualTo(0.9);
        // the last record at or before the iteration; nothing before the first record
        assertThat(value(Moment.iteration(25), Metric.VALIDATION_LOSS)).isEqualTo(0.3);
        assertThat(value(Moment.iteration(20), Metric.VALIDATION_LOSS)).isEqualTo(0.3);
        assertThat(value(Moment.iteration(0), Metric.VALIDATION_LOSS)).isEqualTo(0.9);
        assertThat(value(Moment.iteration(0), Metric.BATCH_LOSS)).isNaN();
        assertThat(value(Moment.meanOfLast(2), Metric.VALIDATION_ACCURACY)).isCloseTo(0.875, within());
        assertThat(value(Moment.meanOfLast(100), Metric.VALIDATION_ACCURACY)).isCloseTo(0.7375, within());
        assertThat(value(new Moment(Moment.Kind.INITIAL, 0), Metric.BATCH_LOSS)).isEqualTo(1.0);
        assertThat(run().read(Metric.TEST_LOSS, -1, Moment.FINAL)).as("never recorded").isNaN();
    }

    @Test
    void aRecordAtTheSameIterationReplacesTheLastOne() {
        RunRecord r = new RunRecord(1);
        r.add(Metric.TRAIN_LOSS, 12, 0.5);
        r.add(Metric.TRAIN_LOSS, 12, 0.4);
        assertThat(r.recordCount(Metric.TRAIN_LOSS, -1)).isEqualTo(1);
        assertThat(r.read(Metric.TRAIN_LOSS, -1, Moment.FINAL)).isEqualTo(0.4);
    }

    @Test
    void aNaNInsideTheRangeMakesMinMaxAndMeanUndefined() {
        RunRecord r = new RunRecord(0);
        r.add(Metric.BATCH_LOSS, 1, 0.5);
        r.add(Metric.BATCH_LOSS, 2, Double.NaN);
        r.add(Metric.BATCH_LOSS, 3, 0.2);
        assertThat(r.read(Metric.BATCH_LOSS, -1, new Moment(Moment.Kind.MIN, 0))).isNaN();
        assertThat(r.read(Metric.BATCH_LOSS, -1, Moment.meanOfLast(2))).isNaN();
        assertThat(r.read(Metric.BATCH_LOSS, -1, Moment.meanOfLast(1))).isEqualTo(0.2);
    }

    @Test
    void numbersCompareWithEveryOp() {
        Quantity bestLoss = q(Metric.VALIDATION_LOSS, new Moment(Moment.Kind.BEST, 0));
        assertThat(check(Claim.of("", bestLoss, Op.LT, 0.3)).passed()).isFalse();
        assertThat(check(Claim.of("", bestLoss, Op.LE, 0.3)).passed()).isTrue();
        assertThat(check(Claim.of("", bestLoss, Op.GT, 0.3)).passed()).isFalse();
        assertThat(check(Claim.of("", bestLoss, Op.GE, 0.3)).passed()).isTrue();
        assertThat(check(Claim.of("", bestLoss, Op.BETWEEN, List.of(0.3, 0.5))).passed()).as("closed").isTrue();
        assertThat(check(Claim.of("", bestLoss, Op.BETWEEN, List.of(0.31, 0.5))).passed()).isFalse();
    }

    @Test
    void runStatesCompareWithEqualsAndNotEquals() {
        Quantity state = Quantity.of(null, Metric.FINAL_STATE);
        assertThat(check(Claim.of("", state, Op.EQ, "finished")).passed()).isTrue();
        Verdict ne = check(Claim.of("", state, Op.NE, "finished"));
        assertThat(ne.passed()).isFalse();
        assertThat(ne.measured()).isEqualTo("measured finished vs finished");
        assertThat(check(Claim.of("", state, Op.NE, "diverged")).passed()).isTrue();
    }

    @Test
    void factorAndMarginScaleTheRightQuantity() {
        // layer 1 at iteration 10 is 0.01, the output layer 1: 0.01 < 0.02·1 holds, 0.01 < 0.005·1 does not
        Quantity first = grad(LayerRef.hidden(1), Moment.iteration(10));
        Quantity out = grad(LayerRef.OUTPUT, Moment.iteration(10));
        Verdict holds = check(Claim.of("", first, Op.LT, out).withFactor(0.02));
        assertThat(holds.passed()).isTrue();
        assertThat(holds.measured()).isEqualTo("measured 0.01 vs 0.02 × 1 = 0.02");
        assertThat(check(Claim.of("", first, Op.LT, out).withFactor(0.005)).passed()).isFalse();
        // the margin is added after the factor: 0.01 > 0.005·1 + 0.004 holds, + 0.006 does not
        assertThat(check(Claim.of("", first, Op.GT, out).withFactor(0.005).withMargin(0.004)).passed()).isTrue();
        Verdict fails = check(Claim.of("", first, Op.GT, out).withFactor(0.005).withMargin(0.006));
        assertThat(fails.passed()).isFalse();
        assertThat(fails.measured()).isEqualTo("measured 0.01 vs 0.005 × 1 + 0.006 = 0.011");
    }

    @Test
    void eachHiddenLayerMustHoldAndTheFailingLayerIsNamed() {
        // final values: layer 1 0.03, layer 2 0.06, layer 3 0.09
        Quantity each = grad(LayerRef.EACH, Moment.FINAL);
        assertThat(check(Claim.of("", each, Op.LT, 0.1)).passed()).isTrue();
        Verdict v = check(Claim.of("", each, Op.LT, 0.07));
        assertThat(v.passed()).isFalse();
        assertThat(v.measured()).isEqualTo("measured layers 1–3 [0.03, 0.06, 0.09] vs 0.07; fails at layer 3");
        assertThat(check(Claim.of("", each, Op.LT, grad(LayerRef.OUTPUT, Moment.FINAL))).passed()).isTrue();
        assertThat(check(Claim.of("", each, Op.LT, grad(LayerRef.OUTPUT, Moment.FINAL)).withFactor(0.07))
                .measured()).endsWith("fails at layer 3");
    }

    @Test
    void eachOnBothSidesComparesLayerByLayer() {
        // each layer's final value (30·k·10⁻³) against its own value at iteration 10 (10·k·10⁻³) times 3
        Quantity finalEach = grad(LayerRef.EACH, Moment.FINAL);
        Quantity earlyEach = grad(LayerRef.EACH, Moment.iteration(10));
        assertThat(check(Claim.of("", finalEach, Op.LE, earlyEach).withFactor(3)).passed()).isTrue();
        assertThat(check(Claim.of("", finalEach, Op.LE, earlyEach).withFactor(2.9)).passed()).isFalse();
        // across layers it would fail: layer 3's early value (0.03) times 3 is not below layer 1's final (0.03)
        Verdict v = check(Claim.of("", finalEach, Op.LT, earlyEach).withFactor(3));
        assertThat(v.passed()).isFalse();
        assertThat(v.measured()).contains("fails at layer 1, layer 2, layer 3");
    }

    @Test
    void someHiddenLayerIsEnoughAndTheVerdictSaysHowMany() {
        // final values: layer 1 0.03, layer 2 0.06, layer 3 0.09
        Quantity some = grad(LayerRef.SOME, Moment.FINAL);
        Verdict one = check(Claim.of("", some, Op.GT, 0.08));
        assertThat(one.passed()).isTrue();
        assertThat(one.measured()).isEqualTo("measured layers 1–3 [0.03, 0.06, 0.09] vs 0.08; holds at 1 of 3 layers");
        Verdict none = check(Claim.of("", some, Op.GT, 0.1));
        assertThat(none.passed()).isFalse();
        assertThat(none.measured()).endsWith("fails at every layer");
        // some on both sides: at least one layer against its own earlier value (10·k·10⁻³), scaled
        Quantity early = grad(LayerRef.SOME, Moment.iteration(10));
        assertThat(check(Claim.of("", some, Op.GE, early).withFactor(3)).passed()).isTrue();
        assertThat(check(Claim.of("", some, Op.GT, early).withFactor(3)).passed()).isFalse();
        // a single value against some layer: below at least one of them
        assertThat(check(Claim.of("", grad(LayerRef.hidden(2), Moment.FINAL), Op.LT, some)).passed()).isTrue();
        assertThat(check(Claim.of("", grad(LayerRef.hidden(3), Moment.FINAL), Op.LT, some)).passed()).isFalse();
    }

    @Test
    void aSingleValueAgainstEachLayerMustBeatEveryLayer() {
        Quantity out = grad(LayerRef.OUTPUT, Moment.FINAL);
        assertThat(check(Claim.of("", out, Op.GT, grad(LayerRef.EACH, Moment.FINAL))).passed()).isTrue();
        assertThat(check(Claim.of("", grad(LayerRef.hidden(2), Moment.FINAL), Op.GT,
                grad(LayerRef.EACH, Moment.FINAL))).passed()).isFalse();
    }

    @Test
    void variantsAreReadFromTheirOwnRuns() {
        RunRecord sigmoid = new RunRecord(1);
        sigmoid.add(Metric.VALIDATION_ACCURACY, 100, 0.5);
        RunRecord relu = new RunRecord(1);
        relu.add(Metric.VALIDATION_ACCURACY, 100, 0.95);
        Map<String, RunRecord> runs = Map.of("sigmoid", sigmoid, "relu", relu);
        Quantity r = Quantity.of("relu", Metric.VALIDATION_ACCURACY);
        Quantity s = Quantity.of("sigmoid", Metric.VALIDATION_ACCURACY);
        Verdict v = check(Claim.of("", r, Op.GT, s).withMargin(0.2), runs);
        assertThat(v.passed()).isTrue();
        assertThat(v.measured()).isEqualTo("measured 0.95 vs 0.5 + 0.2 = 0.7");
        assertThat(check(Claim.of("", r, Op.LT, s), runs).measured()).isEqualTo("measured 0.95 vs 0.5");
    }

    @Test
    void undefinedValuesAndFailedRunsFail() {
        // diverged_at of a run that did not diverge is undefined, whatever it is compared with
        Quantity at = Quantity.of(null, Metric.DIVERGED_AT);
        Verdict v = check(Claim.of("", at, Op.GE, 0));
        assertThat(v.passed()).isFalse();
        assertThat(v.measured()).isEqualTo("measured undefined vs 0; an undefined value fails the claim");
        assertThat(check(Claim.of("", at, Op.BETWEEN, List.of(0, 1e9))).passed()).isFalse();
        assertThat(check(Claim.of("", Quantity.of(null, Metric.ITERATIONS_RUN), Op.GE, 30)).passed()).isTrue();

        RunRecord failed = run();
        failed.setFailure("the run failed: out of memory");
        Verdict f = check(Claim.of("", Quantity.of(null, Metric.ITERATIONS_RUN), Op.GE, 0), Map.of("", failed));
        assertThat(f.passed()).isFalse();
        assertThat(f.measured()).contains("the run: the run failed: out of memory");
    }

    // ------------------------------------------------------------------ expressions and new quantities

    @Test
    void aDifferenceOfTwoQuantitiesIsComparedAsOneValue() {
        // validation accuracy final 0.85 − initial 0.5 = 0.35
        Quantity gain = q(Metric.VALIDATION_ACCURACY, Moment.FINAL)
                .minus(q(Metric.VALIDATION_ACCURACY, new Moment(Moment.Kind.INITIAL, 0)));
        Verdict holds = check(Claim.of("", gain, Op.GT, 0.3));
        assertThat(holds.passed()).isTrue();
        assertThat(holds.measured()).isEqualTo("measured 0.35 vs 0.3");
        assertThat(check(Claim.of("", gain, Op.GT, 0.4)).passed()).isFalse();
    }

    @Test
    void aRatioDividesAfterTheDifference() {
        // layer 1 over the output layer at iteration 10: 0.01 / 1
        Quantity ratio = grad(LayerRef.hidden(1), Moment.iteration(10)).over(grad(LayerRef.OUTPUT, Moment.iteration(10)));
        assertThat(check(Claim.of("", ratio, Op.LT, 0.02)).passed()).isTrue();
        assertThat(check(Claim.of("", ratio, Op.LT, 0.005)).passed()).isFalse();
        // (layer 3 − layer 1) / output at iteration 10 = (0.03 − 0.01) / 1
        Quantity both = grad(LayerRef.hidden(3), Moment.iteration(10)).minus(grad(LayerRef.hidden(1), Moment.iteration(10)))
                .over(grad(LayerRef.OUTPUT, Moment.iteration(10)));
        assertThat(check(Claim.of("", both, Op.BETWEEN, List.of(0.019, 0.021))).passed()).isTrue();
        assertThat(check(Claim.of("", both, Op.BETWEEN, List.of(0.021, 0.03))).passed()).isFalse();
    }

    @Test
    void aGapOfOneVariantIsComparedWithTheGapOfAnother() {
        RunRecord a = run();
        RunRecord b = new RunRecord(3);
        b.add(Metric.TRAIN_ACCURACY, 30, 0.95);
        b.add(Metric.VALIDATION_ACCURACY, 30, 0.75);
        a.add(Metric.TRAIN_ACCURACY, 30, 0.9);
        Map<String, RunRecord> runs = Map.of("a", a, "b", b);
        Quantity gapA = Quantity.of("a", Metric.TRAIN_ACCURACY).minus(Quantity.of("a", Metric.VALIDATION_ACCURACY));
        Quantity gapB = Quantity.of("b", Metric.TRAIN_ACCURACY).minus(Quantity.of("b", Metric.VALIDATION_ACCURACY));
        // a: 0.9 − 0.85 = 0.05, b: 0.95 − 0.75 = 0.2
        assertThat(check(Claim.of("", gapA, Op.LT, gapB).withMargin(-0.1), runs).passed()).isTrue();
        assertThat(check(Claim.of("", gapA, Op.LT, gapB).withMargin(-0.2), runs).passed()).isFalse();
    }

    @Test
    void sumOverLayersAddsTheHiddenLayersAndTheOutputLayer() {
        // at iteration 10: 0.01 + 0.02 + 0.03 + 1
        Quantity total = grad(LayerRef.SUM, Moment.iteration(10));
        assertThat(check(Claim.of("", total, Op.BETWEEN, List.of(1.059, 1.061))).passed()).isTrue();
        assertThat(check(Claim.of("", total, Op.LT, 1.05)).passed()).isFalse();
    }

    @Test
    void betweenTakesQuantitiesAtEitherEnd() {
        // the final validation loss 0.4 lies between the best 0.3 and the initial 0.9, not between best and 0.35
        Quantity fin = q(Metric.VALIDATION_LOSS, Moment.FINAL);
        Quantity best = q(Metric.VALIDATION_LOSS, new Moment(Moment.Kind.BEST, 0));
        Quantity first = q(Metric.VALIDATION_LOSS, new Moment(Moment.Kind.INITIAL, 0));
        Verdict holds = check(Claim.of("", fin, Op.BETWEEN, List.of(dev.deepforward.spec.SpecTree.toTree(best),
                dev.deepforward.spec.SpecTree.toTree(first))));
        assertThat(holds.passed()).isTrue();
        assertThat(holds.measured()).isEqualTo("measured 0.4 vs [0.3, 0.9]");
        assertThat(check(Claim.of("", fin, Op.BETWEEN, List.of(dev.deepforward.spec.SpecTree.toTree(best), 0.35)))
                .passed()).isFalse();
    }

    @Test
    void aValueBesideItsBoundIsPrintedWithTheDigitsThatTellThemApart() {
        Quantity fin = q(Metric.VALIDATION_LOSS, Moment.FINAL); // 0.4
        // at four digits all three would print as 0.4, and a reader could not see why it passes
        assertThat(check(Claim.of("", fin, Op.BETWEEN, List.of(0.39995, 0.40005))).measured())
                .isEqualTo("measured 0.4 vs [0.39995, 0.40005]");
        Verdict above = check(Claim.of("", fin, Op.GT, 0.39999));
        assertThat(above.passed()).isTrue();
        assertThat(above.measured()).isEqualTo("measured 0.4 vs 0.39999");
        // numbers far apart keep the short form
        assertThat(check(Claim.of("", fin, Op.LT, 0.5)).measured()).isEqualTo("measured 0.4 vs 0.5");
    }

    @Test
    void anyNeedsOneConditionAndAllNeedsEvery() {
        Quantity fin = q(Metric.VALIDATION_LOSS, Moment.FINAL); // 0.4
        Claim low = Claim.of(null, fin, Op.LT, 0.35);
        Claim high = Claim.of(null, fin, Op.GT, 0.35);
        Verdict any = check(Claim.combining("", true, List.of(low, high)));
        assertThat(any.passed()).isTrue();
        assertThat(any.measured()).contains("(1) fails: measured 0.4 vs 0.35").contains("(2) holds")
                .contains("1 of 2 conditions hold");
        assertThat(check(Claim.combining("", false, List.of(low, high))).passed()).isFalse();
        assertThat(check(Claim.combining("", false, List.of(high, high))).passed()).isTrue();
        assertThat(check(Claim.combining("", true, List.of(low, low))).passed()).isFalse();
    }

    @Test
    void theFirstCrossingIsTheIterationOfTheFirstRecordPastTheValue() {
        // validation accuracy 0.5, 0.7, 0.9, 0.85 at 0, 10, 20, 30: first above 0.8 at 20; never above 0.95
        Quantity above = Quantity.of(null, Metric.VALIDATION_ACCURACY).firstCrossing(true, 0.8);
        assertThat(check(Claim.of("", above, Op.LE, 20)).passed()).isTrue();
        assertThat(check(Claim.of("", above, Op.LT, 20)).passed()).isFalse();
        Quantity never = Quantity.of(null, Metric.VALIDATION_ACCURACY).firstCrossing(true, 0.95);
        assertThat(check(Claim.of("", never, Op.GT, 0)).passed()).as("undefined fails").isFalse();
        // the loss first falls below 0.45 at 20
        Quantity below = Quantity.of(null, Metric.VALIDATION_LOSS).firstCrossing(false, 0.45);
        assertThat(check(Claim.of("", below, Op.BETWEEN, List.of(20, 20))).passed()).isTrue();
    }

    @Test
    void theNewQuantitiesAreReadLikeTheOthers() {
        RunRecord r = run();
        r.add(Metric.VALIDATION_CONFIDENCE, 30, 0.93);
        r.add(Metric.CLIPPED_GRADIENT_NORM, 3, 30, 0.5);
        r.add(Metric.WEIGHT_GRADIENT_NORM, 3, 30, 0.8);
        r.add(Metric.NEAR_ZERO_FRACTION, 0, 31, 0.6);
        r.setRunValue(Metric.BEST_EPOCH, 7);
        Map<String, RunRecord> runs = Map.of("", r);
        Quantity confidence = Quantity.of(null, Metric.VALIDATION_CONFIDENCE);
        assertThat(check(Claim.of("", confidence, Op.GT, 0.9), runs).passed()).isTrue();
        assertThat(check(Claim.of("", confidence, Op.GT, 0.95), runs).passed()).isFalse();
        Quantity clipped = Quantity.of(null, Metric.CLIPPED_GRADIENT_NORM).atLayer(LayerRef.OUTPUT);
        assertThat(check(Claim.of("", clipped, Op.LE, 0.5), runs).passed()).isTrue();
        assertThat(check(Claim.of("", clipped, Op.LT, 0.5), runs).passed()).isFalse();
        Quantity weightsOnly = Quantity.of(null, Metric.WEIGHT_GRADIENT_NORM).atLayer(LayerRef.OUTPUT);
        assertThat(check(Claim.of("", weightsOnly, Op.GT, clipped), runs).passed()).isTrue();
        assertThat(check(Claim.of("", weightsOnly, Op.LT, clipped), runs).passed()).isFalse();
        Quantity sparse = Quantity.of(null, Metric.NEAR_ZERO_FRACTION).atLayer(LayerRef.hidden(1));
        assertThat(check(Claim.of("", sparse, Op.GT, 0.5), runs).passed()).isTrue();
        assertThat(check(Claim.of("", sparse, Op.GT, 0.7), runs).passed()).isFalse();
        Quantity best = Quantity.of(null, Metric.BEST_EPOCH);
        assertThat(check(Claim.of("", best, Op.LT, Quantity.of(null, Metric.ITERATIONS_RUN)), runs).passed()).isTrue();
        assertThat(check(Claim.of("", best, Op.GT, 7), runs).passed()).isFalse();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
