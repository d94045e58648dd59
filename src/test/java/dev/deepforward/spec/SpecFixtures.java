package dev.deepforward.spec;

import java.util.List;

/** Specs shared by tests of several packages. */
public final class SpecFixtures {

    private SpecFixtures() {
    }

    /** A spec that sets a non-default value in nearly every field, to catch fields lost on the way. */
    public static RunSpec richSpec() {
        NetworkSpec net = new NetworkSpec(List.of(
                LayerSpec.dense(32, Activation.LEAKY_RELU).withAlpha(0.05).withBatchNorm(true),
                LayerSpec.maxout(16, 3).withDropout(0.3),
                LayerSpec.dense(8, Activation.SIGMOID).withInit(WeightInit.NORMAL, 0.01).withFrozen(true)),
                OutputSpec.defaults().withInit(WeightInit.UNIFORM, 0.1).withActivation(OutputActivation.SOFTMAX));
        TrainingSpec training = TrainingSpec.defaults()
                .withLoss(Loss.MSE)
                .withOptimizer(new OptimizerSpec(Optimizer.NESTEROV, 0.95, 0.9, 0.999, 0.9, 1e-7))
                .withLearningRate(0.05)
                .withSchedule(new ScheduleSpec(ScheduleKind.COSINE, 0.5, 100, 20, 1e-4))
                .withBatchSize(64)
                .withIterations(1234)
                .withRegularization(1e-4, 1e-3)
                .withClipping(ClippingSpec.of(ClippingMode.GLOBAL_NORM, 5.0))
                .withEarlyStopping(EarlyStoppingSpec.after(7))
                .withLabelSmoothing(0.1);
        DataSpec data = DataSpec.of("mnist").withSamples(3000).withSplit(0.1, 0.1).withClasses(List.of(0, 1, 2));
        return new RunSpec("rich", 7L, data, net, training);
    }
}
