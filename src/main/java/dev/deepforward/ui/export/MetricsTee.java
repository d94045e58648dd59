package dev.deepforward.ui.export;

import dev.deepforward.ui.chart.MetricsSink;
import java.util.List;

/** Hands the same metrics to several sinks: the charts, and the recorder behind File → Export metrics. */
public final class MetricsTee implements MetricsSink {

    private final List<MetricsSink> sinks;

    public MetricsTee(MetricsSink... sinks) {
        this.sinks = List.of(sinks);
    }

    @Override
    public void reset(String[] layerNames) {
        sinks.forEach(s -> s.reset(layerNames));
    }

    @Override
    public void iteration(long iteration, int epoch, double batchLoss, double learningRate, float[] gradientNorms) {
        for (MetricsSink s : sinks) {
            s.iteration(iteration, epoch, batchLoss, learningRate, gradientNorms);
        }
    }

    @Override
    public void epoch(int epoch, long iteration, double trainLoss, double validationLoss, double trainAccuracy,
            double validationAccuracy) {
        for (MetricsSink s : sinks) {
            s.epoch(epoch, iteration, trainLoss, validationLoss, trainAccuracy, validationAccuracy);
        }
    }
}
