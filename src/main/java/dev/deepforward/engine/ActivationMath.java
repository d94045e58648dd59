package dev.deepforward.engine;

import dev.deepforward.spec.Activation;

/**
 * The hidden-layer activations g(z) and their exact derivatives g'(z), one number at a time.
 *
 * <p>Derivatives take both z and a = g(z) because several are cheapest from the output (sigmoid a(1−a),
 * tanh 1 − a²). At the kinks of ReLU, leaky ReLU, PReLU, ELU, SELU and |z| (z = 0) the derivative used is
 * the right-hand one for z &gt; 0 only, i.e. g'(0) is the left slope: 0 for ReLU, α for leaky ReLU/PReLU, 0 for |z|
 * (sign(0) = 0). GELU is the usual tanh form 0.5·z·(1 + tanh(√(2/π)(z + 0.044715 z³))), which stays within
 * 1e-3 of z·Φ(z); its derivative here is the exact derivative of that form.
 * Maxout is not element-wise and lives in the layer.
 */
final class ActivationMath {

    static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double GELU_C = Math.sqrt(2 / Math.PI);
    private static final double GELU_K = 0.044715;

    private ActivationMath() {
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /**
     * tanh through the exp intrinsic: Java 17's Math.tanh is the non-intrinsic StrictMath one and took 30 %
     * of a W1 step. Absolute error ~1e-16, which gradient checks in double do not notice.
     */
    static double tanh(double z) {
        double t = Math.exp(-2 * Math.abs(z));
        double r = (1 - t) / (1 + t);
        return z < 0 ? -r : r;
    }

    /** log(1 + e^z) without overflow. */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    static double apply(Activation g, double alpha, double z) {
        return switch (g) {
            case SIGMOID -> sigmoid(z);
            case TANH -> tanh(z);
            case RELU -> z < 0 ? 0 : z; // written so that NaN passes through
            case LEAKY_RELU, PRELU -> z > 0 ? z : alpha * z;
            case ELU -> z > 0 ? z : alpha * Math.expm1(z);
            case ABS -> Math.abs(z);
            case SELU -> SELU_LAMBDA * (z > 0 ? z : SELU_ALPHA * Math.expm1(z));
            case GELU -> 0.5 * z * (1 + tanh(GELU_C * (z + GELU_K * z * z * z)));
            case SOFTPLUS -> softplus(z);
            case IDENTITY -> z;
            case MAXOUT -> throw new IllegalArgumentException("maxout is not element-wise");
        };
    }

    /** g'(z), given z and a = g(z). */
    static double derivative(Activation g, double alpha, double z, double a) {
        return switch (g) {
            case SIGMOID -> a * (1 - a);
            case TANH -> 1 - a * a;
            case RELU -> z > 0 ? 1 : 0;
            case LEAKY_RELU, PRELU -> z > 0 ? 1 : alpha;
            case ELU -> z > 0 ? 1 : a + alpha;
            case ABS -> z > 0 ? 1 : (z < 0 ? -1 : 0);
            case SELU -> z > 0 ? SELU_LAMBDA : a + SELU_LAMBDA * SELU_ALPHA;
            case GELU -> {
                double t = tanh(GELU_C * (z + GELU_K * z * z * z));
                yield 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * GELU_C * (1 + 3 * GELU_K * z * z);
            }
            case SOFTPLUS -> sigmoid(z);
            case IDENTITY -> 1;
            case MAXOUT -> throw new IllegalArgumentException("maxout is not element-wise");
        };
    }
}
