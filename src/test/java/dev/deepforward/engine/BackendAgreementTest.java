package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.TrainingSpec;

/**
 * The ND4J backend trains the same network as the direct one: after many float steps (an epoch's short
 * last batch included) every parameter and every probe agrees within float rounding, for every optimizer
 * and the layer kinds the two backends compute differently.
 */
class BackendAgreementTest {

    private static final int STEPS = 40;
    /** Float steps of two computations of one formula drift apart by rounding only. */
    private static final double TOLERANCE = 2e-4;

    static Stream<Arguments> networks() {
        List<Arguments> list = new ArrayList<>();
        for (Activation g : new Activation[] {Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.LEAKY_RELU, Activation.ABS, Activation.SOFTPLUS, Activation.IDENTITY, Activation.ELU,
                Activation.PRELU}) {
            list.add(Arguments.of(g.id(), TestData.net(LayerSpec.dense(9, g), LayerSpec.dense(7, g)), Loss.SOFTMAX_CROSS_ENTROPY));
        }
        list.add(Arguments.of("dropout", TestData.net(LayerSpec.dense(9, Activation.RELU).withDropout(0.3),
                LayerSpec.dense(7, Activation.TANH).withDropout(0.2)), Loss.SOFTMAX_CROSS_ENTROPY));
        list.add(Arguments.of("batch norm", TestData.net(LayerSpec.dense(9, Activation.RELU).withBatchNorm(true),
                LayerSpec.dense(7, Activation.SIGMOID)), Loss.SOFTMAX_CROSS_ENTROPY));
        list.add(Arguments.of("maxout", TestData.net(LayerSpec.maxout(5, 3), LayerSpec.dense(7, Activation.TANH)),
                Loss.SOFTMAX_CROSS_ENTROPY));
        list.add(Arguments.of("binary cross-entropy", TestData.net(LayerSpec.dense(9, Activation.TANH)),
                Loss.BINARY_CROSS_ENTROPY));
        list.add(Arguments.of("mse", TestData.net(LayerSpec.dense(9, Activation.TANH)), Loss.MSE));
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void bothBackendsTrainTheSameNetwork(String name, NetworkSpec net, Loss loss) {
        // Adam scales every gradient to a full-size step; batch norm's b gets a gradient that is rounding
        // noise (β makes it redundant), which Adam would turn into steps of noise: plain SGD there
        Optimizer optimizer = name.equals("batch norm") ? Optimizer.SGD : Optimizer.ADAM;
        TrainingSpec training = TestData.training(loss, optimizer, 0.01, 16)
                .withOptimizer(OptimizerSpec.of(optimizer));
        assertAgree(net, training);
    }

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void bothBackendsApplyEveryOptimizerAlike(Optimizer optimizer) {
        NetworkSpec net = TestData.net(LayerSpec.dense(9, Activation.TANH), LayerSpec.dense(7, Activation.RELU));
        assertAgree(net, TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, optimizer, 0.02, 16)
                .withOptimizer(OptimizerSpec.of(optimizer)));
    }

    @Test
    void l1AndL2AndAFrozenLayerAgree() {
        NetworkSpec net = TestData.net(LayerSpec.dense(9, Activation.TANH).withFrozen(true),
                LayerSpec.dense(7, Activation.RELU));
        assertAgree(net, TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.ADAM, 0.02, 16)
                .withRegularization(0.01, 0.02));
    }

    @Test
    void autoPicksTheDirectBackendOnTheCpuAndANetworkSaysWhichItUses() {
        NetworkSpec net = TestData.net(LayerSpec.dense(9, Activation.TANH));
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, 16);
        Dataset data = TestData.randomClasses(50, 4, 3, 7);
        assertThat(Network.forDataset(net, training, data, 1, Backend.AUTO).backend()).isEqualTo(Backend.DIRECT);
        assertThat(Network.forDataset(net, training, data, 1, Backend.ND4J).backend()).isEqualTo(Backend.ND4J);
        assertThat(Backend.parse("ND4J")).isEqualTo(Backend.ND4J);
        assertThat(Backend.nd4jDescription()).contains("cpu");
    }

    @Test
    void theNd4jLossComesFromPAndLeavesARowWhoseProbabilityUnderflowedToTheExactLoop() {
        // row 0: a logit 200 below the others (its p is 0 in float); row 1: the label's logit 150 below the top
        Block z = Block.allocate(Precision.FLOAT, 2, 3);
        Block p = Block.allocate(Precision.FLOAT, 2, 3);
        Block y = Block.allocate(Precision.FLOAT, 2, 3);
        Block scratch = Block.allocate(Precision.FLOAT, 2, 3);
        double[][] logits = {{1, 2, -200}, {150, 0.5, -50}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                z.set(r, c, logits[r][c]);
            }
        }
        y.set(0, 1, 1);
        y.set(1, 1, 1);
        Nd4jKernels kernels = new Nd4jKernels();
        kernels.outputActivation(dev.deepforward.spec.OutputActivation.SOFTMAX, z, p, 2);
        double[] loss = new double[1];
        // the kernels decline (their log p would be −∞ and 0·−∞ NaN), so the output layer's exact loop runs
        assertThat(kernels.softmaxCrossEntropy(p, y, scratch, 2, loss)).isFalse();

        // and from p where nothing underflows
        y.set(1, 1, 0);
        y.set(1, 0, 1);
        z.set(0, 2, -3);
        z.set(1, 0, 1.5);
        kernels.outputActivation(dev.deepforward.spec.OutputActivation.SOFTMAX, z, p, 2);
        assertThat(kernels.softmaxCrossEntropy(p, y, scratch, 2, loss)).isTrue();
        double fromP = -(Math.log(p.get(0, 1)) + Math.log(p.get(1, 0))) / 2;
        assertThat(loss[0]).isCloseTo(fromP, org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest
    @EnumSource(value = Optimizer.class, names = {"SGD", "ADAM"})
    void theNd4jUpdateRatioTakenLaterIsTheOneOfTheLastStepEvenAfterAGradientCheck(Optimizer optimizer) {
        NetworkSpec net = TestData.net(LayerSpec.dense(9, Activation.TANH), LayerSpec.dense(7, Activation.RELU));
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, optimizer, 0.02, 16)
                .withOptimizer(OptimizerSpec.of(optimizer));
        Dataset data = TestData.randomClasses(50, 4, 3, 7);
        Network read = Network.forDataset(net, training, data, 5, Backend.ND4J);
        Network checked = Network.forDataset(net, training, data, 5, Backend.ND4J);
        Trainer a = new Trainer(read, data, 16, 3);
        Trainer b = new Trainer(checked, data, 16, 3);
        for (int i = 0; i < 5; i++) {
            a.step();
            b.step();
        }
        // another gradient overwrites the one SGD's step was made of, before the probe reads the ratio
        checked.computeGradient(data, new int[] {0, 1, 2, 3, 4, 5}, 0, 6);
        LayerStats[] sa = read.layerStats();
        LayerStats[] sb = checked.layerStats();
        for (int l = 0; l < sa.length; l++) {
            assertThat(sa[l].updateRatio()).isPositive();
            assertThat(sb[l].updateRatio()).as("layer %d", l).isEqualTo(sa[l].updateRatio());
        }
    }

    private static void assertAgree(NetworkSpec net, TrainingSpec training) {
        // 50 examples in batches of 16: every epoch ends with a batch of 2
        Dataset data = TestData.randomClasses(50, 4, 3, 7);
        Network direct = Network.forDataset(net, training, data, 5, Backend.DIRECT);
        Network nd4j = Network.forDataset(net, training, data, 5, Backend.ND4J);
        Trainer a = new Trainer(direct, data, 16, 3);
        Trainer b = new Trainer(nd4j, data, 16, 3);
        for (int i = 0; i < STEPS; i++) {
            double ja = a.step();
            double jb = b.step();
            assertThat(jb).as("cost of step %d", i + 1).isCloseTo(ja, org.assertj.core.data.Offset.offset(
                    TOLERANCE * Math.max(1, Math.abs(ja))));
            double[] na = direct.gradientNorms();
            double[] nb = nd4j.gradientNorms();
            for (int l = 0; l < na.length; l++) {
                assertThat(nb[l]).as("gradient norm of layer %d at step %d", l, i + 1)
                        .isCloseTo(na[l], org.assertj.core.data.Offset.offset(TOLERANCE * Math.max(1, na[l])));
            }
        }
        float[] pa = direct.parameters();
        float[] pb = nd4j.parameters();
        for (int i = 0; i < pa.length; i++) {
            assertThat((double) pb[i]).as("parameter %d of %d", i, pa.length)
                    .isCloseTo(pa[i], org.assertj.core.data.Offset.offset(TOLERANCE * Math.max(1, Math.abs(pa[i]))));
        }
        LayerStats[] sa = direct.layerStats();
        LayerStats[] sb = nd4j.layerStats();
        for (int l = 0; l < sa.length; l++) {
            assertThat(sb[l].updateRatio()).isCloseTo(sa[l].updateRatio(),
                    org.assertj.core.data.Offset.offset(1e-3 * Math.max(1e-6, sa[l].updateRatio())));
        }
    }
}
