package dev.deepforward.ui.export;

import dev.deepforward.ui.chart.MetricsSink;
import dev.deepforward.ui.chart.RunLayout;
import java.util.List;

/** Hands the same metrics to several sinks: the charts, and the recorder behind File → Export metrics. */
public final class MetricsTee implements MetricsSink {

    private final List<MetricsSink> sinks;

    public MetricsTee(MetricsSink... sinks) {
        this.sinks = List.of(sinks);
    }

    @Override
    public void reset(RunLayout layout) {
        sinks.forEach(s -> s.reset(layout));
    }

    @Override
    public void iteration(int run, long iteration, int epoch, double batchLoss, double learningRate,
                          float[] gradientNorms) {
        for (MetricsSink s : sinks) {
            s.iteration(run, iteration, epoch, batchLoss, learningRate, gradientNorms);
        }
    }

    @Override
    public void epoch(int run, int epoch, long iteration, double trainLoss, double validationLoss,
                      double trainAccuracy, double validationAccuracy) {
        for (MetricsSink s : sinks) {
            s.epoch(run, epoch, iteration, trainLoss, validationLoss, trainAccuracy, validationAccuracy);
        }
    }

    @Override
    public void epochSize(int run, int iterations, int examples) {
        for (MetricsSink s : sinks) {
            s.epochSize(run, iterations, examples);
        }
    }

    @Override
    public void figures(int run, String text) {
        for (MetricsSink s : sinks) {
            s.figures(run, text);
        }
    }

    @Override
    public void variantAlert(int run, String title, String detail) {
        for (MetricsSink s : sinks) {
            s.variantAlert(run, title, detail);
        }
    }
}
