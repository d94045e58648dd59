package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.Task;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ClippingMode;
import dev.deepforward.spec.ClippingSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OutputSpec;
import dev.deepforward.spec.ScheduleKind;
import dev.deepforward.spec.ScheduleSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.WeightInit;

/** Determinism, evaluation mode, clipping, freezing, state transfer, live settings. */
class NetworkBehaviourTest {

    private static final TrainingSpec SGD = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, 10);

    private static NetworkSpec droppy() {
        return TestData.net(LayerSpec.dense(12, Activation.RELU).withDropout(0.5).withBatchNorm(true),
                LayerSpec.dense(8, Activation.TANH).withDropout(0.2));
    }

    @Test
    void sameSeedGivesIdenticalLossesAndAnotherSeedDoesNot() {
        Dataset data = TestData.spiral(40, 0.1, 3);
        double[] a = losses(data, 5);
        double[] b = losses(data, 5);
        double[] c = losses(data, 6);
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    private static double[] losses(Dataset data, long seed) {
        Network net = Network.forDataset(droppy(), SGD, data, seed);
        Trainer t = new Trainer(net, data, 10, seed);
        double[] out = new double[50];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.step();
        }
        return out;
    }

    @Test
    void evaluationUsesNoDropoutAndIsDeterministic() {
        Dataset data = TestData.spiral(40, 0.1, 3);
        Network net = Network.forDataset(droppy(), SGD, data, 1);
        Trainer t = new Trainer(net, data, 10, 1);
        for (int i = 0; i < 30; i++) {
            t.step();
        }
        Evaluation first = net.evaluate(data);
        // a training-mode pass draws new masks and moves nothing else that evaluation reads... except
        // batch norm's running statistics, so compare against a copy taken before
        NetworkState saved = net.saveState();
        net.computeLoss(data, TestData.identity(10), 0, 10);
        net.restoreState(saved);
        Evaluation second = net.evaluate(data);
        assertThat(second.loss()).isEqualTo(first.loss());
        assertThat(second.confusion()).isDeepEqualTo(first.confusion());

        // the same parameters without any dropout evaluate identically (inverted dropout scales in training)
        NetworkSpec noDrop = droppy().mapHidden(l -> l.withDropout(0));
        Network plain = Network.forDataset(noDrop, SGD, data, 1);
        plain.setParameters(net.parameters());
        plain.setBatchNormStatistics(net.batchNormStatistics());
        assertThat(plain.evaluate(data).loss()).isCloseTo(first.loss(), offset(1e-6));
    }

    @Test
    void evaluationOfOneExampleDoesNotDependOnTheOthers() {
        Dataset data = TestData.spiral(40, 0.1, 3);
        Network net = Network.forDataset(droppy(), SGD, data, 2);
        Trainer t = new Trainer(net, data, 10, 2);
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        float[] all = net.predict(data.features(), data.size());
        float[] one = net.predict(new float[] {data.features()[6], data.features()[7]}, 1);
        assertThat(one[0]).isCloseTo(all[6], offset(1e-6f));
        assertThat(one[1]).isCloseTo(all[7], offset(1e-6f));
        float[][] acts = net.activations(data.features(), data.size());
        assertThat(acts.length).isEqualTo(3);
        assertThat(acts[0]).hasSize(data.size() * 12);
        assertThat(acts[2]).containsExactly(all);
    }

    @ParameterizedTest
    @EnumSource(value = ClippingMode.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void clippingBoundsTheAppliedGradient(ClippingMode mode) {
        Dataset data = TestData.randomClasses(30, 4, 3, 1);
        double threshold = 0.01;
        TrainingSpec training = SGD.withClipping(ClippingSpec.of(mode, threshold));
        Network net = Network.forDataset(NetworkSpec.uniform(2, 8, Activation.TANH), training, data, 1);
        double[] before = net.parametersAsDoubles();
        net.trainStep(data, TestData.identity(10), 0, 10);
        double[] after = net.parametersAsDoubles();
        LayerStats[] stats = net.layerStats();
        double[] g = net.gradient();
        double total = 0;
        for (double v : g) {
            total += v * v;
        }
        // SGD moved θ by exactly η times the applied (clipped) gradient
        for (int i = 0; i < g.length; i++) {
            assertThat(after[i] - before[i]).isCloseTo(-0.1 * g[i], offset(1e-6));
        }
        switch (mode) {
            case VALUE -> {
                for (double v : g) {
                    assertThat(Math.abs(v)).isLessThanOrEqualTo(threshold + 1e-9);
                }
            }
            case LAYER_NORM -> {
                for (LayerStats s : stats) {
                    assertThat(s.appliedGradientNorm()).isLessThanOrEqualTo(threshold * (1 + 1e-5));
                }
            }
            case GLOBAL_NORM -> assertThat(Math.sqrt(total)).isCloseTo(threshold, offset(1e-6));
            default -> throw new AssertionError();
        }
        // the norms before clipping stay observable, and were above the threshold
        for (LayerStats s : stats) {
            assertThat(s.gradientNorm()).isGreaterThan(threshold);
            assertThat(s.gradientNorm()).isGreaterThanOrEqualTo(s.appliedGradientNorm());
        }
    }

    @Test
    void frozenLayersDoNotMove() {
        Dataset data = TestData.spiral(30, 0.1, 3);
        NetworkSpec spec = TestData.net(LayerSpec.dense(6, Activation.TANH).withFrozen(true),
                LayerSpec.dense(6, Activation.TANH));
        Network net = Network.forDataset(spec, SGD.withOptimizer(dev.deepforward.spec.OptimizerSpec.of(Optimizer.ADAM)),
                data, 1);
        double[][] w0 = net.layerWeights(0);
        double[][] w1 = net.layerWeights(1);
        Trainer t = new Trainer(net, data, 10, 1);
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        assertThat(net.layerWeights(0)).isDeepEqualTo(w0);
        assertThat(net.layerWeights(1)).isNotEqualTo(w1);
        assertThat(net.layerStats()[0].updateRatio()).isZero();
        assertThat(net.layerStats()[1].updateRatio()).isPositive();
    }

    @Test
    void parametersRoundTripAndLayersTransfer() {
        Dataset data = TestData.spiral(30, 0.1, 3);
        NetworkSpec spec = TestData.net(LayerSpec.dense(6, Activation.TANH).withBatchNorm(true),
                LayerSpec.dense(5, Activation.PRELU));
        Network a = Network.forDataset(spec, SGD, data, 1);
        Trainer t = new Trainer(a, data, 10, 1);
        for (int i = 0; i < 10; i++) {
            t.step();
        }
        Network b = Network.forDataset(spec, SGD, data, 99);
        assertThat(b.parameters()).isNotEqualTo(a.parameters());
        b.copyLayerFrom(a, 0);
        int[] r0 = a.layerParameterRange(0);
        float[] pa = a.parameters();
        float[] pb = b.parameters();
        for (int i = r0[0]; i < r0[1]; i++) {
            assertThat(pb[i]).isEqualTo(pa[i]);
        }
        assertThat(pb[r0[1]]).isNotEqualTo(pa[r0[1]]);
        b.setParameters(a.parameters());
        b.setBatchNormStatistics(a.batchNormStatistics());
        assertThat(b.evaluate(data).loss()).isEqualTo(a.evaluate(data).loss());
        assertThat(b.preluAlpha(1)).isEqualTo(a.preluAlpha(1));

        Network other = Network.forDataset(TestData.net(LayerSpec.dense(7, Activation.TANH)), SGD, data, 1);
        assertThatThrownBy(() -> other.copyLayerFrom(a, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> other.setParameters(new float[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void initSchemesShareTheirUnderlyingDraws() {
        Dataset data = TestData.spiral(10, 0.1, 3);
        double[][] xavier = Network.forDataset(TestData.net(LayerSpec.dense(6, Activation.TANH)
                .withInit(WeightInit.XAVIER_NORMAL, null)), SGD, data, 4).layerWeights(0);
        double[][] normal = Network.forDataset(TestData.net(LayerSpec.dense(6, Activation.TANH)
                .withInit(WeightInit.NORMAL, 0.01)), SGD, data, 4).layerWeights(0);
        double[][] uniform = Network.forDataset(TestData.net(LayerSpec.dense(6, Activation.TANH)
                .withInit(WeightInit.UNIFORM, 0.5)), SGD, data, 4).layerWeights(0);
        double[][] heUniform = Network.forDataset(TestData.net(LayerSpec.dense(6, Activation.TANH)
                .withInit(WeightInit.HE_UNIFORM, null)), SGD, data, 4).layerWeights(0);
        double sigma = Math.sqrt(2.0 / (2 + 6));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(xavier[i][j] / sigma).isCloseTo(normal[i][j] / 0.01, offset(1e-5));
                assertThat(heUniform[i][j] / Math.sqrt(6.0 / 2)).isCloseTo(uniform[i][j] / 0.5, offset(1e-5));
                // a normal weight is above zero exactly when its uniform twin is
                assertThat(Math.signum(normal[i][j])).isEqualTo(Math.signum(uniform[i][j]));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(WeightInit.class)
    void initSchemesHaveTheirDocumentedSpread(WeightInit scheme) {
        int fanIn = 200;
        int fanOut = 100;
        Block w = Block.allocate(Precision.DOUBLE, fanIn + 1, fanOut);
        WeightInitializer.fill(w, fanIn, fanOut, scheme, 0.3, 123);
        double sum = 0;
        double sumSq = 0;
        double max = 0;
        for (int i = 0; i < fanIn; i++) {
            for (int j = 0; j < fanOut; j++) {
                double v = w.get(i, j);
                sum += v;
                sumSq += v * v;
                max = Math.max(max, Math.abs(v));
            }
        }
        int n = fanIn * fanOut;
        double sd = Math.sqrt(Math.max(0, sumSq / n - (sum / n) * (sum / n)));
        double expected = switch (scheme) {
            case ZEROS, CONSTANT -> 0;
            case UNIFORM -> 0.3 / Math.sqrt(3);
            case NORMAL -> 0.3;
            case XAVIER_NORMAL, XAVIER_UNIFORM, XAVIER_TRUNCATED_NORMAL -> Math.sqrt(2.0 / (fanIn + fanOut));
            case HE_NORMAL, HE_UNIFORM -> Math.sqrt(2.0 / fanIn);
            case LECUN_NORMAL -> Math.sqrt(1.0 / fanIn);
        };
        assertThat(sd).isCloseTo(expected, offset(0.03 * expected + 1e-12));
        if (scheme == WeightInit.CONSTANT) {
            assertThat(sum / n).isCloseTo(0.3, offset(1e-12));
        }
        if (scheme == WeightInit.XAVIER_TRUNCATED_NORMAL) {
            assertThat(max).isLessThanOrEqualTo(2 * expected / 0.8796 + 1e-9);
        }
        for (int j = 0; j < fanOut; j++) {
            assertThat(w.get(fanIn, j)).isZero();
        }
    }

    @Test
    void normalQuantileMatchesKnownValues() {
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, offset(1e-12));
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959963984540054, offset(1e-8));
        assertThat(NormalQuantile.of(0.841344746068543)).isCloseTo(1.0, offset(1e-8));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326347874040841, offset(1e-8));
        assertThat(NormalQuantile.of(1e-6)).isCloseTo(-4.753424308822899, offset(1e-7));
    }

    @Test
    void shortLastBatchIsTrainedAndEpochsAdvance() {
        Dataset data = TestData.spiral(12, 0.1, 3); // 24 examples, batch 10 → 10, 10, 4
        Network net = Network.forDataset(NetworkSpec.uniform(1, 4, Activation.TANH), SGD, data, 1);
        Trainer t = new Trainer(net, data, 10, 1);
        assertThat(t.batchesPerEpoch()).isEqualTo(3);
        int[] sizes = new int[6];
        for (int i = 0; i < 6; i++) {
            assertThat(t.step()).isFinite();
            sizes[i] = t.lastBatchSize();
        }
        assertThat(sizes).containsExactly(10, 10, 4, 10, 10, 4);
        assertThat(t.epoch()).isEqualTo(1);
        assertThat(t.epochEnded()).isTrue();
        assertThat(net.iteration()).isEqualTo(6);
    }

    @Test
    void liveSettingsAndScheduleApply() {
        Dataset data = TestData.spiral(12, 0.1, 3);
        ScheduleSpec step = new ScheduleSpec(ScheduleKind.STEP, 0.5, 2, 0, 0);
        Network net = Network.forDataset(NetworkSpec.uniform(1, 4, Activation.TANH), SGD.withSchedule(step), data, 1);
        Trainer t = new Trainer(net, data, 10, 1);
        assertThat(net.currentLearningRate()).isEqualTo(0.1);
        t.step();
        t.step();
        assertThat(net.currentLearningRate()).isCloseTo(0.05, offset(1e-12));
        net.setLearningRate(1.0);
        assertThat(net.currentLearningRate()).isCloseTo(0.5, offset(1e-12));
        net.setLearningRate(0.0);
        float[] before = net.parameters();
        t.step();
        assertThat(net.parameters()).containsExactly(before);

        net.setL2(5.0);
        t.step();
        assertThat(net.lastRegularization()).isPositive();
        net.setL2(0);
        net.setL1(0);
        t.step();
        assertThat(net.lastRegularization()).isZero();
    }

    @Test
    void divergenceShowsAsNaNOrInfinity() {
        Dataset data = TestData.regression(40, 3, 1, 1);
        TrainingSpec wild = TestData.training(Loss.MSE, Optimizer.SGD, 50, 10);
        Network net = Network.forDataset(NetworkSpec.uniform(2, 8, Activation.RELU), wild, data, 1);
        Trainer t = new Trainer(net, data, 10, 1);
        boolean diverged = false;
        for (int i = 0; i < 200 && !diverged; i++) {
            double j = t.step();
            diverged = !Double.isFinite(j) || j > 1e6;
        }
        assertThat(diverged).isTrue();
        net.setParameter(0, Double.NaN);
        assertThat(t.step()).isNaN();
    }

    @Test
    void floatAndDoubleNetworksAgree() {
        Dataset data = TestData.spiral(20, 0.1, 3);
        NetworkSpec spec = TestData.net(LayerSpec.dense(8, Activation.TANH).withBatchNorm(true),
                LayerSpec.maxout(4, 3));
        Network f = Network.create(spec, SGD, 2, 2, Task.CLASSIFICATION, 3, Precision.FLOAT);
        Network d = Network.create(spec, SGD, 2, 2, Task.CLASSIFICATION, 3, Precision.DOUBLE);
        int[] rows = TestData.identity(10);
        for (int i = 0; i < 20; i++) {
            double lf = f.trainStep(data, rows, 0, 10);
            double ld = d.trainStep(data, rows, 0, 10);
            assertThat(lf).isCloseTo(ld, offset(1e-4));
        }
    }

    @Test
    void denormalStateIsFlushed() {
        Updater u = new Updater(dev.deepforward.spec.OptimizerSpec.of(Optimizer.ADAM), Precision.FLOAT, 2);
        Mem theta = Mem.allocate(Precision.FLOAT, 2);
        Mem g = Mem.allocate(Precision.FLOAT, 2);
        g.set(0, 1e-20f);
        g.set(1, 1.0);
        u.update(theta, g, 0, 2, 0.001, 1);
        // s = 0.001·(1e-20)² ≈ 1e-43 is a denormal float: slow arithmetic from here on
        assertThat(u.secondMoment(0)).isNotZero().isLessThan(1e-37);
        u.flushDenormals();
        assertThat(u.secondMoment(0)).isZero();
        assertThat(u.secondMoment(1)).isCloseTo(0.001, offset(1e-6)); // live state untouched
    }

    @Test
    void nativeLibrariesRunSingleThreaded() {
        NativeThreads.ensureConfigured();
        NativeThreads.ensureConfigured();
        assertThat(NativeThreads.blasThreads()).isEqualTo(1);
        assertThat(NativeThreads.ompThreads()).isEqualTo(1);
    }

    @Test
    void layerStatsDescribeEveryLayer() {
        Dataset data = TestData.spiral(20, 0.1, 3);
        NetworkSpec spec = new NetworkSpec(List.of(LayerSpec.dense(8, Activation.SIGMOID).withBatchNorm(true),
                LayerSpec.dense(6, Activation.RELU)), OutputSpec.defaults());
        Network net = Network.forDataset(spec, SGD, data, 1);
        new Trainer(net, data, 10, 1).step();
        LayerStats[] s = net.layerStats();
        assertThat(s).hasSize(3);
        assertThat(s[0].gammaMean()).isCloseTo(1.0, offset(0.05));
        assertThat(s[0].saturatedFraction()).isBetween(0.0, 1.0);
        assertThat(s[0].deadFraction()).isNaN();
        assertThat(s[1].deadFraction()).isBetween(0.0, 1.0);
        assertThat(s[1].gammaMean()).isNaN();
        assertThat(s[2].activationMean()).isCloseTo(0.5, offset(1e-6)); // softmax of 2 classes
        for (LayerStats l : s) {
            assertThat(l.gradientNorm()).isPositive();
            assertThat(l.updateRatio()).isPositive();
            assertThat(l.weightNorm()).isPositive();
            assertThat(l.activationStd()).isPositive();
            assertThat(l.meanAbsGradient()).isPositive();
        }
        assertThat(net.gradientNorms()[2]).isEqualTo(s[2].gradientNorm());
    }
}
