package dev.deepforward.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.TrainingSpec;

/**
 * Measures training speed on the three reference workloads with one thread (synthetic data of the right
 * shapes), and the process's resident memory over a long W1 loop. Not a test: run it by hand, e.g.
 * <pre>
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 *   java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) dev.deepforward.engine.EngineSpeedProbe [seconds]
 * </pre>
 */
public final class EngineSpeedProbe {

    private EngineSpeedProbe() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        NativeThreads.ensureConfigured();

        Dataset w1Data = TestData.randomClasses(500, 2, 2, 1);
        NetworkSpec w1 = NetworkSpec.uniform(2, 8, Activation.TANH);
        TrainingSpec w1t = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.03, 10);
        report("W1 2-8-8-2 tanh, SGD 0.03, batch 10", w1, w1t, w1Data, 10, seconds);

        Dataset mnistLike = TestData.randomClasses(4096, 784, 10, 2);
        NetworkSpec w2 = NetworkSpec.uniform(2, 256, Activation.RELU);
        TrainingSpec w2t = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.ADAM, 1e-3, 64);
        report("W2 784-256-256-10 relu, Adam 1e-3, batch 64", w2, w2t, mnistLike, 64, seconds);

        NetworkSpec w3 = NetworkSpec.uniform(10, 100, Activation.SIGMOID);
        TrainingSpec w3t = TestData.training(Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.SGD, 0.1, 64);
        report("W3 784-100x10 sigmoid-10, SGD 0.1, batch 64", w3, w3t, mnistLike, 64, seconds);

        memory(w1, w1t, w1Data, seconds * 5);
    }

    private static void report(String name, NetworkSpec spec, TrainingSpec training, Dataset data, int batch,
                               double seconds) {
        Network net = Network.forDataset(spec, training, data, 1);
        Trainer trainer = new Trainer(net, data, batch, 1);
        double[] rates = new double[5];
        long steps = 0;
        double last = 0;
        for (int round = -1; round < rates.length; round++) { // round −1 warms the JIT up
            long n = 0;
            long start = System.nanoTime();
            long end = start + (long) (seconds / rates.length * 1e9);
            while (System.nanoTime() < end) {
                for (int i = 0; i < 50; i++) {
                    last = trainer.step();
                }
                n += 50;
            }
            double rate = n / ((System.nanoTime() - start) / 1e9);
            if (round >= 0) {
                rates[round] = rate;
            }
            steps += n;
        }
        Arrays.sort(rates);
        double median = rates[rates.length / 2];
        System.out.printf("%-48s %,10.0f steps/s  %,10.0f samples/s  (min %,.0f max %,.0f steps/s; %d steps, last loss %.4f)%n",
                name, median, median * batch, rates[0], rates[rates.length - 1], steps, last);
    }

    private static void memory(NetworkSpec spec, TrainingSpec training, Dataset data, double seconds) throws Exception {
        Network net = Network.forDataset(spec, training, data, 1);
        Trainer trainer = new Trainer(net, data, 10, 1);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long steps = 0;
        StringBuilder line = new StringBuilder("RSS over a long W1 loop (MB):");
        long nextReport = 0;
        while (System.nanoTime() < end) {
            trainer.step();
            steps++;
            if (steps >= nextReport) {
                line.append(' ').append(rssMb()).append('@').append(steps);
                nextReport = Math.max(1, nextReport * 2);
            }
        }
        line.append(' ').append(rssMb()).append('@').append(steps);
        System.out.println(line);
    }

    private static long rssMb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
