package dev.deepforward.engine;

import dev.deepforward.spec.OptimizerSpec;

/**
 * The optimizers, each a loop over a range of the flat parameter buffer θ and gradient buffer g (η the
 * learning rate of this iteration, t = 1, 2, … the iteration):
 * <ul>
 *   <li>SGD: θ ← θ − η·g</li>
 *   <li>momentum: v ← μ·v − η·g; θ ← θ + v</li>
 *   <li>Nesterov: v' ← μ·v − η·g; θ ← θ − μ·v + (1 + μ)·v' (the look-ahead form on the stored θ); v ← v'</li>
 *   <li>Adam: m ← β₁m + (1 − β₁)g; s ← β₂s + (1 − β₂)g²; θ ← θ − η·m̂/(√ŝ + ε), m̂ = m/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ)</li>
 *   <li>RMSProp: s ← ρs + (1 − ρ)g²; θ ← θ − η·g/(√s + ε)</li>
 *   <li>AdaGrad: s ← s + g²; θ ← θ − η·g/(√s + ε)</li>
 * </ul>
 * Ranges of frozen layers are simply not passed in, so their parameters and state never change.
 *
 * <p>In float precision the update runs in chunks copied to and from Java arrays: the per-element
 * loops over the direct buffer (bounds-checked, never vectorized) took 40 % of a W2 step, the same Adam
 * loop on {@code float[]} is vectorized by the JIT and ~10× faster, and the bulk copies cost little.
 * The double path (gradient checks, formula tests) keeps the plain loops.
 */
final class Updater implements Update {

    /** State values below this magnitude are set to zero (see {@link #flushDenormals()}). */
    static final double DENORMAL_FLOOR = 1e-30;

    /** Elements per chunk of the float path: three chunk arrays stay in the L1 cache. */
    static final int CHUNK = 1024;

    private final OptimizerSpec spec;
    private final Mem first;
    private final Mem second;
    private final boolean floats;
    /**
     * Float path: a chunk of θ, g and both states, and per-lane partial sums of Δθ² (a reduction the JIT can
     * vectorize). The state is copied in and out too, because C2 (JDK 17) vectorizes a loop only when all
     * its arrays share one index: with the state indexed at an offset the Adam loop ran 5× slower.
     */
    private final float[] thetaChunk;
    private final float[] gradChunk;
    private final float[] firstChunk;
    private final float[] secondChunk;
    private final float[] squareLanes;
    /** Per-lane partial sums of g² and |g| (the gradient-norm probe, when asked for). */
    private final float[] gradSquareLanes;
    private final float[] gradAbsLanes;

    /**
     * An updater over the same state with scratch chunks of its own, for a second thread updating another
     * range of the parameters at the same time (the ranges must not overlap).
     */
    @Override
    public Update sibling() {
        return new Updater(this);
    }

    private Updater(Updater other) {
        this.spec = other.spec;
        this.first = other.first;
        this.second = other.second;
        this.floats = other.floats;
        this.thetaChunk = floats ? new float[CHUNK] : null;
        this.gradChunk = floats ? new float[CHUNK] : null;
        this.firstChunk = floats ? new float[CHUNK] : null;
        this.secondChunk = floats ? new float[CHUNK] : null;
        this.squareLanes = floats ? new float[CHUNK] : null;
        this.gradSquareLanes = floats ? new float[CHUNK] : null;
        this.gradAbsLanes = floats ? new float[CHUNK] : null;
    }

    Updater(OptimizerSpec spec, Precision precision, int n) {
        this.spec = spec;
        this.first = switch (spec.kind()) {
            case MOMENTUM, NESTEROV, ADAM -> Mem.heap(precision, n);
            default -> null;
        };
        this.second = switch (spec.kind()) {
            case ADAM, RMSPROP, ADAGRAD -> Mem.heap(precision, n);
            default -> null;
        };
        this.floats = precision == Precision.FLOAT;
        this.thetaChunk = floats ? new float[CHUNK] : null;
        this.gradChunk = floats ? new float[CHUNK] : null;
        this.firstChunk = floats ? new float[CHUNK] : null;
        this.secondChunk = floats ? new float[CHUNK] : null;
        this.squareLanes = floats ? new float[CHUNK] : null;
        this.gradSquareLanes = floats ? new float[CHUNK] : null;
        this.gradAbsLanes = floats ? new float[CHUNK] : null;
    }

    /**
     * Updates θ[from, to) and returns Σ Δθ² over the range (for the update/parameter ratio probe).
     */
    @Override
    public double update(Mem theta, Mem g, int from, int to, double eta, long t) {
        if (floats && theta.precision() == Precision.FLOAT && g.precision() == Precision.FLOAT) {
            return updateFloats(theta, g, from, to, eta, t, null);
        }
        double sq = 0;
        switch (spec.kind()) {
            case SGD -> {
                for (int i = from; i < to; i++) {
                    double d = -eta * g.get(i);
                    theta.set(i, theta.get(i) + d);
                    sq += d * d;
                }
            }
            case MOMENTUM -> {
                double mu = spec.momentum();
                for (int i = from; i < to; i++) {
                    double v = mu * first.get(i) - eta * g.get(i);
                    first.set(i, v);
                    theta.set(i, theta.get(i) + v);
                    sq += v * v;
                }
            }
            case NESTEROV -> {
                double mu = spec.momentum();
                for (int i = from; i < to; i++) {
                    double vOld = first.get(i);
                    double v = mu * vOld - eta * g.get(i);
                    first.set(i, v);
                    double d = -mu * vOld + (1 + mu) * v;
                    theta.set(i, theta.get(i) + d);
                    sq += d * d;
                }
            }
            case ADAM -> {
                double b1 = spec.beta1();
                double b2 = spec.beta2();
                double eps = spec.epsilon();
                double c1 = 1 / (1 - Math.pow(b1, t));
                double c2 = 1 / (1 - Math.pow(b2, t));
                for (int i = from; i < to; i++) {
                    double gi = g.get(i);
                    double m = b1 * first.get(i) + (1 - b1) * gi;
                    double s = b2 * second.get(i) + (1 - b2) * gi * gi;
                    first.set(i, m);
                    second.set(i, s);
                    double d = -eta * (m * c1) / (Math.sqrt(s * c2) + eps);
                    theta.set(i, theta.get(i) + d);
                    sq += d * d;
                }
            }
            case RMSPROP -> {
                double rho = spec.rho();
                double eps = spec.epsilon();
                for (int i = from; i < to; i++) {
                    double gi = g.get(i);
                    double s = rho * second.get(i) + (1 - rho) * gi * gi;
                    second.set(i, s);
                    double d = -eta * gi / (Math.sqrt(s) + eps);
                    theta.set(i, theta.get(i) + d);
                    sq += d * d;
                }
            }
            case ADAGRAD -> {
                double eps = spec.epsilon();
                for (int i = from; i < to; i++) {
                    double gi = g.get(i);
                    double s = second.get(i) + gi * gi;
                    second.set(i, s);
                    double d = -eta * gi / (Math.sqrt(s) + eps);
                    theta.set(i, theta.get(i) + d);
                    sq += d * d;
                }
            }
        }
        return sq;
    }

    /** The float path sums the gradient on the way: its chunks are in the L1 cache already. */
    @Override
    public boolean sumsGradient() {
        return floats;
    }

    @Override
    public double update(Mem theta, Mem g, int from, int to, double eta, long t, double[] gradSums) {
        if (floats && theta.precision() == Precision.FLOAT && g.precision() == Precision.FLOAT) {
            return updateFloats(theta, g, from, to, eta, t, gradSums);
        }
        return update(theta, g, from, to, eta, t);
    }

    private double updateFloats(Mem theta, Mem g, int from, int to, double eta, long t, double[] gradSums) {
        float[] th = thetaChunk;
        float[] gr = gradChunk;
        float[] sq = squareLanes;
        float[] mAll = first == null ? null : ((Mem.Heap) first).floats();
        float[] sAll = second == null ? null : ((Mem.Heap) second).floats();
        float[] m = firstChunk;
        float[] s = secondChunk;
        java.util.Arrays.fill(sq, 0f);
        if (gradSums != null) {
            java.util.Arrays.fill(gradSquareLanes, 0f);
            java.util.Arrays.fill(gradAbsLanes, 0f);
        }
        float lr = (float) eta;
        for (int at = from; at < to; at += CHUNK) {
            int n = Math.min(CHUNK, to - at);
            theta.readFloats(at, th, 0, n);
            g.readFloats(at, gr, 0, n);
            boolean summed = false;
            if (mAll != null) {
                System.arraycopy(mAll, at, m, 0, n);
            }
            if (sAll != null) {
                System.arraycopy(sAll, at, s, 0, n);
            }
            switch (spec.kind()) {
                case SGD -> sgd(th, gr, n, lr, sq);
                case MOMENTUM -> momentum(th, gr, m, n, lr, (float) spec.momentum(), sq);
                case NESTEROV -> nesterov(th, gr, m, n, lr, (float) spec.momentum(), sq);
                case ADAM -> {
                    double c1 = 1 / (1 - Math.pow(spec.beta1(), t));
                    double c2 = 1 / (1 - Math.pow(spec.beta2(), t));
                    if (gradSums != null) {
                        adamSums(th, gr, m, s, n, (float) spec.beta1(), (float) (1 - spec.beta1()),
                                (float) spec.beta2(), (float) (1 - spec.beta2()), (float) (eta * c1), (float) c2,
                                (float) spec.epsilon(), sq, gradSquareLanes, gradAbsLanes);
                        summed = true;
                    } else {
                        adam(th, gr, m, s, n, (float) spec.beta1(), (float) (1 - spec.beta1()),
                                (float) spec.beta2(), (float) (1 - spec.beta2()), (float) (eta * c1), (float) c2,
                                (float) spec.epsilon(), sq);
                    }
                }
                case RMSPROP -> rmsProp(th, gr, s, n, lr, (float) spec.rho(), (float) (1 - spec.rho()),
                        (float) spec.epsilon(), sq);
                case ADAGRAD -> adaGrad(th, gr, s, n, lr, (float) spec.epsilon(), sq);
            }
            if (gradSums != null && !summed) {
                gradientSums(gr, n, gradSquareLanes, gradAbsLanes);
            }
            theta.putFloats(at, th, 0, n);
            if (mAll != null) {
                System.arraycopy(m, 0, mAll, at, n);
            }
            if (sAll != null) {
                System.arraycopy(s, 0, sAll, at, n);
            }
        }
        double total = 0;
        for (float v : sq) {
            total += v;
        }
        if (gradSums != null) {
            double s2 = 0;
            double s1 = 0;
            for (int i = 0; i < CHUNK; i++) {
                s2 += gradSquareLanes[i];
                s1 += gradAbsLanes[i];
            }
            gradSums[0] += s2;
            gradSums[1] += s1;
        }
        return total;
    }

    private static void gradientSums(float[] g, int n, float[] sq, float[] abs) {
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            sq[i] += gi * gi;
            abs[i] += Math.abs(gi);
        }
    }

    // The float kernels: plain indexed loops without calls or branches, so C2 turns them into SIMD code.
    // Each also adds Δθ² into its lane of sq (an element-wise add, not a serial reduction).

    private static void sgd(float[] th, float[] g, int n, float lr, float[] sq) {
        for (int i = 0; i < n; i++) {
            float d = -lr * g[i];
            th[i] += d;
            sq[i] += d * d;
        }
    }

    private static void momentum(float[] th, float[] g, float[] v, int n, float lr, float mu, float[] sq) {
        for (int i = 0; i < n; i++) {
            float vi = mu * v[i] - lr * g[i];
            v[i] = vi;
            th[i] += vi;
            sq[i] += vi * vi;
        }
    }

    private static void nesterov(float[] th, float[] g, float[] v, int n, float lr, float mu, float[] sq) {
        for (int i = 0; i < n; i++) {
            float old = v[i];
            float vi = mu * old - lr * g[i];
            v[i] = vi;
            float d = -mu * old + (1 + mu) * vi;
            th[i] += d;
            sq[i] += d * d;
        }
    }

    /**
     * Adam with the bias corrections folded in: d = −(η·c₁)·m / (√(s·c₂) + ε). The 1 − β are passed in
     * from double: in float, 1 − 0.999f is off by 1.3e-5 relative (cancellation).
     */
    private static void adam(float[] th, float[] g, float[] m, float[] s, int n, float b1, float a1, float b2,
                             float a2, float lrC1, float c2, float eps, float[] sq) {
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + a1 * gi;
            float si = b2 * s[i] + a2 * gi * gi;
            m[i] = mi;
            s[i] = si;
            float d = -lrC1 * mi / ((float) Math.sqrt(si * c2) + eps);
            th[i] += d;
            sq[i] += d * d;
        }
    }

    /**
     * {@link #adam} that also adds g² and |g| into lanes of their own (the gradient-norm probe). A copy of the loop
     * rather than a flag inside it: an update that is not asked for the sums ({@code gradSums} null) keeps a loop
     * with no branch and two stores fewer per element.
     */
    private static void adamSums(float[] th, float[] g, float[] m, float[] s, int n, float b1, float a1, float b2,
                                 float a2, float lrC1, float c2, float eps, float[] sq, float[] gSq, float[] gAbs) {
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + a1 * gi;
            float si = b2 * s[i] + a2 * gi * gi;
            m[i] = mi;
            s[i] = si;
            float d = -lrC1 * mi / ((float) Math.sqrt(si * c2) + eps);
            th[i] += d;
            sq[i] += d * d;
            gSq[i] += gi * gi;
            gAbs[i] += Math.abs(gi);
        }
    }

    private static void rmsProp(float[] th, float[] g, float[] s, int n, float lr, float rho, float a, float eps,
                                float[] sq) {
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            float si = rho * s[i] + a * gi * gi;
            s[i] = si;
            float d = -lr * gi / ((float) Math.sqrt(si) + eps);
            th[i] += d;
            sq[i] += d * d;
        }
    }

    private static void adaGrad(float[] th, float[] g, float[] s, int n, float lr, float eps, float[] sq) {
        for (int i = 0; i < n; i++) {
            float gi = g[i];
            float si = s[i] + gi * gi;
            s[i] = si;
            float d = -lr * gi / ((float) Math.sqrt(si) + eps);
            th[i] += d;
            sq[i] += d * d;
        }
    }

    /**
     * Sets tiny state values to zero. Adam's running mean decays geometrically towards zero wherever the
     * gradient is exactly 0 (dead ReLUs), ends in denormal floats and, since denormal arithmetic is ~100×
     * slower on x86, slowed W2 training 4–7× after ~1,000 iterations. Values this small change no update.
     */
    @Override
    public void flushDenormals() {
        flush(first);
        flush(second);
    }

    /** The optimizer's second-moment state at i (tests). */
    @Override
    public double secondMoment(int i) {
        return second.get(i);
    }

    private static void flush(Mem m) {
        if (m == null) {
            return;
        }
        float[] f = ((Mem.Heap) m).floats();
        if (f != null) {
            float floor = (float) DENORMAL_FLOOR;
            for (int i = 0; i < f.length; i++) {
                float v = f[i];
                f[i] = Math.abs(v) < floor ? 0f : v; // NaN stays: the comparison is false
            }
            return;
        }
        for (int i = 0; i < m.length; i++) {
            double v = m.get(i);
            if (v != 0 && Math.abs(v) < DENORMAL_FLOOR) {
                m.set(i, 0.0);
            }
        }
    }
}
