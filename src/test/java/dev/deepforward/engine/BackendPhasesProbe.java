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
 * Where a W2 or W3 step's time goes on each backend, phase by phase ({@link StepPhases}), one thread, in
 * alternating rounds of the direct and the ND4J backend; without the phase profile, only each round's rate and
 * the ratio of neighbouring rounds (direct / ND4J; steadier than two separate runs on a shared machine). Not a
 * test: run it by hand, one OpenMP thread, e.g.
 * <pre>
 *   OMP_NUM_THREADS=1 java -Xmx1g -Ddeepforward.phaseProfile=true -Ddeepforward.stepThreads=1 \
 *       -cp target/classes:target/test-classes:$(cat cp.txt) dev.deepforward.engine.BackendPhasesProbe W3 5 2
 * </pre>
 * (workload, seconds a round, rounds).
 */
public final class BackendPhasesProbe {

    private static double sink;

    private BackendPhasesProbe() {
    }

    public static void main(String[] args) throws Exception {
        NativeBuild.choose();
        NativeThreads.ensureConfigured();
        String workload = args.length > 0 ? args[0] : "W2";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean w2 = workload.equals("W2");
        Dataset mnist = DataPreparer.prepare(DataSpec.of("mnist"), 1).train();
        TrainingSpec training = TrainingSpec.defaults().withLoss(Loss.SOFTMAX_CROSS_ENTROPY)
                .withOptimizer(OptimizerSpec.of(w2 ? Optimizer.ADAM : Optimizer.SGD))
                .withLearningRate(w2 ? 1e-3 : 0.1).withBatchSize(64);
        NetworkSpec spec = w2 ? NetworkSpec.uniform(2, 256, Activation.RELU)
                : NetworkSpec.uniform(10, 100, Activation.SIGMOID);
        Backend[] backends = {Backend.DIRECT, Backend.ND4J};
        Network[] nets = new Network[2];
        Trainer[] trainers = new Trainer[2];
        for (int k = 0; k < 2; k++) {
            nets[k] = Network.forDataset(spec, training, mnist, 1, backends[k]);
            nets[k].setStepThreads(1);
            trainers[k] = new Trainer(nets[k], mnist, 64, 1);
            run(nets[k], trainers[k], 2);
        }
        System.out.println("ND4J: " + Backend.nd4jDescription());
        var mx = ManagementFactory.getThreadMXBean();
        if (!StepPhases.ON) {
            // no phases: alternating rounds, each backend's rate and the ratio of neighbouring rounds
            double[] ratios = new double[rounds];
            double[] best = new double[2];
            for (int r = 0; r < rounds; r++) {
                double[] rate = new double[2];
                for (int k = 0; k < 2; k++) {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long steps = run(nets[k], trainers[k], seconds);
                    rate[k] = steps * 64 / ((mx.getCurrentThreadCpuTime() - cpu0) / 1e9);
                }
                ratios[r] = rate[0] / rate[1];
                best[0] = Math.max(best[0], rate[0]);
                best[1] = Math.max(best[1], rate[1]);
                System.out.printf("%s round %d: direct %.0f, nd4j %.0f samples/s by thread CPU, ratio %.3f (load %s)%n",
                        workload, r + 1, rate[0], rate[1], ratios[r], load());
            }
            java.util.Arrays.sort(ratios);
            System.out.printf("%s median ratio %.3f over %d rounds; best rounds: direct %.0f, nd4j %.0f, ratio %.3f%n",
                    workload, ratios[rounds / 2], rounds, best[0], best[1], best[0] / best[1]);
            return;
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                StepPhases.reset();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long steps = run(nets[k], trainers[k], seconds);
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("%n== %s %s, round %d: %d steps, %.0f samples/s by the thread's CPU time, %.1f µs a"
                        + " step (load %s)%n", workload, backends[k].id(), r + 1, steps, steps * 64 / cpu,
                        cpu * 1e6 / steps, load());
                System.out.print(StepPhases.report(steps));
            }
        }
        System.out.println(sink == 42 ? "" : " ");
    }

    private static long run(Network net, Trainer trainer, double seconds) {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        long steps = 0;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 16; i++) {
                sink += trainer.step();
                sink += net.gradientNorms()[0];
                steps++;
            }
            sink += net.layerStats().length;
        }
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
