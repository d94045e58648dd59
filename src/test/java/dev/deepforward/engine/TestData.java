package dev.deepforward.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.deepforward.data.Dataset;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OutputSpec;
import dev.deepforward.spec.TrainingSpec;

/** Small datasets and specs for the engine tests (the real generators live in the data package). */
final class TestData {

    private TestData() {
    }

    /** Two interleaved spirals, {@code perClass} points each, with Gaussian noise σ. */
    static Dataset spiral(int perClass, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] f = new float[2 * perClass * 2];
        int[] labels = new int[2 * perClass];
        int n = 0;
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < perClass; i++) {
                double t = (double) i / perClass * 3.5 * Math.PI;
                double radius = 0.1 + t / (3.5 * Math.PI) * 0.9;
                double angle = t + c * Math.PI;
                f[2 * n] = (float) (radius * Math.cos(angle) * 3 + noise * gaussian(r));
                f[2 * n + 1] = (float) (radius * Math.sin(angle) * 3 + noise * gaussian(r));
                labels[n] = c;
                n++;
            }
        }
        return Dataset.classification("spiral", 2, f, labels, List.of("a", "b"));
    }

    static double gaussian(SplittableRandom r) {
        return r.nextGaussian();
    }

    /** Random features N(0, 1) with random labels of {@code classes} classes. */
    static Dataset randomClasses(int size, int features, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] f = new float[size * features];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) r.nextGaussian();
        }
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            labels[i] = r.nextInt(classes);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("c" + c);
        }
        return Dataset.classification("random", features, f, labels, names);
    }

    /** Random features with targets a smooth function of them (so a network can learn them). */
    static Dataset regression(int size, int features, int outputs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] f = new float[size * features];
        float[] t = new float[size * outputs];
        for (int i = 0; i < size; i++) {
            double s = 0;
            for (int j = 0; j < features; j++) {
                f[i * features + j] = (float) r.nextGaussian();
                s += f[i * features + j] * (j + 1) * 0.3;
            }
            for (int k = 0; k < outputs; k++) {
                t[i * outputs + k] = (float) (Math.sin(s + k) + 0.2 * k);
            }
        }
        return Dataset.regression("regression", features, f, outputs, t);
    }

    static NetworkSpec net(LayerSpec... layers) {
        return new NetworkSpec(List.of(layers), OutputSpec.defaults());
    }

    static TrainingSpec training(Loss loss, Optimizer optimizer, double eta, int batch) {
        return TrainingSpec.defaults().withLoss(loss).withOptimizer(OptimizerSpec.of(optimizer))
                .withLearningRate(eta).withBatchSize(batch);
    }

    static NetworkSpec uniform(int depth, int width, Activation g) {
        return NetworkSpec.uniform(depth, width, g);
    }

    static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
