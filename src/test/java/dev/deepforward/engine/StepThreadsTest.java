package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.TrainingSpec;

/**
 * A training step split over two threads ({@link Network#setStepThreads}: the big products and the
 * optimizer's update cut in halves, one for a helper thread) computes what the one-thread step computes.
 * The network is big enough that every hidden layer's products are split.
 */
class StepThreadsTest {

    private static final int BATCH = 64;
    private static final NetworkSpec NET = TestData.net(LayerSpec.dense(96, Activation.RELU),
            LayerSpec.dense(96, Activation.TANH));
    private static final Dataset DATA = TestData.randomClasses(200, 120, 5, 7);

    private static float[] train(int threads, Optimizer optimizer, int steps) {
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, optimizer, 0.01, BATCH);
        Network net = Network.forDataset(NET, training, DATA, 11, Backend.DIRECT);
        net.setStepThreads(threads);
        assertThat(net.stepThreads()).isEqualTo(threads);
        Trainer trainer = new Trainer(net, DATA, BATCH, 3);
        for (int i = 0; i < steps; i++) {
            trainer.step();
        }
        float[] p = net.parameters();
        net.setStepThreads(1);
        return p;
    }

    @Test
    void twoThreadStepsGiveTheSameParametersTwice() {
        assertThat(train(2, Optimizer.ADAM, 30)).containsExactly(train(2, Optimizer.ADAM, 30));
    }

    @Test
    void twoThreadStepsTrainTheSameNetworkAsOneThreadWithinFloatRounding() {
        for (Optimizer optimizer : new Optimizer[] {Optimizer.ADAM, Optimizer.SGD, Optimizer.NESTEROV}) {
            float[] one = train(1, optimizer, 30);
            float[] two = train(2, optimizer, 30);
            double worst = 0;
            for (int i = 0; i < one.length; i++) {
                worst = Math.max(worst, Math.abs(one[i] - two[i]) / Math.max(1e-3, Math.abs(one[i])));
            }
            assertThat(worst).as("%s: worst relative difference", optimizer).isLessThan(1e-4);
        }
    }

    @Test
    void theProbesReadTheSameOnOneThreadAndOnTwo() {
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.ADAM, 0.01, BATCH);
        double[][] norms = new double[2][];
        double[][] ratios = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Network net = Network.forDataset(NET, training, DATA, 11, Backend.DIRECT);
            net.setStepThreads(threads);
            Trainer trainer = new Trainer(net, DATA, BATCH, 3);
            for (int i = 0; i < 5; i++) {
                trainer.step();
            }
            norms[threads - 1] = net.gradientNorms();
            LayerStats[] stats = net.layerStats();
            ratios[threads - 1] = new double[stats.length];
            for (int l = 0; l < stats.length; l++) {
                ratios[threads - 1][l] = stats[l].updateRatio();
            }
            net.setStepThreads(1);
        }
        // the probes add the same two halves in the same order whether or not a helper computed one
        assertThat(norms[1]).containsExactly(norms[0]);
        assertThat(ratios[1]).containsExactly(ratios[0]);
    }

    @Test
    void theGradientNormsAnAdamStepMeasuresOnTheWayAreTheNormsOfItsGradient() {
        for (int threads = 1; threads <= 2; threads++) {
            TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.ADAM, 0.01, BATCH);
            Network net = Network.forDataset(NET, training, DATA, 11, Backend.DIRECT);
            net.setStepThreads(threads);
            Trainer trainer = new Trainer(net, DATA, BATCH, 3);
            for (int i = 0; i < 3; i++) {
                trainer.step();
            }
            double[] g = net.gradient();
            double[] norms = net.gradientNorms();
            for (int l = 0; l < net.layerCount(); l++) {
                int[] range = net.layerParameterRange(l);
                double sq = 0;
                for (int i = range[0]; i < range[1]; i++) {
                    sq += g[i] * g[i];
                }
                assertThat(norms[l]).as("%d threads, layer %d", threads, l)
                        .isCloseTo(Math.sqrt(sq), org.assertj.core.data.Percentage.withPercentage(1e-3));
            }
            net.setStepThreads(1);
        }
    }

    @Test
    void aSplitStepTrainsOnTheMinibatchItWasGiven() {
        // a batch of an odd size and rows out of order: the two threads copy half of the rows each
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.01, 33);
        double[] loss = new double[2];
        double[][] gradient = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Network net = Network.forDataset(NET, training, DATA, 11, Backend.DIRECT);
            net.setStepThreads(threads);
            int[] rows = new int[DATA.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = (i * 37) % rows.length;
            }
            loss[threads - 1] = net.computeGradient(DATA, rows, 5, 33);
            gradient[threads - 1] = net.gradient();
            net.setStepThreads(1);
        }
        assertThat(loss[1]).isEqualTo(loss[0]);
        assertThat(gradient[1]).containsExactly(gradient[0]);
    }

    @Test
    void aReluLayerNarrowerThanTheBatchIsSplitByRowsWithItsReluAndTrainsToTheSameBits() {
        // batch 128 over 64 ReLU units: the forward product and dJ/da are cut by rows, each thread applying
        // the ReLU (or its derivative) to the rows it computed
        NetworkSpec narrow = TestData.net(LayerSpec.dense(64, Activation.RELU), LayerSpec.dense(64, Activation.RELU));
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.ADAM, 0.01, 128);
        float[][] trained = new float[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Network net = Network.forDataset(narrow, training, DATA, 11, Backend.DIRECT);
            net.setStepThreads(threads);
            Trainer trainer = new Trainer(net, DATA, 128, 3);
            for (int i = 0; i < 10; i++) {
                trainer.step();
            }
            net.setStepThreads(1);
            trained[threads - 1] = net.parameters();
        }
        assertThat(trained[1]).isEqualTo(trained[0]);
    }

    @Test
    void theOutputBlockSplitByRowsComputesWhatOneThreadComputes() {
        // a ReLU layer under the softmax: the output layer's rows, their losses and the ReLU layer's dJ/dz
        // are split by rows between the threads (batches of 64, 33 and 20 cut at 32, 16 and 16 rows)
        NetworkSpec reluLast = TestData.net(LayerSpec.dense(96, Activation.TANH), LayerSpec.dense(96, Activation.RELU));
        for (int batch : new int[] {64, 33, 20}) {
            TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.ADAM, 0.01, batch);
            double[] loss = new double[2];
            double[][] gradient = new double[2][];
            float[][] trained = new float[2][];
            for (int threads = 1; threads <= 2; threads++) {
                Network net = Network.forDataset(reluLast, training, DATA, 11, Backend.DIRECT);
                net.setStepThreads(threads);
                Trainer trainer = new Trainer(net, DATA, batch, 3);
                for (int i = 0; i < 10; i++) {
                    trainer.step();
                }
                trained[threads - 1] = net.parameters();
                int[] rows = new int[DATA.size()];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = (i * 37) % rows.length;
                }
                loss[threads - 1] = net.computeGradient(DATA, rows, 5, batch);
                gradient[threads - 1] = net.gradient();
                net.setStepThreads(1);
            }
            assertThat(loss[1]).as("batch %d", batch).isEqualTo(loss[0]);
            assertThat(gradient[1]).as("batch %d", batch).containsExactly(gradient[0]);
            assertThat(trained[1]).as("batch %d", batch).containsExactly(trained[0]);
        }
    }

    @Test
    void theGradientOfATwoThreadStepMatchesCentralDifferences() {
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.01, BATCH);
        Network net = Network.create(NET, training, DATA.featureCount(), DATA.outputCount(), DATA.task(), 42,
                Precision.DOUBLE, Backend.DIRECT);
        net.setStepThreads(2);
        int[] rows = TestData.identity(BATCH);
        net.computeGradient(DATA, rows, 0, BATCH);
        double[] analytic = net.gradient();
        double h = 1e-6;
        SplittableRandom pick = new SplittableRandom(5);
        double worst = 0;
        double norm = 0;
        for (int n = 0; n < 300; n++) {
            int i = pick.nextInt(net.parameterCount());
            double saved = net.parameter(i);
            net.setParameter(i, saved + h);
            double plus = net.computeLoss(DATA, rows, 0, BATCH);
            net.setParameter(i, saved - h);
            double minus = net.computeLoss(DATA, rows, 0, BATCH);
            net.setParameter(i, saved);
            double numeric = (plus - minus) / (2 * h);
            double diff = Math.abs(numeric - analytic[i]);
            double rel = diff < 1e-9 ? 0 : diff / Math.max(Math.abs(numeric), Math.abs(analytic[i]));
            worst = Math.max(worst, rel);
            norm += analytic[i] * analytic[i];
        }
        net.setStepThreads(1);
        assertThat(worst).isLessThan(1e-5);
        assertThat(norm).isGreaterThan(1e-10);
    }

    @Test
    void aHalfTheHelperDoesNotTakeRunsOnTheTrainingThread() {
        StepHelper helper = new StepHelper();
        helper.close(); // a helper that never takes a job: the owner must run each itself
        Thread[] ranOn = new Thread[1];
        for (int i = 0; i < 3; i++) {
            ranOn[0] = null;
            helper.post(() -> ranOn[0] = Thread.currentThread());
            helper.await();
            assertThat(ranOn[0]).isSameAs(Thread.currentThread());
        }
    }

    @Test
    void aFailureOnTheHelperReachesTheTrainingThread() {
        StepHelper helper = new StepHelper();
        try {
            for (int i = 0; i < 50; i++) {
                helper.post(() -> {
                    throw new IllegalStateException("half failed");
                });
                org.assertj.core.api.Assertions.assertThatThrownBy(helper::await)
                        .isInstanceOf(IllegalStateException.class).hasMessage("half failed");
            }
        } finally {
            helper.close();
        }
    }

    @Test
    void smallNetworksAndTheNd4jBackendKeepOneThread() {
        assertThat(StepThreads.forStep(36, 10, 3)).isEqualTo(1);
        assertThat(StepThreads.forStep(170_410, 64, 11)).as("W3").isEqualTo(1);
        Network nd4j = Network.forDataset(NET, TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.01,
                BATCH), DATA, 11, Backend.ND4J);
        nd4j.setStepThreads(2);
        assertThat(nd4j.stepThreads()).isEqualTo(1);
    }
}
