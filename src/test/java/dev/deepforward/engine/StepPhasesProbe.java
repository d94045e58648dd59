package dev.deepforward.engine;

import java.lang.management.ManagementFactory;

import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.TrainingSpec;

/**
 * Where a W2 step's time goes (784-256-256-10 ReLU, Adam 1e-3, batch 64, the benchmark's probes), phase by
 * phase ({@link StepPhases}), on one thread and split over two, in alternating rounds. Not a test: run it by
 * hand with the phase profile on, e.g.
 * <pre>
 *   java -Xmx1g -Ddeepforward.phaseProfile=true -cp target/classes:target/test-classes:$(cat cp.txt) \
 *       dev.deepforward.engine.StepPhasesProbe 5 2
 * </pre>
 * (seconds a round, rounds).
 */
public final class StepPhasesProbe {

    private static double sink;

    private StepPhasesProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (!StepPhases.ON) {
            throw new IllegalStateException("run with -Ddeepforward.phaseProfile=true");
        }
        NativeThreads.ensureConfigured();
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Dataset mnist = DataPreparer.prepare(DataSpec.of("mnist"), 1).train();
        TrainingSpec training = TrainingSpec.defaults().withLoss(Loss.SOFTMAX_CROSS_ENTROPY)
                .withOptimizer(OptimizerSpec.of(Optimizer.ADAM)).withLearningRate(1e-3).withBatchSize(64);
        NetworkSpec spec = NetworkSpec.uniform(2, 256, Activation.RELU);
        Network[] nets = new Network[2];
        Trainer[] trainers = new Trainer[2];
        for (int k = 0; k < 2; k++) {
            nets[k] = Network.forDataset(spec, training, mnist, 1, Backend.DIRECT);
            nets[k].setStepThreads(k + 1);
            trainers[k] = new Trainer(nets[k], mnist, 64, 1);
            run(nets[k], trainers[k], 2);
        }
        var mx = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                StepPhases.reset();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long steps = run(nets[k], trainers[k], seconds);
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - wall0) / 1e9;
                long[] w = java.util.Arrays.copyOf(wallNanos, lastTimed);
                java.util.Arrays.sort(w);
                System.out.printf("%n== W2 %s, round %d: %d steps, %.0f samples/s by wall clock, %.0f by the training"
                                + " thread's CPU time (load %s); a step by wall clock (the 15 steps between layer"
                                + " probes): fastest %.0f µs, 5th percentile %.0f, median %.0f%n",
                        k == 0 ? "one thread" : "split over 2 threads", r + 1, steps, steps * 64 / wall,
                        steps * 64 / cpu, load(), w[0] / 1e3, w[w.length / 20] / 1e3, w[w.length / 2] / 1e3);
                System.out.print(StepPhases.report(steps));
            }
        }
        System.out.println(sink == 42 ? "" : " ");
    }

    private static final long[] wallNanos = new long[1 << 20];
    private static int lastTimed;

    private static long run(Network net, Trainer trainer, double seconds) {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        long steps = 0;
        int timed = 0;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 16; i++) {
                long t0 = System.nanoTime();
                sink += trainer.step();
                sink += net.gradientNorms()[0];
                if (i > 0 && timed < wallNanos.length) {
                    wallNanos[timed++] = System.nanoTime() - t0;
                }
                steps++;
            }
            sink += net.layerStats().length;
        }
        lastTimed = timed;
        return steps;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
