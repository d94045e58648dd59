package dev.deepforward.ui.shell;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.chart.MetricsSink;
import dev.deepforward.ui.model.DesignDocument;
import java.util.List;
import java.util.Random;
import javafx.animation.AnimationTimer;

/**
 * A stand-in for the training engine so the window can be shown and its charts exercised before the
 * engine lands. It trains nothing: it makes up plausible curves from the design (sigmoid layers without
 * batch norm get gradients that shrink layer by layer; plain random init shrinks them further), and the
 * window labels everything it produces as demo data.
 */
public final class DemoRunController implements RunController {

    private final DesignDocument doc;
    private final MetricsSink sink;
    private final RunStatus status = new RunStatus();
    private final Random random = new Random(7);
    private final AnimationTimer timer;
    private int speed = 5;
    private long iteration;
    private float[] norms = new float[0];
    private long lastRateNanos;
    private long lastRateIteration;

    public DemoRunController(DesignDocument doc, MetricsSink sink) {
        this.doc = doc;
        this.sink = sink;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (int i = 0; i < speed; i++) {
                    advance();
                }
                measureRate(now);
            }
        };
        resetCharts();
    }

    @Override
    public void play() {
        if (!doc.canPlay()) {
            return;
        }
        status.phaseProperty().set(RunPhase.RUNNING);
        lastRateNanos = 0;
        timer.start();
    }

    @Override
    public void pause() {
        timer.stop();
        status.phaseProperty().set(RunPhase.PAUSED);
        status.stepsPerSecondProperty().set(0);
    }

    @Override
    public void step() {
        if (!doc.canPlay()) {
            return;
        }
        if (status.phaseProperty().get() == RunPhase.RUNNING) {
            pause();
        }
        advance();
        status.phaseProperty().set(RunPhase.PAUSED);
    }

    @Override
    public void reset() {
        timer.stop();
        iteration = 0;
        status.iterationProperty().set(0);
        status.epochProperty().set(0);
        status.stepsPerSecondProperty().set(0);
        status.phaseProperty().set(RunPhase.IDLE);
        resetCharts();
    }

    @Override
    public void setSpeed(int stepsPerFrame) {
        speed = Math.max(1, stepsPerFrame);
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public void close() {
        timer.stop();
    }

    private void resetCharts() {
        List<LayerSpec> hidden = doc.getSpec().network().hidden();
        String[] names = new String[hidden.size() + 1];
        for (int i = 0; i < hidden.size(); i++) {
            names[i] = "layer " + (i + 1);
        }
        names[hidden.size()] = "output";
        norms = new float[names.length];
        sink.reset(names);
    }

    private int iterationsPerEpoch() {
        RunSpec s = doc.getSpec();
        int samples = 400;
        int train = (int) Math.round(samples * (1 - s.data().validationFraction() - s.data().testFraction()));
        return Math.max(1, (train + s.training().batchSize() - 1) / s.training().batchSize());
    }

    private void advance() {
        RunSpec s = doc.getSpec();
        List<LayerSpec> hidden = s.network().hidden();
        if (norms.length != hidden.size() + 1) {
            resetCharts();
        }
        iteration++;
        // How hard the made-up problem is: every vanishing layer slows learning down.
        double slow = 1;
        double g = 0.4 * Math.exp(-iteration / 3000.0) + 0.05;
        norms[hidden.size()] = (float) (g * noise(0.25));
        for (int l = hidden.size() - 1; l >= 0; l--) {
            LayerSpec layer = hidden.get(l);
            double factor = 1.0;
            if (layer.activation() == Activation.SIGMOID && !layer.batchNorm()) {
                factor = 0.22;
                slow *= 1.6;
            }
            if (layer.init().usesScale() && !layer.batchNorm()) {
                factor *= 0.08 * Math.sqrt(layer.units());
                slow *= 1.8;
            }
            g *= factor;
            norms[l] = (float) (g * noise(0.3));
        }
        double lr = s.training().learningRate();
        double tau = 250 * slow * Math.max(0.2, Math.min(5, 0.01 / lr));
        double floor = 0.04;
        double start = Math.log(Math.max(2, doc.getOutputs()));
        double expected = floor + (start - floor) * Math.exp(-iteration / tau);
        double batch = expected * noise(0.35);
        sink.iteration(iteration, (int) (iteration / iterationsPerEpoch()), batch, lr, norms);
        int perEpoch = iterationsPerEpoch();
        if (iteration % perEpoch == 0) {
            int epoch = (int) (iteration / perEpoch);
            double val = expected * 1.12 + 0.02;
            double acc = 1 - 0.5 * (expected - floor) / (start - floor) - 0.02;
            sink.epoch(epoch, iteration, expected * noise(0.05), val * noise(0.06), Math.min(1, acc * noise(0.01)),
                    Math.min(1, (acc - 0.03) * noise(0.02)));
            status.epochProperty().set(epoch);
        }
        status.iterationProperty().set(iteration);
    }

    private double noise(double spread) {
        return Math.exp(random.nextGaussian() * spread);
    }

    private void measureRate(long now) {
        if (lastRateNanos == 0) {
            lastRateNanos = now;
            lastRateIteration = iteration;
        } else if (now - lastRateNanos > 500_000_000L) {
            status.stepsPerSecondProperty().set((iteration - lastRateIteration) * 1e9 / (now - lastRateNanos));
            lastRateNanos = now;
            lastRateIteration = iteration;
        }
    }
}
