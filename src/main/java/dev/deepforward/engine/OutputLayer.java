package dev.deepforward.engine;

import dev.deepforward.data.Task;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.OutputActivation;
import dev.deepforward.spec.OutputSpec;

/**
 * The output layer and the loss, averaged over the m examples of a minibatch (K outputs, y the targets,
 * p the outputs):
 * <ul>
 *   <li>softmax cross-entropy: −(1/m)·Σ_i Σ_k y_ik·log p_ik;</li>
 *   <li>binary cross-entropy: −(1/m)·Σ_i Σ_k [y_ik·log p_ik + (1 − y_ik)·log(1 − p_ik)] (summed over the
 *       outputs, each its own yes/no question);</li>
 *   <li>MSE (L2): (1/m)·Σ_i (1/K)·Σ_k (p_ik − y_ik)², the mean over every output of every example;</li>
 *   <li>MAE (L1): (1/m)·Σ_i (1/K)·Σ_k |p_ik − y_ik|; its derivative at zero error is taken as 0.</li>
 * </ul>
 * Softmax with cross-entropy and sigmoid with binary cross-entropy are computed from the sums z (log-sum-exp
 * and softplus), so they never take log 0, and their gradient is the course's dJ/dz = (p − y)/m. Other pairs
 * go the general way, dJ/dp then through the output activation's Jacobian (log clamped at 1e-12).
 *
 * <p>Parameters: W with the bias as last row, [n_in + 1, K], as in the hidden layers.
 */
final class OutputLayer {

    private static final double LOG_FLOOR = 1e-12;

    final int index;
    final OutputSpec spec;
    final int nIn;
    final int k;
    final OutputActivation activation;
    final Loss loss;
    final Block w;
    final Block gw;
    /** W without its bias row, the bias row, and the same of the gradient (for inputs without ones column). */
    final Block wTop;
    final Block bRow;
    final Block gwTop;
    final Block gbRow;
    /** The fused loss's value, from the kernels. */
    private final double[] lossValue = new double[1];
    final int start;
    final int end;

    OutputLayer(int index, OutputSpec spec, Loss loss, Task task, int nIn, int k, Mem params, Mem grads, int start) {
        this.index = index;
        this.spec = spec;
        this.loss = loss;
        this.nIn = nIn;
        this.k = k;
        this.activation = resolve(spec.activation(), loss, task);
        this.w = new Block(params, start, nIn + 1, k, k);
        this.gw = new Block(grads, start, nIn + 1, k, k);
        this.wTop = new Block(params, start, nIn, k, k);
        this.bRow = new Block(params, start + nIn * k, 1, k, k);
        this.gwTop = new Block(grads, start, nIn, k, k);
        this.gbRow = new Block(grads, start + nIn * k, 1, k, k);
        this.start = start;
        this.end = start + (nIn + 1) * k;
    }

    /** AUTO follows the loss: CE → softmax, BCE → sigmoid, L1/L2 → identity on regression, softmax on classes. */
    static OutputActivation resolve(OutputActivation chosen, Loss loss, Task task) {
        if (chosen != OutputActivation.AUTO) {
            return chosen;
        }
        return switch (loss) {
            case SOFTMAX_CROSS_ENTROPY -> OutputActivation.SOFTMAX;
            case BINARY_CROSS_ENTROPY -> OutputActivation.SIGMOID;
            case MSE, MAE -> task == Task.REGRESSION ? OutputActivation.IDENTITY : OutputActivation.SOFTMAX;
        };
    }

    void initialize(long seed) {
        WeightInitializer.fill(w, nIn, k, spec.init(), spec.effectiveInitScale(), seed);
    }

    final class Buffers {
        final Block z;
        final Block p;
        /** Targets of the loaded batch (smoothed one-hot for classes). */
        final Block y;
        final Block dZ;
        final Block dP;
        /**
         * log Σ_j e^{z_j} of every row, left by the softmax of {@link #forward} for the cross-entropy (which
         * would otherwise compute every exponential again); valid while {@link #lseKnown}.
         */
        final double[] lse;
        boolean lseKnown;

        Buffers(Precision prec, int capacity, boolean backward) {
            lse = new double[capacity];
            z = Block.allocate(prec, capacity, k);
            p = Block.allocate(prec, capacity, k);
            y = Block.allocate(prec, capacity, k);
            dZ = backward ? Block.allocate(prec, capacity, k) : null;
            dP = backward ? Block.allocate(prec, capacity, k) : null;
        }
    }

    Buffers buffers(Precision p, int capacity, boolean backward) {
        return new Buffers(p, capacity, backward);
    }

    /**
     * Softmax with cross-entropy on the Java path: its forward, loss and dJ/dz are row by row
     * ({@link #softmaxRows}, {@link #exampleLoss}, {@link #crossEntropyGradientRows}), so a split step can
     * give half of the rows to each thread.
     */
    boolean rowwiseCrossEntropy(Kernels mm) {
        return fusedCrossEntropy() && mm.backend() == Backend.DIRECT;
    }

    /** p = softmax(z) of rows [r0, r1), as {@link #forward} computes it (and the rows' log-sums). */
    void softmaxRows(Buffers b, int r0, int r1) {
        for (int r = r0; r < r1; r++) {
            softmaxRow(b, r);
        }
    }

    private void softmaxRow(Buffers b, int r) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, b.z.get(r, c));
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(b.z.get(r, c) - max);
            b.p.set(r, c, e);
            sum += e;
        }
        for (int c = 0; c < k; c++) {
            b.p.set(r, c, b.p.get(r, c) / sum);
        }
        // the same max and sum exampleLoss would compute, so the same loss to the bit
        b.lse[r] = max + Math.log(sum);
    }

    /** dJ/dz = (p − y)/m of rows [r0, r1), as {@link #lossGradient} computes it for softmax cross-entropy. */
    void crossEntropyGradientRows(Buffers b, int r0, int r1, int m) {
        for (int r = r0; r < r1; r++) {
            for (int c = 0; c < k; c++) {
                b.dZ.set(r, c, (b.p.get(r, c) - b.y.get(r, c)) / m);
            }
        }
    }

    private boolean fusedCrossEntropy() {
        return loss == Loss.SOFTMAX_CROSS_ENTROPY && activation == OutputActivation.SOFTMAX;
    }

    private boolean fusedBinary() {
        return loss == Loss.BINARY_CROSS_ENTROPY && activation == OutputActivation.SIGMOID;
    }

    void forward(Kernels mm, Block in, Block ones, Buffers b, int m) {
        Affine.forward(mm, in, ones, w, wTop, bRow, b.z, m, nIn, k);
        StepPhases.enter(StepPhases.LOSS, 0);
        b.lseKnown = false;
        if (mm.outputActivation(activation, b.z, b.p, m)) {
            return;
        }
        b.lseKnown = activation == OutputActivation.SOFTMAX;
        for (int r = 0; r < m; r++) {
            switch (activation) {
                case SOFTMAX -> softmaxRow(b, r);
                case SIGMOID -> {
                    for (int c = 0; c < k; c++) {
                        b.p.set(r, c, ActivationMath.sigmoid(b.z.get(r, c)));
                    }
                }
                default -> {
                    for (int c = 0; c < k; c++) {
                        b.p.set(r, c, b.z.get(r, c));
                    }
                }
            }
        }
    }

    /** The loss of example r (before dividing by m). */
    double exampleLoss(Buffers b, int r) {
        double s = 0;
        if (fusedCrossEntropy() && b.lseKnown) {
            double lse = b.lse[r];
            for (int c = 0; c < k; c++) {
                double y = b.y.get(r, c);
                if (y != 0) {
                    s -= y * (b.z.get(r, c) - lse);
                }
            }
            return s;
        }
        if (fusedCrossEntropy()) {
            // log p_k = z_k − log Σ_j e^{z_j}
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, b.z.get(r, c));
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(b.z.get(r, c) - max);
            }
            double lse = max + Math.log(sum);
            for (int c = 0; c < k; c++) {
                double y = b.y.get(r, c);
                if (y != 0) {
                    s -= y * (b.z.get(r, c) - lse);
                }
            }
            return s;
        }
        for (int c = 0; c < k; c++) {
            double p = b.p.get(r, c);
            double y = b.y.get(r, c);
            s += switch (loss) {
                case SOFTMAX_CROSS_ENTROPY -> y == 0 ? 0 : -y * Math.log(Math.max(p, LOG_FLOOR));
                case BINARY_CROSS_ENTROPY -> fusedBinary()
                        // −[y log σ(z) + (1−y) log(1−σ(z))] = softplus(z) − y·z
                        ? ActivationMath.softplus(b.z.get(r, c)) - y * b.z.get(r, c)
                        : -(y * Math.log(Math.max(p, LOG_FLOOR)) + (1 - y) * Math.log(Math.max(1 - p, LOG_FLOOR)));
                case MSE -> (p - y) * (p - y) / k;
                case MAE -> Math.abs(p - y) / k;
            };
        }
        return s;
    }

    /** Mean loss over the m examples, the fused softmax cross-entropy of a training pass by the kernels. */
    double loss(Kernels mm, Buffers b, int m) {
        if (fusedCrossEntropy() && b.dP != null && mm.softmaxCrossEntropy(b.p, b.y, b.dP, m, lossValue)) {
            return lossValue[0];
        }
        return loss(b, m);
    }

    /** Mean loss over the m examples. */
    double loss(Buffers b, int m) {
        double s = 0;
        for (int r = 0; r < m; r++) {
            s += exampleLoss(b, r);
        }
        return s / m;
    }

    /** dJ/dz of the mean loss into {@code b.dZ}. */
    void lossGradient(Kernels mm, Buffers b, int m) {
        if ((fusedCrossEntropy() || fusedBinary()) && mm.fusedLossGradient(b.p, b.y, b.dZ, m)) {
            return;
        }
        if (fusedCrossEntropy() || fusedBinary()) {
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < k; c++) {
                    b.dZ.set(r, c, (b.p.get(r, c) - b.y.get(r, c)) / m);
                }
            }
            return;
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < k; c++) {
                double p = b.p.get(r, c);
                double y = b.y.get(r, c);
                double d = switch (loss) {
                    case SOFTMAX_CROSS_ENTROPY -> y == 0 ? 0 : -y / Math.max(p, LOG_FLOOR);
                    case BINARY_CROSS_ENTROPY -> -y / Math.max(p, LOG_FLOOR) + (1 - y) / Math.max(1 - p, LOG_FLOOR);
                    case MSE -> 2 * (p - y) / k;
                    case MAE -> Math.signum(p - y) / k;
                };
                b.dP.set(r, c, d / m);
            }
            switch (activation) {
                case SOFTMAX -> {
                    // dz_k = p_k·(dp_k − Σ_j dp_j·p_j)
                    double dot = 0;
                    for (int c = 0; c < k; c++) {
                        dot += b.dP.get(r, c) * b.p.get(r, c);
                    }
                    for (int c = 0; c < k; c++) {
                        b.dZ.set(r, c, b.p.get(r, c) * (b.dP.get(r, c) - dot));
                    }
                }
                case SIGMOID -> {
                    for (int c = 0; c < k; c++) {
                        double p = b.p.get(r, c);
                        b.dZ.set(r, c, b.dP.get(r, c) * p * (1 - p));
                    }
                }
                default -> {
                    for (int c = 0; c < k; c++) {
                        b.dZ.set(r, c, b.dP.get(r, c));
                    }
                }
            }
        }
    }

    String describe() {
        return "output (" + activation.id() + " " + k + ", " + loss.id() + ")";
    }
}
