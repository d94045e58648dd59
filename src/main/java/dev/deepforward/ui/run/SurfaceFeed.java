package dev.deepforward.ui.run;

import dev.deepforward.data.DataException;
import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.Dataset;
import dev.deepforward.data.Normalization;
import dev.deepforward.data.PreparedData;
import dev.deepforward.data.Task;
import dev.deepforward.engine.run.DecisionSurface;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.chart.DecisionSurfaceView;
import dev.deepforward.ui.chart.TrainingCharts;
import dev.deepforward.ui.model.DatasetSizes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;

/**
 * Feeds the decision-surface view: the training and test points of each new run (prepared with the run's seed on a
 * background thread, so they are exactly the points the network trains on, shown in the data's own units)
 * and the surfaces the engine publishes, each to its variant's view. Only 2-D datasets get the view.
 */
public final class SurfaceFeed {

    private final TrainingCharts charts;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "surface-points");
        t.setDaemon(true);
        return t;
    });
    private DecisionSurfaceView.Mode mode = DecisionSurfaceView.Mode.PROBABILITY;
    private RunSpec wanted;

    public SurfaceFeed(EngineRunController run, TrainingCharts charts) {
        this.charts = charts;
        run.setNewRunListener(this::newRun);
        run.setSurfaceListener(this::surface);
        // A reset (or compare switched) starts the curves over: the old run's surface and its iteration go too,
        // so the view shows the untrained state (the points alone) until the new run publishes one.
        run.addRunEventListener(new RunEventListener() {
            @Override
            public void event(dev.deepforward.engine.run.RunEvent e) {
            }

            @Override
            public void cleared() {
                for (DecisionSurfaceView view : charts.surfaces()) {
                    view.clearSurface();
                }
            }
        });
    }

    private void newRun(RunSpec spec) {
        wanted = spec;
        for (DecisionSurfaceView view : charts.surfaces()) {
            view.clearSurface();
        }
        boolean plane = DatasetSizes.of(spec.data()).map(io -> io[0] == 2).orElse(false);
        charts.setRegression(DatasetSizes.isRegression(spec.data().dataset()));
        charts.showSurface(plane);
        if (!plane) {
            return;
        }
        try {
            loader.execute(() -> load(spec));
        } catch (RejectedExecutionException e) {
            // closing down
        }
    }

    private void load(RunSpec spec) {
        try {
            PreparedData data = DataPreparer.prepare(spec.data(), spec.seed());
            Points train = Points.of(data.train(), data.normalization());
            Points test = Points.of(data.test(), data.normalization());
            Dataset d = data.train();
            boolean regression = d.task() == Task.REGRESSION;
            DecisionSurfaceView.Mode m = regression ? DecisionSurfaceView.Mode.VALUE
                    : d.classCount() == 2 ? DecisionSurfaceView.Mode.PROBABILITY : DecisionSurfaceView.Mode.CLASS;
            Platform.runLater(() -> {
                if (spec == wanted) {
                    mode = m;
                    // Every variant trains on these same points (same data, same seed).
                    for (DecisionSurfaceView view : charts.surfaces()) {
                        view.setPoints(train.x, train.y, train.classes, train.targets);
                        view.setTestPoints(test.x, test.y, test.classes, test.targets);
                    }
                }
            });
        } catch (DataException | RuntimeException e) {
            // The run's own setup reports a data problem in the banner; the view just stays empty.
        }
    }

    /** A dataset's points in the data's own units, with their classes or (regression) their targets. */
    private record Points(double[] x, double[] y, int[] classes, double[] targets) {

        static Points of(Dataset set, Normalization n) {
            if (set == null) {
                return new Points(new double[0], new double[0], new int[0], null);
            }
            int size = set.size();
            double[] x = new double[size];
            double[] y = new double[size];
            float[] f = set.features();
            for (int i = 0; i < size; i++) {
                x[i] = n.invert(0, f[2 * i]);
                y[i] = n.invert(1, f[2 * i + 1]);
            }
            if (set.task() != Task.REGRESSION) {
                return new Points(x, y, set.labels(), null);
            }
            double[] targets = new double[size];
            for (int i = 0; i < size; i++) {
                targets[i] = set.targets()[i * set.outputCount()];
            }
            return new Points(x, y, null, targets);
        }
    }

    private void surface(int variant, DecisionSurface s) {
        List<DecisionSurfaceView> views = charts.surfaces();
        if (variant >= views.size()) {
            return;
        }
        views.get(variant).setSurface(s.resolution(), s.minX(), s.maxX(), s.minY(), s.maxY(), s.values(), mode, s.iteration());
    }

    public void close() {
        loader.shutdownNow();
    }
}
