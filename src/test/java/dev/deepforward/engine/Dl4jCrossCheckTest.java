package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;

/**
 * Our float network against DL4J's MultiLayerNetwork (an independent implementation) on the same weights
 * and the same batch: the loss and every gradient must agree to 1e-4 relative.
 *
 * <p>DL4J's raw gradients (from {@code computeGradientAndScore}) are sums over the minibatch, so they are
 * compared with ours × m. Its dense weights are [n_in, n_out] like ours without the bias row; batch norm
 * and the activation after it are separate DL4J layers with their own indices.
 */
class Dl4jCrossCheckTest {

    private static final int BATCH = 16;

    static List<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (Backend backend : new Backend[] {Backend.DIRECT, Backend.ND4J}) {
            for (Activation g : new Activation[] {Activation.SIGMOID, Activation.TANH, Activation.RELU}) {
                list.add(Arguments.of(g, false, backend));
                list.add(Arguments.of(g, true, backend));
            }
        }
        return list;
    }

    @ParameterizedTest(name = "{0}, batch norm {1}, {2} backend")
    @MethodSource("cases")
    void lossAndGradientsMatchDl4j(Activation g, boolean batchNorm, Backend backend) {
        Dataset data = TestData.randomClasses(BATCH, 5, 3, 21);
        NetworkSpec spec = TestData.net(LayerSpec.dense(7, g).withBatchNorm(batchNorm),
                LayerSpec.dense(6, g).withBatchNorm(batchNorm));
        Network ours = Network.forDataset(spec, TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, BATCH),
                data, 8, backend);
        assertThat(ours.backend()).isEqualTo(backend);
        double ourLoss = ours.computeGradient(data, TestData.identity(BATCH), 0, BATCH);
        double[] ourGrad = ours.gradient();

        MultiLayerNetwork theirs = dl4j(spec, 5, 3, g, batchNorm);
        // copy weights: DL4J layer index of our layer l, and of its batch norm
        int dl4jIndex = 0;
        List<int[]> map = new ArrayList<>(); // {our layer, dl4j dense index, dl4j bn index or -1}
        for (int l = 0; l < ours.layerCount(); l++) {
            boolean bn = l < ours.hiddenLayerCount() && batchNorm;
            map.add(new int[] {l, dl4jIndex, bn ? dl4jIndex + 1 : -1});
            dl4jIndex += bn ? 3 : 1;
        }
        for (int[] m : map) {
            double[][] w = ours.layerWeights(m[0]);
            int nIn = w.length - 1;
            int nOut = w[0].length;
            double[][] weights = new double[nIn][];
            System.arraycopy(w, 0, weights, 0, nIn);
            theirs.getLayer(m[1]).setParam("W", Nd4j.create(weights).castTo(DataType.FLOAT));
            theirs.getLayer(m[1]).setParam("b", Nd4j.create(new double[][] {w[nIn]}).castTo(DataType.FLOAT));
            if (m[2] >= 0) {
                int[] range = ours.layerParameterRange(m[0]);
                float[] p = ours.parameters();
                float[] gamma = new float[nOut];
                float[] beta = new float[nOut];
                for (int c = 0; c < nOut; c++) {
                    gamma[c] = p[range[0] + (nIn + 1) * nOut + c];
                    beta[c] = p[range[0] + (nIn + 1) * nOut + nOut + c];
                }
                theirs.getLayer(m[2]).setParam("gamma", Nd4j.create(gamma, 1, nOut));
                theirs.getLayer(m[2]).setParam("beta", Nd4j.create(beta, 1, nOut));
            }
        }
        INDArray x = Nd4j.create(data.features(), BATCH, 5);
        INDArray y = Nd4j.zeros(DataType.FLOAT, BATCH, 3);
        for (int r = 0; r < BATCH; r++) {
            y.putScalar(r, data.labels()[r], 1f);
        }
        theirs.setInput(x);
        theirs.setLabels(y);
        theirs.computeGradientAndScore();
        Map<String, INDArray> grads = theirs.gradient().gradientForVariable();

        assertThat(ourLoss).isCloseTo(theirs.score(), offset(1e-4 * Math.abs(theirs.score())));
        for (int[] m : map) {
            int[] range = ours.layerParameterRange(m[0]);
            double[][] w = ours.layerWeights(m[0]);
            int nIn = w.length - 1;
            int nOut = w[0].length;
            double[] ourW = new double[nIn * nOut];
            double[] ourB = new double[nOut];
            for (int i = 0; i < nIn * nOut; i++) {
                ourW[i] = ourGrad[range[0] + i] * BATCH;
            }
            for (int j = 0; j < nOut; j++) {
                ourB[j] = ourGrad[range[0] + nIn * nOut + j] * BATCH;
            }
            compare("layer " + m[0] + " W", ourW, grads.get(m[1] + "_W"));
            if (m[2] < 0) {
                // with batch norm the bias gradient is zero up to rounding on both sides
                compare("layer " + m[0] + " b", ourB, grads.get(m[1] + "_b"));
            } else {
                double[] ourGamma = new double[nOut];
                double[] ourBeta = new double[nOut];
                for (int c = 0; c < nOut; c++) {
                    ourGamma[c] = ourGrad[range[0] + (nIn + 1) * nOut + c] * BATCH;
                    ourBeta[c] = ourGrad[range[0] + (nIn + 1) * nOut + nOut + c] * BATCH;
                }
                compare("layer " + m[0] + " gamma", ourGamma, grads.get(m[2] + "_gamma"));
                compare("layer " + m[0] + " beta", ourBeta, grads.get(m[2] + "_beta"));
            }
        }
    }

    /** max |ours − theirs| ≤ 1e-4 · max |theirs|, row-major [n_in, n_out] on both sides. */
    private static void compare(String what, double[] ours, INDArray theirs) {
        double[] t = theirs.castTo(DataType.DOUBLE).dup('c').reshape(ours.length).toDoubleVector();
        double max = 0;
        double diff = 0;
        for (int i = 0; i < ours.length; i++) {
            max = Math.max(max, Math.abs(t[i]));
            diff = Math.max(diff, Math.abs(ours[i] - t[i]));
        }
        if (max < 1e-5) {
            assertThat(diff).as(what).isLessThan(1e-5);
        } else {
            assertThat(diff / max).as(what + " (largest |g| " + max + ")").isLessThan(1e-4);
        }
    }

    private static MultiLayerNetwork dl4j(NetworkSpec spec, int nIn, int nOut, Activation g, boolean batchNorm) {
        org.nd4j.linalg.activations.Activation act = switch (g) {
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            default -> throw new IllegalArgumentException(g.name());
        };
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(1).dataType(DataType.FLOAT).updater(new Sgd(0.1)).list();
        int fanIn = nIn;
        for (LayerSpec layer : spec.hidden()) {
            if (batchNorm) {
                list.layer(new DenseLayer.Builder().nIn(fanIn).nOut(layer.units())
                        .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build());
                list.layer(new BatchNormalization.Builder().nOut(layer.units()).eps(HiddenLayer.BN_EPSILON)
                        .decay(HiddenLayer.BN_MOMENTUM).build());
                list.layer(new ActivationLayer.Builder().activation(act).build());
            } else {
                list.layer(new DenseLayer.Builder().nIn(fanIn).nOut(layer.units()).activation(act).build());
            }
            fanIn = layer.units();
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(fanIn).nOut(nOut)
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build());
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
