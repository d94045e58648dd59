package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ClippingMode;
import dev.deepforward.spec.ClippingSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.TrainingSpec;

/**
 * A big network's wide ReLU layers keep W, its gradient and the optimizer's state as two column panels
 * (one per step thread), and nothing outside the engine can tell: the parameters and the gradient read
 * row-major, the network computes what a row-major one computes (within float rounding), and one step
 * thread and two train it to the same bits.
 */
class PanelLayoutTest {

    private static final int BATCH = 64;
    /** W2's shape: 784-256-256-10 (big enough for its step to be split, so its ReLU layers are in panels). */
    private static final NetworkSpec NET = TestData.net(LayerSpec.dense(256, Activation.RELU),
            LayerSpec.dense(256, Activation.RELU));
    private static final Dataset DATA = TestData.randomClasses(256, 784, 10, 3);

    private static Network network(int batch, Optimizer optimizer) {
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, optimizer, 0.001, batch);
        return Network.forDataset(NET, training, DATA, 17, Backend.DIRECT);
    }

    @Test
    void aBigNetworksWideReluLayersAreStoredAsTwoPanelsAndASmallOnesAreNot() {
        Network big = network(BATCH, Optimizer.ADAM);
        assertThat(big.panelCut(0)).isEqualTo(128);
        assertThat(big.panelCut(1)).isEqualTo(128);
        assertThat(big.panelCut(2)).isZero();
        // at batch 1 the step is far too small to split: row-major as ever
        Network small = network(1, Optimizer.ADAM);
        assertThat(small.panelCut(0)).isZero();
        assertThat(small.panelCut(1)).isZero();
    }

    @Test
    void theParametersReadRowMajorAsTheyWereDrawn() {
        float[] panels = network(BATCH, Optimizer.ADAM).parameters();
        float[] rowMajor = network(1, Optimizer.ADAM).parameters();
        assertThat(panels).isEqualTo(rowMajor);
        Network big = network(BATCH, Optimizer.ADAM);
        double[][] w = big.layerWeights(1);
        int start = big.layerParameterRange(1)[0];
        assertThat(w[3][200]).isEqualTo(panels[start + 3 * 256 + 200]);
        assertThat(big.parameter(start + 3 * 256 + 200)).isEqualTo(panels[start + 3 * 256 + 200]);
    }

    @Test
    void settingTheParametersBackAndOneByOneKeepsThem() {
        Network big = network(BATCH, Optimizer.ADAM);
        float[] p = big.parameters();
        p[1000] = 0.5f;
        big.setParameters(p);
        assertThat(big.parameters()).isEqualTo(p);
        int start = big.layerParameterRange(0)[0];
        big.setParameter(start + 130, 0.25);
        assertThat(big.parameters()[start + 130]).isEqualTo(0.25f);
        assertThat(big.layerWeights(0)[0][130]).isEqualTo(0.25);
        Network other = network(1, Optimizer.ADAM);
        other.copyLayerFrom(big, 0);
        assertThat(other.layerWeights(0)[0][130]).isEqualTo(0.25);
    }

    @Test
    void aNetworkInPanelsComputesWhatARowMajorOneComputes() {
        Network big = network(BATCH, Optimizer.SGD);
        Network plain = network(1, Optimizer.SGD);
        plain.ensureBatchCapacity(BATCH);
        int[] rows = TestData.identity(BATCH);
        double jPanels = big.computeGradient(DATA, rows, 0, BATCH);
        double jPlain = plain.computeGradient(DATA, rows, 0, BATCH);
        assertThat(jPanels).isEqualTo(jPlain, org.assertj.core.data.Offset.offset(1e-5 * Math.abs(jPlain)));
        double[] a = big.gradient();
        double[] b = plain.gradient();
        double worst = 0;
        double scale = 0;
        for (double v : b) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        assertThat(scale).isGreaterThan(1e-6);
        assertThat(worst / scale).isLessThan(1e-4);
        float[] pa = big.predict(DATA.features(), 8);
        float[] pb = plain.predict(DATA.features(), 8);
        for (int i = 0; i < pa.length; i++) {
            assertThat(pa[i]).as("prediction %d", i).isCloseTo(pb[i], org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void withL1AndL2TheProbesAndTheCostMatchARowMajorNetwork() {
        Network big = network(BATCH, Optimizer.ADAM);
        Network plain = network(1, Optimizer.ADAM);
        plain.ensureBatchCapacity(BATCH);
        int[] rows = TestData.identity(BATCH);
        for (Network n : new Network[] {big, plain}) {
            n.setL1(1e-3);
            n.setL2(1e-2);
            n.trainStep(DATA, rows, 0, BATCH);
        }
        assertThat(big.lastRegularization()).isCloseTo(plain.lastRegularization(),
                org.assertj.core.data.Offset.offset(1e-6 * plain.lastRegularization()));
        assertThat(big.computeLoss(DATA, rows, 0, BATCH)).isCloseTo(plain.computeLoss(DATA, rows, 0, BATCH),
                org.assertj.core.data.Offset.offset(1e-5));
        LayerStats[] a = big.layerStats();
        LayerStats[] b = plain.layerStats();
        double[] ga = big.weightGradientNorms();
        double[] gb = plain.weightGradientNorms();
        for (int l = 0; l < a.length; l++) {
            assertThat(ga[l]).as("‖dJ/dW‖ of layer %d", l).isCloseTo(gb[l], org.assertj.core.data.Offset.offset(1e-4 * gb[l]));
            assertThat(a[l].gradientNorm()).as("gradient norm %d", l)
                    .isCloseTo(b[l].gradientNorm(), org.assertj.core.data.Offset.offset(1e-4 * b[l].gradientNorm()));
            assertThat(a[l].weightNorm()).as("weight norm %d", l)
                    .isCloseTo(b[l].weightNorm(), org.assertj.core.data.Offset.offset(1e-4 * b[l].weightNorm()));
            assertThat(a[l].weightSpread()).as("weight spread %d", l)
                    .isCloseTo(b[l].weightSpread(), org.assertj.core.data.Offset.offset(1e-4 * b[l].weightSpread()));
            assertThat(a[l].updateRatio()).as("update ratio %d", l)
                    .isCloseTo(b[l].updateRatio(), org.assertj.core.data.Offset.offset(1e-3 * b[l].updateRatio()));
        }
    }

    @Test
    void theProbesOfANetworkInPanelsReadTheSameOnOneThreadAndOnTwoWithAndWithoutClipping() {
        for (ClippingSpec clipping : new ClippingSpec[] {ClippingSpec.defaults(),
            ClippingSpec.of(ClippingMode.GLOBAL_NORM, 0.5)}) {
            double[][] norms = new double[2][];
            LayerStats[][] stats = new LayerStats[2][];
            float[][] trained = new float[2][];
            for (int threads = 1; threads <= 2; threads++) {
                Network net = network(BATCH, Optimizer.ADAM);
                net.setClipping(clipping);
                net.setStepThreads(threads);
                Trainer trainer = new Trainer(net, DATA, BATCH, 5);
                for (int i = 0; i < 4; i++) {
                    trainer.step();
                }
                norms[threads - 1] = net.gradientNorms();
                stats[threads - 1] = net.layerStats();
                trained[threads - 1] = net.parameters();
                net.setStepThreads(1);
            }
            assertThat(norms[1]).as("%s", clipping).isEqualTo(norms[0]);
            assertThat(trained[1]).as("%s", clipping).isEqualTo(trained[0]);
            for (int l = 0; l < stats[0].length; l++) {
                // Σ|g| after a clipped step comes from OpenBLAS's sasum, which gave one of two values a few
                // ulps apart for the same gradient in different networks (row-major layers too, on one thread
                // as well as two: the buffers' addresses, not the threads); everything else to the bit
                LayerStats a = stats[0][l];
                LayerStats b = stats[1][l];
                assertThat(b.meanAbsGradient()).isCloseTo(a.meanAbsGradient(),
                        org.assertj.core.data.Offset.offset(1e-6 * a.meanAbsGradient()));
                assertThat(new LayerStats(b.layer(), b.name(), b.units(), b.gradientNorm(), a.meanAbsGradient(),
                        b.appliedGradientNorm(), b.weightNorm(), b.updateRatio(), b.activationMean(), b.activationStd(),
                        b.saturatedFraction(), b.deadFraction(), b.gammaMean(), b.betaMean(), b.weightSpread()))
                        .as("%s layer %d", clipping, l).isEqualTo(a);
            }
        }
    }

    private static float[] train(int threads) {
        Network net = network(BATCH, Optimizer.ADAM);
        net.setStepThreads(threads);
        Trainer trainer = new Trainer(net, DATA, BATCH, 5);
        for (int i = 0; i < 12; i++) {
            trainer.step();
        }
        net.setStepThreads(1);
        return net.parameters();
    }

    @Test
    void oneStepThreadAndTwoTrainANetworkInPanelsToTheSameBits() {
        assertThat(train(2)).isEqualTo(train(1));
    }
}
