package dev.deepforward.engine;

import java.util.Locale;

/**
 * Which implementation of the engine's kernels a network computes with.
 *
 * <ul>
 *   <li>{@link #DIRECT}: matrix products as direct OpenBLAS calls on the arrays' pointers, element-wise work
 *       as vectorized Java loops over the same native memory ({@link DirectBlas}); the fastest on a CPU at
 *       every size measured.</li>
 *   <li>{@link #ND4J}: the whole step as ND4J operations ({@link Nd4jKernels}): products, activations,
 *       dropout, softmax and loss, the optimizers' updates and the gradient probes; what runs on ND4J's
 *       CUDA backend unchanged.</li>
 *   <li>{@link #AUTO}: picks one of the two by network size and batch ({@link #resolve}).</li>
 * </ul>
 * Both give the same numbers within float rounding (the gradient checks and the DL4J cross-check run on
 * both).
 */
public enum Backend {
    AUTO, DIRECT, ND4J;

    /**
     * Multiply-adds of one training step (parameters × batch) from which ND4J's per-operation overhead
     * would be paid back on the CPU. ND4J's element-wise kernels and updaters are scalar code and the
     * engine's are vectorized, so on the CPU build the ND4J path was slower at every size the benchmark
     * measured (see the engine docs); {@code auto} therefore chooses ND4J only where ND4J's backend is not
     * the CPU one (a CUDA build), where the direct path cannot run.
     */
    public static final long CPU_CROSSOVER_WORK = Long.MAX_VALUE;

    private static volatile Backend processDefault = AUTO;

    /** The id used on the command line and in files: {@code auto}, {@code direct}, {@code nd4j}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The backend of an id (case-insensitive). */
    public static Backend parse(String id) {
        for (Backend b : values()) {
            if (b.id().equalsIgnoreCase(id.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + id + "' (use auto, direct or nd4j)");
    }

    /**
     * The concrete backend for a network of {@code parameters} trained on batches of {@code batch}:
     * itself unless {@link #AUTO}.
     */
    public Backend resolve(long parameters, int batch) {
        if (this != AUTO) {
            return this;
        }
        if (!Nd4jKernels.onCpu()) {
            return ND4J;
        }
        long work = parameters * Math.max(1, batch);
        return work >= CPU_CROSSOVER_WORK ? ND4J : DIRECT;
    }

    /** The backend networks get when nobody chose one: set by {@code --backend} and the window's menu. */
    public static Backend processDefault() {
        return processDefault;
    }

    public static void setProcessDefault(Backend backend) {
        processDefault = java.util.Objects.requireNonNull(backend);
    }

    /** ND4J's backend and device as the benchmark prints them, e.g. {@code CpuBackend (cpu, 2 cores, libnd4j avx2)}. */
    public static String nd4jDescription() {
        return Nd4jKernels.describeDevice();
    }
}
