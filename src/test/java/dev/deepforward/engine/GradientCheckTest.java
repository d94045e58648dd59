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
        list.add(named("input dropout and hidden dropout (fixed masks)", TestData.net(
                LayerSpec.dense(6, Activation.TANH).withDropout(0.2), LayerSpec.dense(5, Activation.RELU))
                .withInputDropout(0.4), ce, classes));
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

    /** Every case on both backends: the ND4J one must compute the same gradients as the direct one. */
    static Stream<Arguments> casesOnBothBackends() {
        return cases().flatMap(a -> Stream.of(Backend.DIRECT, Backend.ND4J)
                .map(b -> Arguments.of(a.get()[0], b)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("casesOnBothBackends")
    void analyticGradientMatchesCentralDifferences(Case c, Backend backend) {
        Network net = Network.create(c.net(), c.training(), c.data().featureCount(), c.data().outputCount(),
                c.data().task(), 42, Precision.DOUBLE, backend);
        assertThat(net.backend()).isEqualTo(backend);
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

    // ------------------------------------------------------------------ mixed activations (DARTS)

    static Stream<Arguments> mixedCases() {
        List<Arguments> list = new ArrayList<>();
        Dataset classes = TestData.randomClasses(BATCH, 3, 3, 11);
        TrainingSpec ce = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, BATCH);
        List<Activation> five = List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.ELU,
                Activation.IDENTITY);
        LayerSpec dense = LayerSpec.dense(5, Activation.TANH).withInit(WeightInit.XAVIER_NORMAL, null);
        list.add(Arguments.of(Named.of("two mixed layers, the five candidates",
                new MixedCase(TestData.net(dense, dense.withUnits(4)), ce, classes, five))));
        list.add(Arguments.of(Named.of("mixed + batch norm + dropout (fixed mask) + L2",
                new MixedCase(TestData.net(dense.withBatchNorm(true).withDropout(0.3), dense.withUnits(4)),
                        ce.withRegularization(0.0, 0.1), classes, five))));
        list.add(Arguments.of(Named.of("other candidates, maxout layer in between (not mixed)",
                new MixedCase(TestData.net(dense, LayerSpec.maxout(3, 2), dense.withUnits(4)), ce, classes,
                        List.of(Activation.LEAKY_RELU, Activation.SOFTPLUS, Activation.GELU, Activation.SELU,
                                Activation.ABS)))));
        list.add(Arguments.of(Named.of("MSE regression",
                new MixedCase(TestData.net(dense), ce.withLoss(Loss.MSE), TestData.regression(BATCH, 3, 2, 5), five))));
        return list.stream();
    }

    record MixedCase(NetworkSpec net, TrainingSpec training, Dataset data, List<Activation> candidates) {
    }

    /**
     * The mixed layer's dJ/dz (checked through every weight below and in the layer, whose gradients all
     * pass through it) and dJ/dα (the architecture logits, outside the parameter buffer) against central
     * differences, at non-uniform α so that every p_k differs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mixedCases")
    void mixedActivationGradientsMatchCentralDifferences(MixedCase c) {
        Network net = Network.createMixed(c.net(), c.training(), c.data().featureCount(), c.data().outputCount(),
                c.data().task(), 42, Precision.DOUBLE, c.candidates());
        net.setDropoutMaskFrozen(true);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int mixed = 0;
        for (int l = 0; l < net.hiddenLayerCount(); l++) {
            if (net.isMixedLayer(l)) {
                double[] alpha = new double[c.candidates().size()];
                for (int k = 0; k < alpha.length; k++) {
                    alpha[k] = random.nextGaussian();
                }
                net.setMixtureLogits(l, alpha);
                mixed++;
            }
        }
        assertThat(mixed).isPositive();
        int[] rows = TestData.identity(BATCH);
        net.computeGradient(c.data(), rows, 0, BATCH);
        double[] analytic = net.gradient();
        double worst = 0;
        String worstAt = "";
        for (int i = 0; i < net.parameterCount(); i++) {
            double saved = net.parameter(i);
            net.setParameter(i, saved + H);
            double plus = net.computeLoss(c.data(), rows, 0, BATCH);
            net.setParameter(i, saved - H);
            double minus = net.computeLoss(c.data(), rows, 0, BATCH);
            net.setParameter(i, saved);
            double rel = relativeError((plus - minus) / (2 * H), analytic[i]);
            if (rel > worst) {
                worst = rel;
                worstAt = "parameter " + i;
            }
        }
        double alphaNorm = 0;
        for (int l = 0; l < net.hiddenLayerCount(); l++) {
            if (!net.isMixedLayer(l)) {
                continue;
            }
            double[] dAlpha = net.mixtureGradient(l);
            double[] alpha = net.mixtureLogits(l);
            for (int k = 0; k < alpha.length; k++) {
                double[] shifted = alpha.clone();
                shifted[k] = alpha[k] + H;
                net.setMixtureLogits(l, shifted);
                double plus = net.computeLoss(c.data(), rows, 0, BATCH);
                shifted[k] = alpha[k] - H;
                net.setMixtureLogits(l, shifted);
                double minus = net.computeLoss(c.data(), rows, 0, BATCH);
                net.setMixtureLogits(l, alpha);
                double rel = relativeError((plus - minus) / (2 * H), dAlpha[k]);
                if (rel > worst) {
                    worst = rel;
                    worstAt = "α[" + l + "][" + k + "]";
                }
                alphaNorm += dAlpha[k] * dAlpha[k];
            }
        }
        assertThat(worst).as("worst relative error at %s", worstAt).isLessThan(MAX_RELATIVE_ERROR);
        assertThat(alphaNorm).as("the α gradient is not zero").isGreaterThan(1e-10);
    }

    private static double relativeError(double numeric, double analytic) {
        double diff = Math.abs(numeric - analytic);
        return diff < ABSOLUTE_FLOOR ? 0 : diff / Math.max(Math.abs(numeric), Math.abs(analytic));
    }

    /** g_mix, ∂g_mix/∂z and ∂g_mix/∂α_j one value at a time, against difference quotients. */
    @org.junit.jupiter.api.Test
    void mixtureDerivativesMatchDifferenceQuotients() {
        MixedActivation mix = new MixedActivation(List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.ELU, Activation.IDENTITY));
        double[] alpha = {0.3, -1.2, 0.8, 0.1, -0.4};
        System.arraycopy(alpha, 0, mix.logits, 0, alpha.length);
        mix.refreshWeights();
        for (double z = -3.05; z < 3; z += 0.1) {
            double numeric = (mix.value(z + H) - mix.value(z - H)) / (2 * H);
            assertThat(mix.derivative(z)).as("g_mix'(%f)", z).isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-7));
            for (int j = 0; j < alpha.length; j++) {
                double[] p = alpha.clone();
                p[j] += H;
                double plus = mixValue(mix, p, z);
                p[j] -= 2 * H;
                double minus = mixValue(mix, p, z);
                assertThat(mix.derivativeByLogit(j, z)).as("∂g_mix/∂α_%d at %f", j, z)
                        .isCloseTo((plus - minus) / (2 * H), org.assertj.core.data.Offset.offset(1e-8));
            }
        }
    }

    private static double mixValue(MixedActivation mix, double[] logits, double z) {
        double[] p = new double[logits.length];
        MixedActivation.softmax(logits, p);
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            s += p[k] * mix.candidate(k, z);
        }
        return s;
    }

    /** The α step's own pass gives the same dJ/dα as a full backward, and leaves the weight gradient alone. */
    @org.junit.jupiter.api.Test
    void mixtureGradientPassMatchesFullBackwardAndKeepsTheWeightGradient() {
        Dataset data = TestData.randomClasses(BATCH, 3, 3, 11);
        LayerSpec dense = LayerSpec.dense(5, Activation.TANH);
        Network net = Network.createMixed(TestData.net(dense, dense), TestData.training(Loss.SOFTMAX_CROSS_ENTROPY,
                Optimizer.SGD, 0.1, BATCH), 3, 3, Task.CLASSIFICATION, 42, Precision.DOUBLE,
                List.of(Activation.SIGMOID, Activation.RELU, Activation.IDENTITY));
        net.setMixtureLogits(0, new double[] {0.5, -0.5, 0.2});
        int[] rows = TestData.identity(BATCH);
        double j = net.computeGradient(data, rows, 0, BATCH);
        double[] weightGradient = net.gradient();
        double[][] full = {net.mixtureGradient(0), net.mixtureGradient(1)};
        double loss = net.computeMixtureGradient(data, rows, 0, BATCH);
        assertThat(loss).isCloseTo(j, org.assertj.core.data.Offset.offset(1e-12));
        for (int l = 0; l < 2; l++) {
            assertThat(net.mixtureGradient(l)).containsExactly(full[l], org.assertj.core.data.Offset.offset(1e-14));
        }
        assertThat(net.gradient()).containsExactly(weightGradient);
        assertThat(net.parameterCount()).isEqualTo((int) net.networkSpec().parameterCount(3, 3));
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
