package dev.deepforward.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import dev.deepforward.spec.Activation;

/**
 * What single operations cost on the two backends at W2's and W3's sizes (one OpenMP and one BLAS thread, each
 * operation bound once and rerun, best of 5 rounds by the thread's CPU time, µs a call). Not a test: run it by
 * hand, e.g.
 * <pre>
 *   OMP_NUM_THREADS=1 java -cp target/classes:target/test-classes:$(cat cp.txt) dev.deepforward.engine.Nd4jOpsProbe
 * </pre>
 */
public final class Nd4jOpsProbe {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static double sink;

    private Nd4jOpsProbe() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        NativeBuild.choose();
        NativeThreads.ensureConfigured();
        System.out.println("ND4J: " + Backend.nd4jDescription());
        Nd4jKernels nd = new Nd4jKernels();
        var env = Nd4j.getEnvironment();
        System.out.println("profiling " + Nd4j.getExecutioner().getProfilingMode() + ", debug " + env.isDebug()
                + ", verbose " + env.isVerbose() + ", profiling (native) " + env.isProfiling() + ", helpersAllowed "
                + env.helpersAllowed());
        DirectBlas db = DirectBlas.INSTANCE;

        // W3: 64 x 101 (wide: 100 units + ones) times 101 x 100
        Block a = Block.allocateWithOnes(Precision.FLOAT, 64, 100);
        Block w = Block.allocate(Precision.FLOAT, 101, 100);
        Block z = Block.allocateWide(Precision.FLOAT, 64, 100, 0.0);
        Block h = Block.allocateWide(Precision.FLOAT, 64, 100, 1.0);
        Block d = Block.allocateWide(Precision.FLOAT, 64, 100, 0.0);
        Block gw = Block.allocate(Precision.FLOAT, 101, 100);
        fill(a);
        fill(w);
        fill(z);
        time("gemm 64x101.101x100 direct", 2000, () -> db.gemm(false, false, 64, 100, 101, 1, a, w, 0, z));
        time("gemm 64x101.101x100 nd4j matmul", 2000, () -> nd.gemm(false, false, 64, 100, 101, 1, a, w, 0, z));
        time("gemm dW (64x101)T.64x100 direct", 2000, () -> db.gemm(true, false, 101, 100, 64, 1, a, d, 0, gw));
        time("gemm dW (64x101)T.64x100 nd4j", 2000, () -> nd.gemm(true, false, 101, 100, 64, 1, a, d, 0, gw));
        time("gemm dA 64x100.(100x101)T direct", 2000, () -> db.gemm(false, true, 64, 101, 100, 1, d, w, 0, h));
        time("gemm dA 64x100.(100x101)T nd4j", 2000, () -> nd.gemm(false, true, 64, 101, 100, 1, d, w, 0, h));

        // W2's first layer: 64 x 785 (784 inputs + ones) times 785 x 256, and its dJ/dW
        Block x2 = Block.allocateWithOnes(Precision.FLOAT, 64, 784);
        Block w2 = Block.allocate(Precision.FLOAT, 785, 256);
        Block z2 = Block.allocateWide(Precision.FLOAT, 64, 256, 0.0);
        Block gw2 = Block.allocate(Precision.FLOAT, 785, 256);
        fill(x2);
        fill(w2);
        for (int rep = 0; rep < 2; rep++) {
            time("W2 forward 64x785.785x256 direct", 300, () -> db.gemm(false, false, 64, 256, 785, 1, x2, w2, 0, z2));
            time("W2 forward 64x785.785x256 nd4j", 300, () -> nd.gemm(false, false, 64, 256, 785, 1, x2, w2, 0, z2));
            time("W2 dW (64x785)T.64x256 direct", 300, () -> db.gemm(true, false, 785, 256, 64, 1, x2, z2, 0, gw2));
            time("W2 dW (64x785)T.64x256 nd4j", 300, () -> nd.gemm(true, false, 785, 256, 64, 1, x2, z2, 0, gw2));
        }
        // the same matmul op, run through NativeOps without the Java executioner
        INDArray x = Nd4j.create(w.mem.array.data(), new long[] {100, 101}, new long[] {1, 100}, 0, 'f');
        INDArray y = Nd4j.create(a.mem.array.data(), new long[] {101, 64}, new long[] {1, 101}, 0, 'f');
        INDArray zz = Nd4j.create(z.mem.array.data(), new long[] {100, 64}, new long[] {1, 101}, 0, 'f');
        OpContext ctx = Nd4j.getExecutioner().buildContext();
        ctx.setInputArray(0, x);
        ctx.setInputArray(1, y);
        ctx.setOutputArray(0, zz);
        ctx.setIArguments(0, 0, 0);
        ctx.setTArguments(1.0, 0.0);
        DynamicCustomOp mm = DynamicCustomOp.builder("matmul").build();
        var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        long hash = mm.opHash();
        time("gemm 64x101.101x100 execCustomOp2 raw", 2000, () -> ops.execCustomOp2(null, hash, ctx.contextPointer()));
        time("gemm 64x101.101x100 exec(op, ctx)", 2000, () -> Nd4j.getExecutioner().exec(mm, ctx));

        for (int rep = 0; rep < 3; rep++) {
            time("  again: Nd4jKernels.gemm", 3000, () -> nd.gemm(false, false, 64, 100, 101, 1, a, w, 0, z));
            time("  again: exec(op, ctx)", 3000, () -> Nd4j.getExecutioner().exec(mm, ctx));
            time("  again: execCustomOp2 raw", 3000, () -> ops.execCustomOp2(null, hash, ctx.contextPointer()));
            time("  again: direct", 3000, () -> db.gemm(false, false, 64, 100, 101, 1, a, w, 0, z));
        }
        int m = 64;
        for (var mode : new org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode[] {
            org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode.SCOPE_PANIC,
            org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode.DISABLED,
            org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode.SCOPE_PANIC,
            org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode.DISABLED}) {
            Nd4j.getExecutioner().setProfilingMode(mode);
            time("relu 64x101 nd4j legacy, " + mode, 5000, () -> nd.activate(Activation.RELU, 0, z, h, m));
            time("exec(op, ctx), " + mode, 3000, () -> Nd4j.getExecutioner().exec(mm, ctx));
            time("dot 6464, " + mode, 5000, () -> sink += nd.dot(d, d));
        }
        Block zo = Block.allocate(Precision.FLOAT, 64, 10);
        Block po = Block.allocate(Precision.FLOAT, 64, 10);
        Block yo = Block.allocate(Precision.FLOAT, 64, 10);
        Block so = Block.allocate(Precision.FLOAT, 64, 10);
        Block dzo = Block.allocate(Precision.FLOAT, 64, 10);
        fill(zo);
        for (int r = 0; r < 64; r++) {
            yo.set(r, r % 10, 1.0);
        }
        double[] lossOut = new double[1];
        time("softmax 64x10 nd4j", 5000, () -> nd.outputActivation(dev.deepforward.spec.OutputActivation.SOFTMAX,
                zo, po, 64));
        time("loss (log p, dot) 64x10 nd4j", 5000, () -> nd.softmaxCrossEntropy(po, yo, so, 64, lossOut));
        time("loss gradient (copy, axpy, scal) 64x10 nd4j", 5000, () -> nd.fusedLossGradient(po, yo, dzo, 64));
        time("sigmoid 64x101 nd4j legacy", 5000, () -> nd.activate(Activation.SIGMOID, 0, z, h, m));
        time("relu 64x101 nd4j legacy", 5000, () -> nd.activate(Activation.RELU, 0, z, h, m));
        time("tanh 64x101 nd4j legacy", 5000, () -> nd.activate(Activation.TANH, 0, z, h, m));
        time("sigmoid' 64x101 nd4j", 5000, () -> nd.activateBackward(Activation.SIGMOID, 0, d, z, h, d, m));
        fill(d);
        time("multiply 64x101 nd4j", 5000, () -> nd.multiply(d, h, z, m));
        INDArray fz = Nd4j.create(z.mem.array.data(), new long[] {64 * 101}, new long[] {1}, 0, 'c');
        INDArray fh = Nd4j.create(h.mem.array.data(), new long[] {64 * 101}, new long[] {1}, 0, 'c');
        custom("sigmoid 64x101 custom op", "sigmoid", new INDArray[] {fz}, new INDArray[] {fh}, null, 5000);
        custom("tanh 64x101 custom op", "tanh", new INDArray[] {fz}, new INDArray[] {fh}, null, 5000);
        {
            OpContext tctx = Nd4j.getExecutioner().buildContext();
            tctx.setInputArray(0, fh);
            tctx.setOutputArray(0, fh);
            DynamicCustomOp tanhOp = DynamicCustomOp.builder("tanh").build();
            var half = new org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication(fz, null, fh, 0.5);
            var half2 = new org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication(fh, null, fh, 0.5);
            var plus = new org.nd4j.linalg.api.ops.impl.scalar.ScalarAdd(fh, null, fh, 0.5);
            time("sigmoid as 0.5 tanh(0.5 u) + 0.5, 4 ops", 5000, () -> {
                Nd4j.getExecutioner().exec(half);
                Nd4j.getExecutioner().exec(tanhOp, tctx);
                Nd4j.getExecutioner().exec(half2);
                Nd4j.getExecutioner().exec(plus);
            });
            time("  its tanh in place", 5000, () -> Nd4j.getExecutioner().exec(tanhOp, tctx));
            time("  one scalar op", 5000, () -> Nd4j.getExecutioner().exec(half2));
        }
        float[] fa = new float[64 * 101];
        float[] fb = new float[64 * 101];
        float[] fc = new float[64 * 101];
        time("sigmoid 64x101 Java FloatKernels", 5000, () -> FloatKernels.sigmoid(fa, fb, fc, fa.length));

        // W2: Adam on 269,322 parameters
        int n = 269_322;
        INDArray g = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, n).subi(0.5);
        INDArray s = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, n);
        INDArray mo = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, n);
        INDArray up = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, n);
        INDArray th = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, n);
        custom("adam_updater 269322", "adam_updater", new INDArray[] {g, s, mo}, new INDArray[] {up, s, mo},
                new double[] {1e-3, 0.9, 0.999, 1e-8}, 200);
        var l1 = Nd4j.getBlasWrapper().level1();
        time("axpy 269322", 500, () -> l1.axpy(n, -1.0, up, th));
        time("dot 269322", 500, () -> sink += l1.dot(n, 1.0, up, up));
        time("asum 269322", 500, () -> sink += l1.asum(up));
        System.out.println(sink == 42 ? "" : " ");
    }

    private static void custom(String label, String op, INDArray[] in, INDArray[] out, double[] targs, int reps) {
        OpContext ctx = Nd4j.getExecutioner().buildContext();
        for (int i = 0; i < in.length; i++) {
            ctx.setInputArray(i, in[i]);
        }
        for (int i = 0; i < out.length; i++) {
            ctx.setOutputArray(i, out[i]);
        }
        if (targs != null) {
            ctx.setTArguments(targs);
        }
        DynamicCustomOp o = DynamicCustomOp.builder(op).build();
        try {
            time(label, reps, () -> Nd4j.getExecutioner().exec(o, ctx));
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    private static void fill(Block b) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < b.rows; i++) {
            for (int j = 0; j < b.cols; j++) {
                b.mem.set(b.offset + i * b.ld + j, r.nextDouble() - 0.5);
            }
        }
    }

    private static void time(String label, int reps, Runnable op) {
        for (int i = 0; i < reps; i++) {
            op.run();
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                op.run();
            }
            best = Math.min(best, (MX.getCurrentThreadCpuTime() - t0) / 1e3 / reps);
        }
        System.out.printf("%-44s %9.2f µs%n", label, best);
    }
}
