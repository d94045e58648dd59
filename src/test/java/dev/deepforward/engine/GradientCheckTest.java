package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.Task;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OutputActivation;
import dev.deepforward.spec.OutputSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.WeightInit;

/**
 * Finite-difference checks of every analytic gradient, in double precision: for each parameter θ_i,
 * (J(θ + h·e_i) − J(θ − h·e_i)) / 2h must match dJ/dθ_i to a relative error below 1e-5.
 */
class GradientCheckTest {

    private static final double H = 1e-6;
    private static final double MAX_RELATIVE_ERROR = 1e-5;
    /** Below this absolute difference two tiny derivatives count as equal (relative error is noise there). */
    private static final double ABSOLUTE_FLOOR = 1e-9;
    private static final int BATCH = 6;

    record Case(NetworkSpec net, TrainingSpec training, Dataset data) {
    }

    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        Dataset classes = TestData.randomClasses(BATCH, 3, 3, 11);
        TrainingSpec ce = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, BATCH);
        for (Activation g : Activation.values()) {
            if (g == Activation.MAXOUT) {
                continue;
            }
            LayerSpec layer = LayerSpec.dense(5, g).withInit(WeightInit.XAVIER_NORMAL, null);
            if (g == Activation.LEAKY_RELU || g == Activation.PRELU) {
                layer = layer.withAlpha(0.2);
            }
            if (g == Activation.ELU) {
                layer = layer.withAlpha(0.7);
            }
            list.add(named("dense " + g.id(), TestData.net(layer, layer.withUnits(4)), ce, classes));
        }
        list.add(named("maxout k=3", TestData.net(LayerSpec.maxout(4, 3), LayerSpec.dense(4, Activation.TANH)), ce,
                classes));
        list.add(named("batch norm tanh", TestData.net(LayerSpec.dense(5, Activation.TANH).withBatchNorm(true),
                LayerSpec.dense(4, Activation.SIGMOID).withBatchNorm(true)), ce, classes));
        list.add(named("batch norm relu + maxout", TestData.net(LayerSpec.dense(5, Activation.RELU).withBatchNorm(true),
                LayerSpec.maxout(3, 2).withBatchNorm(true)), ce, classes));
        list.add(named("dropout (fixed mask)", TestData.net(LayerSpec.dense(6, Activation.TANH).withDropout(0.4),
                LayerSpec.dense(5, Activation.ELU).withDropout(0.2)), ce, classes));
        list.add(named("L1 + L2", TestData.net(LayerSpec.dense(5, Activation.TANH), LayerSpec.dense(4, Activation.SIGMOID)),
                ce.withRegularization(0.03, 0.05), classes));
        list.add(named("PReLU + batch norm + dropout + L2", TestData.net(
                LayerSpec.dense(5, Activation.PRELU).withBatchNorm(true).withDropout(0.3),
                LayerSpec.dense(4, Activation.PRELU).withAlpha(0.1)), ce.withRegularization(0.0, 0.1), classes));
        list.add(named("label smoothing 0.1", TestData.net(LayerSpec.dense(5, Activation.TANH)),
                ce.withLabelSmoothing(0.1), classes));
        list.add(named("binary cross-entropy", TestData.net(LayerSpec.dense(5, Activation.TANH)),
                ce.withLoss(Loss.BINARY_CROSS_ENTROPY).withLabelSmoothing(0.05), classes));
        list.add(named("MSE on classes (softmax)", TestData.net(LayerSpec.dense(5, Activation.TANH)),
                ce.withLoss(Loss.MSE), classes));
        list.add(named("MAE on classes (softmax)", TestData.net(LayerSpec.dense(5, Activation.TANH)),
                ce.withLoss(Loss.MAE), classes));
        Dataset reg = TestData.regression(BATCH, 3, 2, 5);
        list.add(named("MSE regression", TestData.net(LayerSpec.dense(5, Activation.TANH)), ce.withLoss(Loss.MSE), reg));
        list.add(named("MAE regression", TestData.net(LayerSpec.dense(5, Activation.SOFTPLUS)), ce.withLoss(Loss.MAE), reg));
        list.add(named("linear model, MSE", TestData.net(), ce.withLoss(Loss.MSE), reg));
        list.add(named("BCE with softmax output", new NetworkSpec(List.of(LayerSpec.dense(5, Activation.TANH)),
                OutputSpec.defaults().withActivation(OutputActivation.SOFTMAX)), ce.withLoss(Loss.BINARY_CROSS_ENTROPY), classes));
        list.add(named("CE with sigmoid output", new NetworkSpec(List.of(LayerSpec.dense(5, Activation.TANH)),
                OutputSpec.defaults().withActivation(OutputActivation.SIGMOID)), ce, classes));
        return list.stream();
    }

    private static Arguments named(String name, NetworkSpec net, TrainingSpec training, Dataset data) {
        return Arguments.of(Named.of(name, new Case(net, training, data)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analyticGradientMatchesCentralDifferences(Case c) {
        Network net = Network.create(c.net(), c.training(), c.data().featureCount(), c.data().outputCount(),
                c.data().task(), 42, Precision.DOUBLE);
        net.setDropoutMaskFrozen(true);
        int[] rows = TestData.identity(BATCH);
        net.computeGradient(c.data(), rows, 0, BATCH);
        double[] analytic = net.gradient();
        double worst = 0;
        int worstAt = -1;
        for (int i = 0; i < net.parameterCount(); i++) {
            double saved = net.parameter(i);
            net.setParameter(i, saved + H);
            double plus = net.computeLoss(c.data(), rows, 0, BATCH);
            net.setParameter(i, saved - H);
            double minus = net.computeLoss(c.data(), rows, 0, BATCH);
            net.setParameter(i, saved);
            double numeric = (plus - minus) / (2 * H);
            double diff = Math.abs(numeric - analytic[i]);
            double rel = diff < ABSOLUTE_FLOOR ? 0 : diff / Math.max(Math.abs(numeric), Math.abs(analytic[i]));
            if (rel > worst) {
                worst = rel;
                worstAt = i;
            }
        }
        assertThat(worst).as("worst relative error at parameter %d of %d", worstAt, net.parameterCount())
                .isLessThan(MAX_RELATIVE_ERROR);
        // and the check must have looked at real gradients, not zeros
        double norm = 0;
        for (double g : analytic) {
            norm += g * g;
        }
        assertThat(norm).isGreaterThan(1e-8);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = "MAXOUT", mode = EnumSource.Mode.EXCLUDE)
    void activationDerivativeMatchesDifferenceQuotient(Activation g) {
        double alpha = g.hasAlpha() ? 0.3 : 0;
        for (double z = -3.05; z < 3; z += 0.1) {
            double numeric = (ActivationMath.apply(g, alpha, z + H) - ActivationMath.apply(g, alpha, z - H)) / (2 * H);
            double analytic = ActivationMath.derivative(g, alpha, z, ActivationMath.apply(g, alpha, z));
            assertThat(analytic).as("%s'(%f)", g, z).isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-7));
        }
    }

    @org.junit.jupiter.api.Test
    void biasesOfClassificationNetworksStartAtZeroAndTaskIsKept() {
        Network net = Network.create(TestData.net(LayerSpec.dense(3, Activation.TANH)),
                TrainingSpec.defaults(), 2, 2, Task.CLASSIFICATION, 1, Precision.DOUBLE);
        double[][] w = net.layerWeights(0);
        assertThat(w[2]).containsOnly(0.0);
        assertThat(net.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(net.parameterCount()).isEqualTo((int) net.networkSpec().parameterCount(2, 2));
    }
}
