package dev.deepforward.engine;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.LoggerFactory;

/**
 * Makes ND4J compute on the calling thread only: one OpenMP thread and one OpenBLAS thread.
 *
 * <p>Why: with ND4J's default thread pools, idle native threads spin-wait and the process burns about two
 * cores; tiny networks train 3–15× slower and erratically as soon as the JavaFX thread wants a core. An
 * {@code OMP_NUM_THREADS=1} environment variable fixes that, but an application launched from a desktop
 * icon cannot set one, and ND4J overrides {@code OPENBLAS_NUM_THREADS} at start-up anyway. The settings
 * below were measured to match {@code OMP_NUM_THREADS=1} in speed and CPU use; all three are needed
 * (the OpenMP pair alone leaves OpenBLAS's threads spinning, and vice versa). Parallelism in this
 * application comes from running several training runs on their own Java threads instead.
 *
 * <p>Never combine this with {@code -Dorg.bytedeco.javacpp.nopointergc=true}: it leaks native memory.
 */
public final class NativeThreads {

    private static volatile boolean configured;

    private NativeThreads() {
    }

    /** Configures ND4J for single-threaded native work; cheap and safe to call any number of times. */
    public static void ensureConfigured() {
        if (configured) {
            return;
        }
        synchronized (NativeThreads.class) {
            if (configured) {
                return;
            }
            // which build of the native library loads (generic or AVX2) is settled before it loads
            NativeBuild.choose();
            // Nd4j.getBackend() loads the native library before we talk to it.
            Nd4j.getBackend();
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpMinThreads(1);
            Nd4j.factory().blas().setMaxThreads(1);
            configured = true;
            // ND4J logs the counts it started with (the core count); this is what training uses.
            LoggerFactory.getLogger(NativeThreads.class).info(
                    "Number of threads used for linear algebra: {} OpenMP, {} BLAS (set by the engine)",
                    NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads(),
                    Nd4j.factory().blas().getMaxThreads());
        }
    }

    /**
     * Lets ND4J's native work use {@code n} OpenMP and OpenBLAS threads (the benchmark's THREADS line; a big
     * network on free cores). Back to 1 with {@code setThreads(1)}.
     */
    public static void setThreads(int n) {
        ensureConfigured();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpMinThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /**
     * Lets OpenBLAS alone use {@code n} threads, ND4J's OpenMP ops staying on one: the direct kernels' products
     * are OpenBLAS calls, and idle OpenMP threads would only spin.
     */
    public static void setBlasThreads(int n) {
        ensureConfigured();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpMinThreads(1);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /** The BLAS thread count ND4J reports now (1 once configured). */
    public static int blasThreads() {
        ensureConfigured();
        return Nd4j.factory().blas().getMaxThreads();
    }

    /** The OpenMP thread count ND4J's native ops report now (1 once configured). */
    public static int ompThreads() {
        ensureConfigured();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
