package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.OutputSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.WeightInit;

/** The network learns what the course says it learns, and fails where the course says it fails. */
class LearningTest {

    @Test
    void reluHeAdamSeparatesTheSpiralOnHeldOutPoints() {
        Dataset train = TestData.spiral(300, 0.05, 1);
        Dataset test = TestData.spiral(200, 0.05, 2);
        NetworkSpec spec = TestData.net(LayerSpec.dense(16, Activation.RELU), LayerSpec.dense(16, Activation.RELU));
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.ADAM, 0.01, 16);
        Network net = Network.forDataset(spec, training, train, 7);
        Trainer trainer = new Trainer(net, train, 16, 7);
        for (int i = 0; i < 6000; i++) {
            trainer.step();
        }
        Evaluation e = net.evaluate(test);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(e.confusion()[0][0] + e.confusion()[1][1]).isEqualTo((int) Math.round(e.accuracy() * e.count()));
    }

    private static double[] firstGradientNorms(NetworkSpec spec) {
        Dataset data = TestData.randomClasses(64, 64, 10, 3);
        Network net = Network.forDataset(spec, TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, 64),
                data, 5);
        net.computeGradient(data, TestData.identity(64), 0, 64);
        return net.gradientNorms();
    }

    @Test
    void deepSigmoidWithTinyInitVanishesWhileReluWithHeDoesNot() {
        NetworkSpec sigmoid = NetworkSpec.uniform(10, 100, Activation.SIGMOID)
                .mapHidden(l -> l.withInit(WeightInit.NORMAL, 0.01));
        double[] s = firstGradientNorms(sigmoid);
        assertThat(s[0]).isLessThan(1e-3 * s[s.length - 1]);

        double[] r = firstGradientNorms(NetworkSpec.uniform(10, 100, Activation.RELU));
        double last = r[r.length - 1];
        for (int l = 0; l < r.length; l++) {
            assertThat(r[l] / last).as("layer %d", l).isBetween(0.1, 10.0);
        }
    }

    @Test
    void zeroInitNeverBreaksSymmetry() {
        Dataset data = TestData.spiral(50, 0.05, 1);
        NetworkSpec zeros = NetworkSpec.uniform(2, 8, Activation.SIGMOID)
                .mapHidden(l -> l.withInit(WeightInit.ZEROS, null))
                .withOutput(OutputSpec.defaults().withInit(WeightInit.ZEROS, null));
        Network net = Network.forDataset(zeros, TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.5, 10),
                data, 3);
        Trainer trainer = new Trainer(net, data, 10, 3);
        for (int i = 0; i < 100; i++) {
            trainer.step();
        }
        LayerStats[] stats = net.layerStats();
        for (int l = 0; l < net.hiddenLayerCount(); l++) {
            assertThat(stats[l].weightSpread()).as("layer %d", l).isLessThan(1e-6);
        }
        // the layers did learn something (identical units, but moved)
        assertThat(net.layerWeights(0)[2][0]).isNotZero();

        Network xavier = Network.forDataset(NetworkSpec.uniform(2, 8, Activation.SIGMOID),
                TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.5, 10), data, 3);
        xavier.computeGradient(data, TestData.identity(10), 0, 10);
        assertThat(xavier.layerStats()[0].weightSpread()).isGreaterThan(0.1);
    }

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void everyOptimizerReducesTheLoss(Optimizer kind) {
        Dataset data = TestData.regression(200, 3, 1, 9);
        double eta = switch (kind) {
            case SGD, MOMENTUM, NESTEROV -> 0.05;
            case ADAGRAD -> 0.05;
            default -> 0.005;
        };
        TrainingSpec training = TestData.training(Loss.MSE, kind, eta, 20);
        Network net = Network.forDataset(NetworkSpec.uniform(2, 16, Activation.TANH), training, data, 4);
        double before = net.evaluate(data).loss();
        Trainer trainer = new Trainer(net, data, 20, 4);
        for (int i = 0; i < 500; i++) {
            trainer.step();
        }
        double after = net.evaluate(data).loss();
        assertThat(after).as(kind.name()).isLessThan(0.5 * before);
    }

    @Test
    void momentumOptimizersFollowTheirFormulasOnAQuadratic() {
        // one parameter path checked by hand: a linear model with a single weight would do, but the optimizer
        // is easiest to check in isolation on the flat buffers
        Mem theta = Mem.allocate(Precision.DOUBLE, 1);
        Mem g = Mem.allocate(Precision.DOUBLE, 1);
        OptimizerSpec adam = OptimizerSpec.of(Optimizer.ADAM);
        Updater u = new Updater(adam, Precision.DOUBLE, 1);
        theta.set(0, 1.0);
        g.set(0, 0.5);
        u.update(theta, g, 0, 1, 0.1, 1);
        // first Adam step: m̂ = g, ŝ = g², so Δ = −η·g/(|g| + ε) ≈ −η
        assertThat(theta.get(0)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-7));

        Updater nesterov = new Updater(OptimizerSpec.of(Optimizer.NESTEROV), Precision.DOUBLE, 1);
        theta.set(0, 0.0);
        nesterov.update(theta, g, 0, 1, 0.1, 1); // v = −0.05, Δ = (1 + 0.9)·v
        assertThat(theta.get(0)).isCloseTo(-0.095, org.assertj.core.data.Offset.offset(1e-12));
        nesterov.update(theta, g, 0, 1, 0.1, 2); // v' = 0.9·(−0.05) − 0.05 = −0.095, Δ = −0.9·(−0.05) + 1.9·v'
        assertThat(theta.get(0)).isCloseTo(-0.095 + 0.045 - 0.1805, org.assertj.core.data.Offset.offset(1e-12));
    }
}
