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
 */
final class Updater {

    /** State values below this magnitude are set to zero (see {@link #flushDenormals()}). */
    static final double DENORMAL_FLOOR = 1e-30;

    private final OptimizerSpec spec;
    private final Mem first;
    private final Mem second;

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
    }

    /**
     * Updates θ[from, to) and returns Σ Δθ² over the range (for the update/parameter ratio probe).
     */
    double update(Mem theta, Mem g, int from, int to, double eta, long t) {
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

    /**
     * Sets tiny state values to zero. Adam's running mean decays geometrically towards zero wherever the
     * gradient is exactly 0 (dead ReLUs), ends in denormal floats and, since denormal arithmetic is ~100×
     * slower on x86, slowed W2 training 4–7× after ~1,000 iterations. Values this small change no update.
     */
    void flushDenormals() {
        flush(first);
        flush(second);
    }

    /** The optimizer's second-moment state at i (tests). */
    double secondMoment(int i) {
        return second.get(i);
    }

    private static void flush(Mem m) {
        if (m == null) {
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
