package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

import dev.deepforward.spec.Activation;

/**
 * The ND4J backend's wide layers keep the bias input exact: the constant in z's extra column maps to exactly
 * 1 through the layer's activation, in float and double, in Java and in ND4J's own kernels.
 */
class WideLayerTest {

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU", "LEAKY_RELU", "ABS", "IDENTITY"})
    void theExtraColumnsConstantActivatesToExactlyOne(Activation g) {
        double c = HiddenLayer.onePreimage(g);
        assertThat(ActivationMath.apply(g, 0.01, c)).isEqualTo(1.0);
        assertThat((float) ActivationMath.apply(g, 0.01, (float) c)).isEqualTo(1.0f);
    }

    @Test
    void nd4jsSigmoidAndTanhGiveExactlyOneThereInFloatAndDouble() {
        NativeThreads.ensureConfigured();
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = Nd4j.valueArrayOf(new long[] {3}, 50.0, type);
            INDArray out = Nd4j.create(type, 3);
            Nd4j.getExecutioner().exec(new Sigmoid(x, out));
            assertThat(out.getDouble(0)).as("sigmoid " + type).isEqualTo(1.0);
            Nd4j.getExecutioner().exec(new Tanh(x, out));
            assertThat(out.getDouble(0)).as("tanh " + type).isEqualTo(1.0);
        }
    }

    @Test
    void activationsWithoutSuchAConstantStayNarrow() {
        assertThat(HiddenLayer.onePreimage(Activation.SOFTPLUS)).isNaN();
        assertThat(HiddenLayer.onePreimage(Activation.ELU)).isNaN();
    }
}
