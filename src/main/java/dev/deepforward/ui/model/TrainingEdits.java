package dev.deepforward.ui.model;

import dev.deepforward.spec.ClippingMode;
import dev.deepforward.spec.ClippingSpec;
import dev.deepforward.spec.EarlyStoppingSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.ScheduleKind;
import dev.deepforward.spec.ScheduleSpec;
import dev.deepforward.spec.TrainingSpec;
import java.util.function.UnaryOperator;

/** Edits of the training settings and of the data choice, each a labelled {@link SpecChange}. */
public final class TrainingEdits {

    private TrainingEdits() {
    }

    public static SpecChange setLoss(Loss loss) {
        return training("Set loss to " + loss.displayName(), t -> t.withLoss(loss));
    }

    /** Keeps the optimizer's hyperparameters: each optimizer reads only the ones it uses. */
    public static SpecChange setOptimizer(Optimizer kind) {
        return training("Set optimizer to " + kind.displayName(), t -> {
            OptimizerSpec o = t.optimizer();
            return t.withOptimizer(new OptimizerSpec(kind, o.momentum(), o.beta1(), o.beta2(), o.rho(), o.epsilon()));
        });
    }

    public static SpecChange setLearningRate(double eta) {
        return training("Set learning rate to " + Numbers.compact(eta), t -> t.withLearningRate(eta)).mergingAs("lr");
    }

    public static SpecChange setSchedule(ScheduleKind kind) {
        return training("Set schedule to " + kind.displayName(), t -> {
            ScheduleSpec s = t.schedule();
            // A warm-up schedule is invalid without warm-up iterations; give it a sensible start.
            int warmup = kind == ScheduleKind.WARMUP && s.warmupIterations() == 0 ? 100 : s.warmupIterations();
            return t.withSchedule(new ScheduleSpec(kind, s.gamma(), s.stepSize(), warmup, s.minLearningRate()));
        });
    }

    public static SpecChange setBatchSize(int n) {
        return training("Set batch size to " + n, t -> t.withBatchSize(n)).mergingAs("batch");
    }

    public static SpecChange setEpochs(int n) {
        return training("Set epochs to " + n, t -> t.withEpochs(n)).mergingAs("epochs");
    }

    public static SpecChange setL1(double v) {
        return training("Set L1 to " + Numbers.compact(v), t -> t.withRegularization(v, t.l2())).mergingAs("l1");
    }

    public static SpecChange setL2(double v) {
        return training("Set L2 to " + Numbers.compact(v), t -> t.withRegularization(t.l1(), v)).mergingAs("l2");
    }

    public static SpecChange setClippingMode(ClippingMode mode) {
        return training("Set clipping to " + mode.displayName(),
                t -> t.withClipping(ClippingSpec.of(mode, t.clipping().threshold())));
    }

    public static SpecChange setClippingThreshold(double v) {
        return training("Set clipping threshold to " + Numbers.compact(v),
                t -> t.withClipping(ClippingSpec.of(t.clipping().mode(), v))).mergingAs("clip");
    }

    public static SpecChange setLabelSmoothing(double eps) {
        return training("Set label smoothing to " + Numbers.compact(eps), t -> t.withLabelSmoothing(eps)).mergingAs("smooth");
    }

    public static SpecChange setEarlyStopping(boolean on) {
        return training((on ? "Turn on" : "Turn off") + " early stopping", t -> {
            EarlyStoppingSpec e = t.earlyStopping();
            return t.withEarlyStopping(new EarlyStoppingSpec(on, e.patience(), e.minDelta(), e.restoreBest()));
        });
    }

    public static SpecChange setPatience(int epochs) {
        return training("Set early-stopping patience to " + epochs, t -> {
            EarlyStoppingSpec e = t.earlyStopping();
            return t.withEarlyStopping(new EarlyStoppingSpec(e.enabled(), epochs, e.minDelta(), e.restoreBest()));
        }).mergingAs("patience");
    }

    /**
     * Another dataset. Moving between classification and regression also moves the loss to the usual one
     * for the new task (L2 for regression, softmax cross-entropy for classes): a cross-entropy cannot fit
     * real-valued targets, and the student asked for other data, not for a broken run.
     */
    public static SpecChange setDataset(String id) {
        return SpecChange.of("Use dataset " + id, spec -> {
            boolean wasRegression = DatasetSizes.isRegression(spec.data().dataset());
            boolean regression = DatasetSizes.isRegression(id);
            TrainingSpec t = spec.training();
            boolean classLoss = t.loss() == Loss.SOFTMAX_CROSS_ENTROPY || t.loss() == Loss.BINARY_CROSS_ENTROPY;
            if (regression && classLoss) {
                t = t.withLoss(Loss.MSE);
            } else if (wasRegression && !regression && !classLoss) {
                t = t.withLoss(Loss.SOFTMAX_CROSS_ENTROPY);
            }
            return spec.withData(spec.data().withDataset(id)).withTraining(t);
        });
    }

    private static SpecChange training(String label, UnaryOperator<TrainingSpec> change) {
        return SpecChange.of(label, spec -> spec.withTraining(change.apply(spec.training())));
    }
}
