package dev.deepforward.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.comparison.CompareAndSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Conditions;

import dev.deepforward.spec.OptimizerSpec;

/**
 * The optimizers of {@link Updater} (same definitions) as ND4J operations on native state: ND4J's own
 * updater operations where their formulas are ours — Adam ({@code adam_updater}, with its ε rescaled to
 * ε·√(1 − β₂ᵗ) because ND4J adds ε to √s where we add it to √ŝ), RMSProp, AdaGrad, Nesterov — and BLAS
 * level-1 calls for SGD and classic momentum, which ND4J has no updater for in our form. Each op writes
 * the step into a native buffer, θ ← θ − step is one axpy, and Σ step² one dot, taken only when asked for
 * ({@link #keepsStep}): the network reads it for the layer probe, not after every step.
 */
final class Nd4jUpdater implements Update {

    private final OptimizerSpec spec;
    private final Nd4jKernels kernels;
    private final Mem first;
    private final Mem second;
    private final Mem step;
    /** η of the last update (SGD's step is η·g, not kept apart). */
    private double lastEta;

    Nd4jUpdater(OptimizerSpec spec, Precision precision, int n, Nd4jKernels kernels) {
        this.spec = spec;
        this.kernels = kernels;
        this.first = switch (spec.kind()) {
            case MOMENTUM, NESTEROV, ADAM -> Mem.allocate(precision, n);
            default -> null;
        };
        this.second = switch (spec.kind()) {
            case ADAM, RMSPROP, ADAGRAD -> Mem.allocate(precision, n);
            default -> null;
        };
        this.step = Mem.allocate(precision, n);
    }

    @Override
    public double update(Mem theta, Mem g, int from, int to, double eta, long t) {
        apply(theta, g, from, to, eta, t);
        return stepSquares(g, from, to);
    }

    /** The step stays in {@code step} (SGD: η·g, from g; momentum: v) until the next update. */
    @Override
    public boolean keepsStep() {
        return true;
    }

    @Override
    public double stepSquares(Mem g, int from, int to) {
        var blas = Nd4j.getBlasWrapper().level1();
        long n = to - from;
        return switch (spec.kind()) {
            case SGD -> {
                INDArray gr = kernels.range(g, from, to);
                yield blas.dot(n, lastEta * lastEta, gr, gr);
            }
            case MOMENTUM -> {
                INDArray v = kernels.range(first, from, to);
                yield blas.dot(n, 1.0, v, v);
            }
            default -> {
                INDArray up = kernels.range(step, from, to);
                yield blas.dot(n, 1.0, up, up);
            }
        };
    }

    @Override
    public void apply(Mem theta, Mem g, int from, int to, double eta, long t) {
        INDArray th = kernels.range(theta, from, to);
        INDArray gr = kernels.range(g, from, to);
        INDArray up = kernels.range(step, from, to);
        var blas = Nd4j.getBlasWrapper().level1();
        long n = to - from;
        lastEta = eta;
        switch (spec.kind()) {
            case SGD -> {
                blas.axpy(n, -eta, gr, th);
                return;
            }
            case MOMENTUM -> {
                // v ← μ·v − η·g; θ ← θ + v
                INDArray v = kernels.range(first, from, to);
                blas.scal(n, spec.momentum(), v);
                blas.axpy(n, -eta, gr, v);
                blas.axpy(n, 1.0, v, th);
                return;
            }
            case NESTEROV -> {
                INDArray v = kernels.range(first, from, to);
                kernels.updaterOp("nesterovs_updater", this, from, to, new INDArray[] {gr, v},
                        new INDArray[] {up, v}, new double[] {eta, spec.momentum()}, -1);
            }
            case ADAM -> {
                INDArray m = kernels.range(first, from, to);
                INDArray s = kernels.range(second, from, to);
                double epsilon = spec.epsilon() * Math.sqrt(1 - Math.pow(spec.beta2(), t));
                kernels.updaterOp("adam_updater", this, from, to, new INDArray[] {gr, s, m},
                        new INDArray[] {up, s, m}, new double[] {eta, spec.beta1(), spec.beta2(), epsilon}, t - 1);
            }
            case RMSPROP -> {
                INDArray s = kernels.range(second, from, to);
                kernels.updaterOp("rms_prop_updater", this, from, to, new INDArray[] {gr, s},
                        new INDArray[] {up, s}, new double[] {eta, spec.rho(), spec.epsilon()}, -1);
            }
            case ADAGRAD -> {
                INDArray s = kernels.range(second, from, to);
                kernels.updaterOp("ada_grad_updater", this, from, to, new INDArray[] {gr, s},
                        new INDArray[] {up, s}, new double[] {eta, spec.epsilon()}, -1);
            }
        }
        blas.axpy(n, -1.0, up, th);
    }

    @Override
    public void flushDenormals() {
        flush(first);
        flush(second);
    }

    private void flush(Mem m) {
        if (m != null) {
            kernels.executioner().exec(new CompareAndSet(m.array, 0.0,
                    Conditions.absLessThan(Updater.DENORMAL_FLOOR)));
        }
    }

    @Override
    public double secondMoment(int i) {
        return second.get(i);
    }
}
