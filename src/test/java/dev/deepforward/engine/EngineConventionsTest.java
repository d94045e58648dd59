package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OutputSpec;
import dev.deepforward.spec.TrainingSpec;

/** The conventions the lessons quote: label-smoothed targets and inverted dropout on the inputs, checked in numbers. */
class EngineConventionsTest {

    @Test
    void labelSmoothingTargetsAreOneMinusEpsilonTimesTheOneHotPlusEpsilonOverK() {
        int k = 4;
        double eps = 0.1;
        Dataset one = Dataset.classification("one", 2, new float[] {0.5f, -1f}, new int[] {2},
                List.of("a", "b", "c", "d"));
        TrainingSpec training = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, 1)
                .withLabelSmoothing(eps);
        Network net = Network.create(new NetworkSpec(List.of(), OutputSpec.defaults()), training, 2, k,
                one.task(), 1, Precision.DOUBLE);
        net.setParameters(new double[net.parameterCount()]); // all zero: the softmax gives 1/K to every class
        net.computeGradient(one, null, 0, 1);
        double[] g = net.gradient();
        int biasAt = net.layerParameterRange(0)[0] + 2 * k; // W's two rows, then the bias row
        // dJ/db_c = p_c − t_c = 1/K − t_c, so t_c = 1/K − dJ/db_c
        for (int c = 0; c < k; c++) {
            double target = 1.0 / k - g[biasAt + c];
            double expected = (1 - eps) * (c == 2 ? 1 : 0) + eps / k;
            assertThat(target).as("target of class %d", c).isCloseTo(expected, offset(1e-9));
        }
        // 0.925 for the true class and 0.025 for each other one (the ε/(K−1) convention would give 0.9 and 0.0333)
        assertThat(1.0 / k - g[biasAt + 2]).isCloseTo(0.925, offset(1e-9));
        assertThat(1.0 / k - g[biasAt]).isCloseTo(0.025, offset(1e-9));
    }

    @Test
    void inputDropoutZeroesAShareOfTheInputsAndScalesTheRestByOneOverKeep() {
        int inputs = 400;
        double p = 0.3;
        float[] ones = new float[inputs];
        java.util.Arrays.fill(ones, 1f);
        Dataset one = Dataset.regression("ones", inputs, ones, 1, new float[] {0f});
        TrainingSpec training = TestData.training(Loss.MSE, Optimizer.SGD, 0.1, 1);
        Network net = Network.create(new NetworkSpec(List.of(), OutputSpec.defaults()).withInputDropout(p),
                training, inputs, 1, one.task(), 7, Precision.DOUBLE);
        double[] theta = new double[net.parameterCount()];
        java.util.Arrays.fill(theta, 0.01);
        net.setParameters(theta);
        net.computeGradient(one, null, 0, 1);
        double[] g = net.gradient();
        // a linear model: dJ/dW_c = x̃_c · dJ/dz and dJ/db = dJ/dz, so dJ/dW_c / dJ/db is the dropped-out input x̃_c
        double dz = g[inputs];
        assertThat(Math.abs(dz)).isGreaterThan(1e-6);
        int dropped = 0;
        for (int c = 0; c < inputs; c++) {
            double x = g[c] / dz;
            if (x == 0) {
                dropped++;
            } else {
                assertThat(x).as("a kept input is scaled by 1/(1 − p)").isCloseTo(1 / (1 - p), offset(1e-6));
            }
        }
        assertThat(dropped / (double) inputs).as("share of dropped inputs").isCloseTo(p, offset(0.08));
        // evaluation has no dropout: Σ 0.01·1 + 0.01
        assertThat(net.predict(ones, 1)[0]).isCloseTo(0.01f * inputs + 0.01f, offset(1e-4f));
    }
}
