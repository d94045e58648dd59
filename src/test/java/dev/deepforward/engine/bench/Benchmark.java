package dev.deepforward.engine.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.Dataset;
import dev.deepforward.data.Generators;
import dev.deepforward.engine.Backend;
import dev.deepforward.engine.LayerStats;
import dev.deepforward.engine.NativeThreads;
import dev.deepforward.engine.StepThreads;
import dev.deepforward.engine.Network;
import dev.deepforward.engine.Trainer;
import dev.deepforward.engine.run.TrainingPool;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.TrainingSpec;

/**
 * The project benchmark: our engine against DL4J's {@code MultiLayerNetwork} on the three reference
 * workloads, in the same process, one native thread. Not a test (surefire never sees it); src/site/markdown/benchmark.md gives the
 * command, which forks a JVM with {@code -Xmx1g} and {@code OMP_NUM_THREADS=1}:
 * <pre>
 *   mvn -q test-compile exec:exec@bench
 * </pre>
 * Output, on standard output: first exactly one line per workload,
 * {@code W1 engine=<steps/s> dl4j=<steps/s> ratio=<engine/dl4j>} (W2 and W3 in samples/s), then extra lines:
 * process CPU time against wall time over the engine runs (≈ 1 when one thread computes), W2 after 3,000
 * Adam iterations (denormals), four W1 networks side by side in one thread, the resident memory of a
 * 100,000-iteration W1 run in a child JVM with {@code -Xmx256m}, and the load average (other processes on
 * the machine lower every rate; the CPU line shows it as cpu/wall below 1).
 *
 * <p>Our engine runs with its probes on, as a training run uses them: {@code gradientNorms()} after every
 * step and {@code layerStats()} after every 16th. DL4J runs plain {@code fit} on minibatches sliced before
 * timing (so its rate contains no data preparation). Every rate is the median of {@link #REPEATS} timed
 * rounds after a warm-up round. {@code -Dbench.scale=0.3} shortens every round (for a quick look).
 */
public final class Benchmark {

    static final int REPEATS = 5;
    static final long SEED = 1;
    static final int MEM_ITERATIONS = Integer.getInteger("bench.memIterations", 100_000);
    static final int DENORMAL_ITERATIONS = 3_000;
    /** Before the memory check's start: C2 keeps compiling (and its arenas grow RSS ~20 MB) up to ~30,000. */
    static final int WARMUP_ITERATIONS = 50_000;

    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    /**
     * {@code -Dbench.only=BACKEND,PARALLEL,THREADS} runs only the lines named (W, BACKEND, CPU, DENORMAL,
     * SIDE, PARALLEL, THREADS, MEM); all of them when unset.
     */
    private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::trim).filter(x -> !x.isEmpty()).map(x -> x.toUpperCase(Locale.ROOT)).toList();
    /** Keeps results the JIT could otherwise consider unused. */
    static double sink;

    private final List<String> extra = new ArrayList<>();
    /** Steps per second of the main thread's CPU time in the last {@link #timed} call. */
    private double lastCpuRate;
    /** Steps taken by {@link #runFor} so far. */
    private static long stepsTaken;
    private long engineCpuNanos;
    private long engineThreadCpuNanos;
    private long engineWallNanos;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        dev.deepforward.engine.NativeBuild.choose();
        if (args.length > 0 && args[0].equals("--mem")) {
            memoryRun();
            return;
        }
        NativeThreads.ensureConfigured();
        if (args.length > 1 && args[0].equals("--threads")) {
            stepThreadsRounds(args[1], args.length > 2 ? Double.parseDouble(args[2]) : 20);
            return;
        }
        if (args.length > 1 && args[0].equals("--engine")) {
            engineOnly(args[1], args.length > 2 ? Double.parseDouble(args[2]) : 10,
                    args.length > 3 ? Backend.parse(args[3]) : Backend.DIRECT,
                    args.length > 4 ? Integer.parseInt(args[4]) : 1);
            return;
        }
        new Benchmark().run();
    }

    private static Workload[] workloads() throws Exception {
        Dataset spiral = Generators.generate("spiral", 500, 0.1, SEED);
        Dataset mnist = DataPreparer.prepare(DataSpec.of("mnist"), SEED).train();
        return new Workload[] {
            new Workload("W1", NetworkSpec.uniform(2, 8, Activation.TANH), Optimizer.SGD, 0.03, 10,
                    spiral, false, 0.6, 0.6, 2.0),
            new Workload("W2", NetworkSpec.uniform(2, 256, Activation.RELU), Optimizer.ADAM, 1e-3, 64,
                    mnist, true, 1.0, 1.2, 2.0),
            new Workload("W3", NetworkSpec.uniform(10, 100, Activation.SIGMOID), Optimizer.SGD, 0.1, 64,
                    mnist, true, 1.0, 1.2, 2.0),
        };
    }

    /**
     * For profiling (e.g. under JFR): only our engine on one workload for {@code seconds}, printing rounds
     * of one second by wall clock and by the main thread's CPU time (steadier on a shared machine).
     */
    /**
     * For a shared machine: one workload on the direct kernels with its step on 1 and on 2 threads
     * ({@link Network#setStepThreads}), alternating rounds of half a second for {@code seconds}, printing the
     * best and the median round of each by wall clock. The best rounds are the ones in which the machine's
     * other work left both cores free, the closest a busy machine comes to an idle one.
     */
    private static void stepThreadsRounds(String name, double seconds) throws Exception {
        Workload w = Arrays.stream(workloads()).filter(x -> x.name.equals(name)).findFirst().orElseThrow();
        EngineStepper[] s = {new EngineStepper(w, SEED, Backend.DIRECT), new EngineStepper(w, SEED, Backend.DIRECT)};
        s[0].network.setStepThreads(1);
        s[1].network.setStepThreads(2);
        runFor(s[0], 1);
        runFor(s[1], 1);
        List<List<Double>> rates = List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>());
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            for (int k = 0; k < 2; k++) {
                rates.get(k).add(w.unit(runFor(s[k], 0.5)));
            }
        }
        double[] best = new double[2];
        double[] med = new double[2];
        for (int k = 0; k < 2; k++) {
            double[] r = rates.get(k).stream().mapToDouble(Double::doubleValue).toArray();
            best[k] = Arrays.stream(r).max().orElse(0);
            med[k] = median(r);
        }
        System.out.printf("STEPTHREADS %s rounds=%d best: 1 thread %.0f, 2 threads %.0f, speedup %.2f; median: %.0f,"
                        + " %.0f, speedup %.2f (by wall clock; %s)%n", name, rates.get(0).size(), best[0], best[1],
                best[1] / best[0], med[0], med[1], med[1] / med[0], loadAverage());
    }

    private static void engineOnly(String name, double seconds, Backend backend, int stepThreads) throws Exception {
        Workload w = Arrays.stream(workloads()).filter(x -> x.name.equals(name)).findFirst().orElseThrow();
        EngineStepper s = new EngineStepper(w, SEED, backend);
        s.network.setStepThreads(stepThreads);
        var threads = ManagementFactory.getThreadMXBean();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long n = 0;
            do {
                s.step();
                n++;
            } while (System.nanoTime() - wall0 < 1_000_000_000L);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("%s engine %.0f /s by wall, %.0f /s by thread CPU%n", name, w.unit(n / wall),
                    w.unit(n / cpu));
        }
    }

    private static boolean wanted(String line) {
        return ONLY.isEmpty() || ONLY.contains(line);
    }

    private void run() throws Exception {
        String loadBefore = loadAverage();
        Workload[] all = workloads();
        Workload w1 = all[0];
        Workload w2 = all[1];
        Workload w3 = all[2];
        double w2Fresh = 0;
        double w2FreshCpu = 0;
        StringBuilder byCpu = new StringBuilder("BY-CPU (per second of main-thread CPU time, so other processes"
                + " on the machine do not lower them):");
        if (wanted("W") || wanted("CPU") || wanted("DENORMAL")) {
            for (Workload w : List.of(w1, w2, w3)) {
                double ours = engineRate(w);
                double oursCpu = w.unit(lastCpuRate);
                double theirs = dl4jRate(w);
                double theirsCpu = w.unit(lastCpuRate);
                if (w == w2) {
                    w2Fresh = ours;
                    w2FreshCpu = oursCpu;
                }
                System.out.printf("%s engine=%.0f dl4j=%.0f ratio=%.2f%n", w.name, ours, theirs, ours / theirs);
                byCpu.append(String.format(" %s engine=%.0f dl4j=%.0f ratio=%.2f;", w.name, oursCpu, theirsCpu,
                        oursCpu / theirsCpu));
            }
            extra.add(byCpu.toString());
        }
        if (wanted("BACKEND")) {
            System.out.println("ENGINE nd4j backend: " + Backend.nd4jDescription());
            for (Workload w : List.of(w1, w2, w3)) {
                System.out.println(backendLine(w));
            }
        }

        // extra lines
        // Process CPU ≈ the main thread's CPU proves that no other thread (OpenMP, OpenBLAS) computed;
        // CPU ≈ wall adds that the thread had its core (less when other processes share the machine).
        if (wanted("W") || wanted("CPU")) {
            extra.add(String.format("CPU engine runs: process_cpu=%.2fs wall=%.2fs cpu/wall=%.3f"
                            + " main_thread_cpu=%.2fs process_cpu/main_thread_cpu=%.3f",
                    engineCpuNanos / 1e9, engineWallNanos / 1e9, (double) engineCpuNanos / engineWallNanos,
                    engineThreadCpuNanos / 1e9, (double) engineCpuNanos / engineThreadCpuNanos));
        }
        if (wanted("W") || wanted("DENORMAL")) {
            extra.add(denormalCheck(w2, w2Fresh, w2FreshCpu));
        }
        if (wanted("SIDE")) {
            extra.add(sideBySide(w1));
        }
        if (wanted("PARALLEL")) {
            extra.add(parallel(w1, 2));
            extra.add(parallel(w1, 4));
        }
        if (wanted("THREADS")) {
            extra.add(blasThreads(w2));
            extra.add(blasThreads(w3));
        }
        if (wanted("MEM")) {
            extra.addAll(memoryCheckInChild());
        }
        extra.add("LOAD average before " + loadBefore + ", after " + loadAverage()
                + " (above ~1 means other processes shared the 2 cores and rates are low)");
        for (String line : extra) {
            System.out.println(line);
        }
    }

    /**
     * {@code BACKEND W2 direct=… nd4j=… ratio=…}: the same workload on both backends side by side, by the
     * main thread's CPU time (steady on a shared machine); ratio = direct / nd4j, how many times slower the
     * ND4J backend is.
     */
    private String backendLine(Workload w) {
        timed(new EngineStepper(w, SEED, Backend.DIRECT), w.warmupSeconds, w.engineRoundSeconds, false);
        double direct = w.unit(lastCpuRate);
        timed(new EngineStepper(w, SEED, Backend.ND4J), w.warmupSeconds, w.engineRoundSeconds, false);
        double nd4j = w.unit(lastCpuRate);
        return String.format("BACKEND %s direct=%.0f nd4j=%.0f ratio=%.2f (by CPU time; ratio = direct/nd4j)",
                w.name, direct, nd4j, direct / nd4j);
    }

    // ------------------------------------------------------------------ workloads

    /** One workload: a network spec, optimizer, batch and data, and how long to time each side. */
    record Workload(String name, NetworkSpec spec, Optimizer optimizer, double eta, int batch, Dataset data,
                    boolean perSample, double engineRoundSeconds, double dl4jRoundSeconds, double warmupSeconds) {

        TrainingSpec training() {
            return TrainingSpec.defaults().withLoss(Loss.SOFTMAX_CROSS_ENTROPY)
                    .withOptimizer(OptimizerSpec.of(optimizer)).withLearningRate(eta).withBatchSize(batch);
        }

        /** steps/s → the unit this workload is reported in. */
        double unit(double stepsPerSecond) {
            return perSample ? stepsPerSecond * batch : stepsPerSecond;
        }
    }

    /** Something that takes one training step. */
    interface Stepper {
        void step();
    }

    /** Our network stepping with the probes a training run calls. */
    static final class EngineStepper implements Stepper {
        final Network network;
        final Trainer trainer;
        private long steps;

        EngineStepper(Workload w, long seed, Backend backend) {
            network = Network.forDataset(w.spec, w.training(), w.data, seed, backend);
            trainer = new Trainer(network, w.data, w.batch, seed);
        }

        /**
         * This stepper's own sink: with the static one, two steppers training on two threads (PARALLEL)
         * wrote one cache line three times a step each, and paid for passing it between the cores.
         */
        double kept;

        @Override
        public void step() {
            kept += trainer.step();
            kept += network.gradientNorms()[0];
            if (++steps % 16 == 0) {
                LayerStats[] stats = network.layerStats();
                kept += stats.length;
            }
        }
    }

    private double engineRate(Workload w) {
        EngineStepper s = new EngineStepper(w, SEED, Backend.DIRECT);
        return w.unit(timed(s, w.warmupSeconds, w.engineRoundSeconds, true));
    }

    private double dl4jRate(Workload w) {
        System.gc();
        Dl4jStepper s = new Dl4jStepper(w);
        double rate = timed(s, w.warmupSeconds, w.dl4jRoundSeconds, false);
        sink += s.net.score();
        return w.unit(rate);
    }

    /** DL4J's MultiLayerNetwork of the same shape, fed pre-sliced minibatches of a shuffled epoch. */
    static final class Dl4jStepper implements Stepper {
        final MultiLayerNetwork net;
        private final DataSet[] batches;
        private int next;

        Dl4jStepper(Workload w) {
            org.nd4j.linalg.activations.Activation act = switch (w.spec.hidden().get(0).activation()) {
                case TANH -> org.nd4j.linalg.activations.Activation.TANH;
                case RELU -> org.nd4j.linalg.activations.Activation.RELU;
                case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
                default -> throw new IllegalArgumentException("no DL4J twin for " + w.spec);
            };
            IUpdater updater = w.optimizer == Optimizer.ADAM ? new Adam(w.eta) : new Sgd(w.eta);
            WeightInit init = act == org.nd4j.linalg.activations.Activation.RELU ? WeightInit.RELU : WeightInit.XAVIER;
            NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(SEED)
                    .dataType(DataType.FLOAT).updater(updater).weightInit(init).list();
            int fanIn = w.data.featureCount();
            for (var layer : w.spec.hidden()) {
                list.layer(new DenseLayer.Builder().nIn(fanIn).nOut(layer.units()).activation(act).build());
                fanIn = layer.units();
            }
            int classes = w.data.outputCount();
            list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(fanIn).nOut(classes)
                    .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build());
            net = new MultiLayerNetwork(list.build());
            net.init();

            int n = w.data.size();
            int f = w.data.featureCount();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            SplittableRandom r = new SplittableRandom(SEED);
            for (int i = n - 1; i > 0; i--) {
                int k = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            List<DataSet> list2 = new ArrayList<>();
            for (int from = 0; from < n; from += w.batch) {
                int m = Math.min(w.batch, n - from);
                float[] x = new float[m * f];
                float[] y = new float[m * classes];
                for (int j = 0; j < m; j++) {
                    int i = order[from + j];
                    System.arraycopy(w.data.features(), i * f, x, j * f, f);
                    y[j * classes + w.data.labels()[i]] = 1f;
                }
                INDArray xs = Nd4j.create(x, new long[] {m, f}, 'c');
                INDArray ys = Nd4j.create(y, new long[] {m, classes}, 'c');
                list2.add(new DataSet(xs, ys));
            }
            batches = list2.toArray(new DataSet[0]);
        }

        @Override
        public void step() {
            net.fit(batches[next]);
            next = (next + 1) % batches.length;
        }
    }

    /**
     * Median steps/s of {@link #REPEATS} rounds of {@code roundSeconds} after a warm-up of
     * {@code warmupSeconds}; engine runs add their CPU and wall time to the one-thread check.
     */
    private double timed(Stepper s, double warmupSeconds, double roundSeconds, boolean engine) {
        runFor(s, warmupSeconds * SCALE);
        double[] rates = new double[REPEATS];
        long cpu0 = processCpuNanos();
        long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long steps0 = stepsTaken;
        for (int i = 0; i < REPEATS; i++) {
            rates[i] = runFor(s, roundSeconds * SCALE);
        }
        lastCpuRate = (stepsTaken - steps0)
                / ((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0) / 1e9);
        if (engine) {
            engineCpuNanos += processCpuNanos() - cpu0;
            engineThreadCpuNanos += ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0;
            engineWallNanos += System.nanoTime() - wall0;
        }
        return median(rates);
    }

    /** Steps for about {@code seconds} (at least 3 steps) and returns steps/s. */
    static double runFor(Stepper s, double seconds) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        do {
            s.step();
            n++;
        } while (n < 3 || System.nanoTime() < end);
        stepsTaken += n;
        return n / ((System.nanoTime() - start) / 1e9);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    // ------------------------------------------------------------------ extra checks

    /**
     * A fresh W2 network trained for 3,000 Adam iterations on real MNIST, then timed: dead ReLUs leave exact
     * zero gradients on which Adam's moments decay into denormal floats, which once slowed training 4–7×.
     */
    private String denormalCheck(Workload w2, double fresh, double freshCpu) {
        EngineStepper s = new EngineStepper(w2, SEED + 1, Backend.DIRECT);
        long start = System.nanoTime();
        for (int i = 0; i < DENORMAL_ITERATIONS; i++) {
            s.step();
        }
        double trainRate = w2.unit(DENORMAL_ITERATIONS / ((System.nanoTime() - start) / 1e9));
        long trained = s.network.iteration();
        double after = w2.unit(timed(s, 0, w2.engineRoundSeconds, false));
        double afterCpu = w2.unit(lastCpuRate);
        return String.format("DENORMAL W2 after %d Adam iterations: engine=%.0f samples/s (fresh %.0f, ratio %.2f;"
                        + " by main-thread CPU %.0f vs fresh %.0f, ratio %.2f; mean over the 3,000 iterations %.0f)",
                trained, after, fresh, after / fresh, afterCpu, freshCpu, afterCpu / freshCpu, trainRate);
    }

    /**
     * Four W1 networks stepped in one thread, round-robin (one step each in turn, as side-by-side
     * variants train) and one after the other. Both print steps/s per network over the same wall time, so
     * equal numbers mean that interleaving costs nothing (no cache or branch-predictor thrash).
     */
    private String sideBySide(Workload w1) {
        int nets = 4;
        EngineStepper[] s = new EngineStepper[nets];
        for (int i = 0; i < nets; i++) {
            s[i] = new EngineStepper(w1, SEED + 10 + i, Backend.DIRECT);
        }
        Stepper roundRobin = () -> {
            for (EngineStepper e : s) {
                e.step();
            }
        };
        // one round-robin "step" advances every net once: rounds/s is each net's steps/s
        double rr = timed(roundRobin, w1.warmupSeconds, w1.engineRoundSeconds, false);
        double rrCpu = lastCpuRate;
        double[] alone = new double[nets];
        double[] aloneCpu = new double[nets];
        for (int i = 0; i < nets; i++) {
            alone[i] = timed(s[i], 0.3, w1.engineRoundSeconds / nets, false);
            aloneCpu[i] = lastCpuRate;
        }
        // one after the other: each net has the thread for a quarter of the time
        double sequentialPerNet = 0;
        for (double a : alone) {
            sequentialPerNet += a / nets / nets;
        }
        return String.format("SIDE 4 x W1 in one thread: round-robin=%.0f steps/s per net (total %.0f),"
                        + " one-after-another=%.0f steps/s per net (total %.0f; each alone %.0f);"
                        + " by main-thread CPU: round-robin %.0f per net, alone %.0f (/4 = %.0f per net)",
                rr, rr * nets, sequentialPerNet, sequentialPerNet * nets, median(alone), rrCpu, median(aloneCpu),
                median(aloneCpu) / nets);
    }

    /**
     * {@code PARALLEL N x W1 threads=T …}: N (2 and 4) W1 networks as a comparison trains them at full speed —
     * rounds of 4 blocks of 256 iterations each, a network at most one block ahead of the slowest
     * ({@link TrainingPool#runBlocks}) — on one thread and on the {@link TrainingPool} with T threads (all
     * cores: no window here). Wall-clock rates (parallelism is about wall time), with process CPU / wall to show how many
     * cores worked; on a shared machine the speedup is capped by what the others leave.
     */
    private String parallel(Workload w1, int nets) {
        int threads = Math.max(2, Math.min(nets, Runtime.getRuntime().availableProcessors()));
        EngineStepper[] s = new EngineStepper[nets];
        for (int i = 0; i < nets; i++) {
            s[i] = new EngineStepper(w1, SEED + 20 + i, Backend.DIRECT);
        }
        int block = 256; // RunWorker.MAX_BLOCK: W1 is fast enough to reach it
        int blocks = 4; // RunWorker.BLOCKS_PER_ROUND
        java.util.function.IntConsumer oneBlock = v -> {
            for (int i = 0; i < block; i++) {
                s[v].step();
            }
        };
        int before = TrainingPool.threads();
        double[] rates = new double[2];
        double[] cpuPerWall = new double[2];
        double[] byBusiestCpu = new double[2];
        try {
            for (int k = 0; k < 2; k++) {
                TrainingPool.setThreads(k == 0 ? 1 : threads);
                Stepper round = () -> TrainingPool.runBlocks(nets, blocks, oneBlock);
                runFor(round, w1.warmupSeconds * SCALE);
                Map<Long, Long> threadCpu0 = trainingThreadsCpu();
                long cpu0 = processCpuNanos();
                long wall0 = System.nanoTime();
                long rounds0 = stepsTaken;
                double[] r = new double[REPEATS];
                for (int i = 0; i < REPEATS; i++) {
                    r[i] = runFor(round, w1.engineRoundSeconds * SCALE);
                }
                // rounds/s × blocks × block iterations × N nets = total steps/s
                rates[k] = median(r) * blocks * block * nets;
                cpuPerWall[k] = (double) (processCpuNanos() - cpu0) / (System.nanoTime() - wall0);
                long busiest = 1;
                for (var e : trainingThreadsCpu().entrySet()) {
                    busiest = Math.max(busiest, e.getValue() - threadCpu0.getOrDefault(e.getKey(), 0L));
                }
                byBusiestCpu[k] = (stepsTaken - rounds0) * (double) blocks * block * nets / (busiest / 1e9);
            }
        } finally {
            TrainingPool.setThreads(before);
        }
        return String.format("PARALLEL %d x W1 threads=%d total=%.0f one=%.0f speedup=%.2f steps/s by wall clock"
                        + " (process cpu/wall %.2f vs %.2f on one thread); by the busiest thread's CPU time"
                        + " total=%.0f one=%.0f speedup=%.2f (what free cores would give, hand-over waits aside)",
                nets, threads, rates[1], rates[0], rates[1] / rates[0], cpuPerWall[1], cpuPerWall[0],
                byBusiestCpu[1], byBusiestCpu[0], byBusiestCpu[1] / byBusiestCpu[0]);
    }

    /** CPU time of this thread and of the training pool's helpers, by thread id. */
    private static Map<Long, Long> trainingThreadsCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        cpu.put(Thread.currentThread().getId(), mx.getCurrentThreadCpuTime());
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("training helper")) {
                cpu.put(info.getThreadId(), mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    /**
     * {@code THREADS W2 blas=1 … blas=2 … speedup=…} (and W3): the workload on the direct kernels with its step on one thread and
     * then on two as the product splits it ({@link Network#setStepThreads}: the big products, the Adam update
     * and the gradient probe cut in halves, one for a helper thread; OpenBLAS on one thread each), then, for
     * reference, one step thread with OpenBLAS's own two threads (what {@code blas=2} meant before
     * 2026-12-03 10:30 UTC). By wall clock (what an idle machine gives), with the process's CPU per wall
     * second; and by CPU time: the one-thread step's main-thread CPU against the split step's critical path,
     * its main thread's CPU less the time it waited for the helper plus the helper's CPU beyond the main
     * thread's own halves ({@link StepThreads#profile()}; the bench JVM runs with
     * {@code -Ddeepforward.stepProfile=true}) — what two free cores would give on a shared machine.
     */
    private String blasThreads(Workload w) {
        double[] rates = new double[3];
        double[] mainCpu = new double[3];
        double[] cpuPerWall = new double[3];
        double critical = Double.NaN;
        long tookBack = 0;
        long handOvers = 0;
        try {
            for (int k = 0; k < 3; k++) {
                NativeThreads.setBlasThreads(k == 2 ? 2 : 1);
                EngineStepper s = new EngineStepper(w, SEED, Backend.DIRECT);
                s.network.setStepThreads(k == 1 ? 2 : 1);
                runFor(s, w.warmupSeconds * SCALE);
                long cpu0 = processCpuNanos();
                long wall0 = System.nanoTime();
                long[] p0 = StepThreads.profile();
                long steps0 = stepsTaken;
                rates[k] = w.unit(timed(s, 0, w.engineRoundSeconds, false));
                mainCpu[k] = w.unit(lastCpuRate);
                cpuPerWall[k] = (double) (processCpuNanos() - cpu0) / (System.nanoTime() - wall0);
                if (k == 1) {
                    long[] p1 = StepThreads.profile();
                    double steps = stepsTaken - steps0;
                    double mainSeconds = steps / lastCpuRate;
                    // a half the main thread took back from a busy helper counts as if the helper had run it
                    // alongside, with the helper's mean excess
                    long helperJobs = (p1[3] - p0[3]) - (p1[2] - p0[2]);
                    double meanExcess = helperJobs > 0 ? (p1[1] - p0[1]) / 1e9 / helperJobs : 0;
                    double path = mainSeconds - (p1[0] - p0[0]) / 1e9 + (p1[1] - p0[1]) / 1e9
                            - (p1[4] - p0[4]) / 1e9 + (p1[2] - p0[2]) * meanExcess;
                    critical = w.unit(steps / path);
                    tookBack = p1[2] - p0[2];
                    handOvers = p1[3] - p0[3];
                }
                s.network.setStepThreads(1);
            }
        } finally {
            NativeThreads.setThreads(1);
        }
        // the layout the engine read at class load (Network.PANELS), so a line says which one it measured
        String layout = "false".equals(System.getProperty("deepforward.panels")) ? "row-major W" : "W in column panels";
        return String.format("THREADS %s blas=1 %.0f blas=2 %.0f speedup=%.2f samples/s by wall clock, the step split"
                        + " over 2 threads as the product does, " + layout + " (process cpu/wall %.2f vs %.2f); by CPU time: one"
                        + " thread %.0f, split %.0f by its critical path, speedup=%.2f (what 2 free cores give; the"
                        + " main thread took back %d of %d halves from a busy helper); OpenBLAS's own 2 threads"
                        + " instead: %.0f speedup=%.2f by wall clock (cpu/wall %.2f)",
                w.name, rates[0], rates[1], rates[1] / rates[0], cpuPerWall[1], cpuPerWall[0], mainCpu[0], critical,
                critical / mainCpu[0], tookBack, handOvers, rates[2], rates[2] / rates[0], cpuPerWall[2]);
    }

    /**
     * Runs {@link #memoryRun()} in a child JVM with a 256 MB heap and returns its output lines. The heap is
     * pre-touched: otherwise RSS climbs for a long time as G1 touches fresh young-generation pages for the
     * probes' small garbage (~90 bytes a step; 133 → 206 MB over 1M steps with no GC at all), which hides
     * whether native memory grows. With every heap page resident from the start, RSS growth is real growth.
     */
    private static List<String> memoryCheckInChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+AlwaysPreTouch",
                "-Dbench.memIterations=" + MEM_ITERATIONS, "-cp",
                System.getProperty("java.class.path"), Benchmark.class.getName(), "--mem");
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        }
        int code = p.waitFor();
        if (code != 0) {
            lines.add("MEM check failed: child exit code " + code);
        }
        return lines;
    }

    /**
     * W1 with probes for 100,000 iterations under the caller's heap bound, after a warm-up of 50,000 (JIT
     * compilation, code cache, the heap's young generation settling under the probes' small garbage),
     * printing the resident set size at the start and end of the 100,000, the RSS right after set-up, and
     * samples every 10,000 iterations.
     */
    static void memoryRun() throws Exception {
        NativeThreads.ensureConfigured();
        Dataset spiral = Generators.generate("spiral", 500, 0.1, SEED);
        Workload w1 = new Workload("W1", NetworkSpec.uniform(2, 8, Activation.TANH), Optimizer.SGD, 0.03, 10,
                spiral, false, 0, 0, 0);
        EngineStepper s = new EngineStepper(w1, SEED, Backend.DIRECT);
        s.step();
        long rssSetup = rssKb();
        for (int i = 0; i < WARMUP_ITERATIONS; i++) {
            s.step();
        }
        long rssStart = rssKb();
        StringBuilder samples = new StringBuilder();
        long start = System.nanoTime();
        for (int i = 1; i <= MEM_ITERATIONS; i++) {
            s.step();
            if (i % (MEM_ITERATIONS / 10) == 0) {
                samples.append(samples.length() == 0 ? "" : " ").append(Math.round(rssKb() / 1024.0));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rssEnd = rssKb();
        System.out.printf("MEM W1 %d iterations rss_start=%.1fMB rss_end=%.1fMB (after set-up %.1fMB, then %d"
                        + " warm-up iterations; every tenth: %s MB; -Xmx%dm, heap pre-touched; %.0f steps/s with probes)%n",
                MEM_ITERATIONS, rssStart / 1024.0, rssEnd / 1024.0, rssSetup / 1024.0, WARMUP_ITERATIONS, samples,
                Runtime.getRuntime().maxMemory() >> 20, MEM_ITERATIONS / seconds);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    static long rssKb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
