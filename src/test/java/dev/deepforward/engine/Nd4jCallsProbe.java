package dev.deepforward.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import dev.deepforward.spec.Activation;

/**
 * What a call costs on the ND4J backend beside the work it does, at W3's sizes: a legacy transform through ND4J's
 * executioner against the same function as a custom operation through libnd4j directly, and the gradient-norm
 * probe's sums as BLAS calls per layer against reductions over several layers at once. Not a test: run by hand
 * like {@link Nd4jOpsProbe}.
 */
public final class Nd4jCallsProbe {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static double sink;

    private Nd4jCallsProbe() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        NativeBuild.choose();
        NativeThreads.ensureConfigured();
        System.out.println("ND4J: " + Backend.nd4jDescription());
        Nd4jKernels nd = new Nd4jKernels();
        var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        Block z = Block.allocateWide(Precision.FLOAT, 64, 100, 0.0);
        Block h = Block.allocateWide(Precision.FLOAT, 64, 100, 1.0);
        Block d = Block.allocateWide(Precision.FLOAT, 64, 100, 0.0);
        int m = 64;
        INDArray fz = Nd4j.create(z.mem.array.data(), new long[] {64 * 101}, new long[] {1}, 0, 'c');
        INDArray fh = Nd4j.create(h.mem.array.data(), new long[] {64 * 101}, new long[] {1}, 0, 'c');
        OpContext ctx = Nd4j.getExecutioner().buildContext();
        ctx.setInputArray(0, fz);
        ctx.setOutputArray(0, fh);
        DynamicCustomOp sig = DynamicCustomOp.builder("sigmoid").build();
        long hash = sig.opHash();
        var mul = new org.nd4j.linalg.api.ops.impl.transforms.same.TimesOneMinus(fh, fz);
        for (int rep = 0; rep < 3; rep++) {
            time("sigmoid 64x101 legacy (Nd4jKernels)", 5000, () -> nd.activate(Activation.SIGMOID, 0, z, h, m));
            time("sigmoid 64x101 custom, execCustomOp2", 5000, () -> ops.execCustomOp2(null, hash, ctx.contextPointer()));
            time("TimesOneMinus 64x101 legacy exec", 5000, () -> Nd4j.getExecutioner().exec(mul));
            time("sigmoid' 64x101 (Nd4jKernels, 2 ops)", 5000, () -> nd.activateBackward(Activation.SIGMOID, 0, d, z, h, d, m));
        }
        Block a = Block.allocateWithOnes(Precision.FLOAT, 64, 100);
        Block w = Block.allocate(Precision.FLOAT, 101, 100);
        Block zd = Block.allocate(Precision.FLOAT, 64, 100);
        DirectBlas db = DirectBlas.INSTANCE;
        for (int rep = 0; rep < 3; rep++) {
            time("forward 64x101.101x100 nd4j, wide output", 5000, () -> nd.gemm(false, false, 64, 100, 101, 1, a, w, 0, z));
            time("forward 64x101.101x100 nd4j, dense output", 5000, () -> nd.gemm(false, false, 64, 100, 101, 1, a, w, 0, zd));
            time("forward 64x101.101x100 direct, wide output", 5000, () -> db.gemm(false, false, 64, 100, 101, 1, a, w, 0, z));
            time("forward 64x101.101x100 direct, dense output", 5000, () -> db.gemm(false, false, 64, 100, 101, 1, a, w, 0, zd));
        }
        Block z2 = Block.allocateWide(Precision.FLOAT, 64, 256, 0.0);
        Block h2 = Block.allocateWide(Precision.FLOAT, 64, 256, 1.0);
        Block d2 = Block.allocateWide(Precision.FLOAT, 64, 256, 0.0);
        for (int rep = 0; rep < 3; rep++) {
            time("relu 64x257 nd4j", 5000, () -> nd.activate(Activation.RELU, 0, z2, h2, m));
            time("relu' 64x257 nd4j (step, multiply)", 5000, () -> nd.activateBackward(Activation.RELU, 0, d2, z2, h2, d2, m));
        }
        // gradient sums: 9 layers of 10,100
        int n = 10_100;
        INDArray g = Nd4j.rand(DataType.FLOAT, 9 * n).subi(0.5);
        INDArray[] parts = new INDArray[9];
        for (int l = 0; l < 9; l++) {
            parts[l] = Nd4j.create(g.data(), new long[] {n}, new long[] {1}, (long) l * n, 'c');
        }
        var l1 = Nd4j.getBlasWrapper().level1();
        INDArray grid = Nd4j.create(g.data(), new long[] {9, n}, new long[] {n, 1}, 0, 'c');
        INDArray sq = Nd4j.zeros(DataType.FLOAT, 9);
        INDArray ab = Nd4j.zeros(DataType.FLOAT, 9);
        OpContext c1 = Nd4j.getExecutioner().buildContext();
        c1.setInputArray(0, grid);
        c1.setOutputArray(0, sq);
        c1.setIArguments(1);
        OpContext c2 = Nd4j.getExecutioner().buildContext();
        c2.setInputArray(0, grid);
        c2.setOutputArray(0, ab);
        c2.setIArguments(1);
        long hsq = DynamicCustomOp.builder("reduce_sqnorm").build().opHash();
        long hab = DynamicCustomOp.builder("reduce_norm1").build().opHash();
        for (int rep = 0; rep < 3; rep++) {
            time("9 x (dot + asum) 10,100", 2000, () -> {
                for (INDArray p : parts) {
                    sink += l1.dot(n, 1.0, p, p) + l1.asum(p);
                }
            });
            time("reduce_sqnorm + reduce_norm1 [9, 10100]", 2000, () -> {
                ops.execCustomOp2(null, hsq, c1.contextPointer());
                ops.execCustomOp2(null, hab, c2.contextPointer());
                for (int l = 0; l < 9; l++) {
                    sink += sq.getDouble(l) + ab.getDouble(l);
                }
            });
            time("one dot 10,100", 20000, () -> sink += l1.dot(n, 1.0, parts[0], parts[0]));
            time("one asum 10,100", 20000, () -> sink += l1.asum(parts[0]));
        }
        // W2's Adam: one adam_updater over all 269,322 parameters, one per layer, or in chunks of 32,768
        int total = 269_322;
        int[] layers = {0, 200_960, 266_752, total};
        INDArray ga = Nd4j.rand(DataType.FLOAT, total).subi(0.5);
        INDArray sa = Nd4j.zeros(DataType.FLOAT, total);
        INDArray ma = Nd4j.zeros(DataType.FLOAT, total);
        INDArray ua = Nd4j.zeros(DataType.FLOAT, total);
        Runnable whole = adam(ga, sa, ma, ua, new int[] {0, total});
        Runnable perLayer = adam(ga, sa, ma, ua, layers);
        int[] chunks = new int[total / 32_768 + 2];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = Math.min(total, i * 32_768);
        }
        Runnable chunked = adam(ga, sa, ma, ua, chunks);
        for (int rep = 0; rep < 2; rep++) {
            time("adam_updater 269,322: one call", 200, whole);
            time("adam_updater 269,322: 3 calls (layers)", 200, perLayer);
            time("adam_updater 269,322: " + (chunks.length - 1) + " calls of 32,768", 200, chunked);
        }
        ops.execCustomOp2(null, hsq, c1.contextPointer());
        System.out.printf("check: dot %.6f reduce_sqnorm %.6f; asum %.6f reduce_norm1 %.6f; %s%n",
                l1.dot(n, 1.0, parts[3], parts[3]), sq.getDouble(3), l1.asum(parts[3]), ab.getDouble(3),
                ops.lastErrorMessage());
        System.out.println(sink == 42 ? "" : " ");
    }

    private static Runnable adam(INDArray g, INDArray s, INDArray m, INDArray u, int[] cuts) {
        var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        long hash = DynamicCustomOp.builder("adam_updater").build().opHash();
        int k = cuts.length - 1;
        OpContext[] ctx = new OpContext[k];
        for (int i = 0; i < k; i++) {
            long from = cuts[i];
            long n = cuts[i + 1] - from;
            ctx[i] = Nd4j.getExecutioner().buildContext();
            INDArray[] v = new INDArray[4];
            INDArray[] all = {g, s, m, u};
            for (int j = 0; j < 4; j++) {
                v[j] = Nd4j.create(all[j].data(), new long[] {n}, new long[] {1}, from, 'c');
            }
            ctx[i].setInputArray(0, v[0]);
            ctx[i].setInputArray(1, v[1]);
            ctx[i].setInputArray(2, v[2]);
            ctx[i].setOutputArray(0, v[3]);
            ctx[i].setOutputArray(1, v[1]);
            ctx[i].setOutputArray(2, v[2]);
            ctx[i].setTArguments(1e-3, 0.9, 0.999, 1e-8);
            ctx[i].setIArguments(5);
        }
        return () -> {
            for (OpContext c : ctx) {
                ops.execCustomOp2(null, hash, c.contextPointer());
            }
        };
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
