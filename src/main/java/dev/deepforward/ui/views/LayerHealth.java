package dev.deepforward.ui.views;

import dev.deepforward.engine.LayerStats;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.ui.chart.ChartTheme;
import dev.deepforward.ui.chart.LiveLineChart;
import dev.deepforward.ui.chart.SeriesStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How many units of each hidden layer have stopped passing gradients: saturated units for sigmoid/tanh
 * (stuck near an asymptote, slope below 0.01) and dead units for ReLU (zero for every probe example), over
 * time as one line per layer (the legend says which measure each line is) (its own colour, dash and marker) and now as bars.
 */
public final class LayerHealth extends VBox {

    private final LiveLineChart chart = new LiveLineChart("Dead or saturated units, %");
    private final FractionBars bars = new FractionBars();
    /** Per hidden layer: which measurement applies (null: neither). */
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Integer> series = new ArrayList<>();

    enum Kind { SATURATED, DEAD }

    public LayerHealth() {
        setId("layer-health");
        setSpacing(6);
        chart.setId("health-chart");
        chart.setXLabel("iteration");
        chart.setIntegerX(true);
        // a share of units: from 0 up, at least to 10 %, so a run with no dead unit reads 0, not -1 … 1
        chart.setYFromZero(true);
        chart.setMinYSpan(10);
        bars.setId("health-bars");
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinSize(0, 0);
        bars.setMinSize(0, 0);
        bars.setPrefHeight(120);
        getChildren().addAll(chart, bars);
    }

    /** Sets up one line per hidden layer whose activation has a saturation or dead-unit measure. */
    public void setNetwork(NetworkSpec net) {
        chart.removeAllSeries();
        kinds.clear();
        series.clear();
        List<String> names = new ArrayList<>();
        for (int l = 0; l < net.hidden().size(); l++) {
            Kind k = kindOf(net.hidden().get(l).activation());
            kinds.add(k);
            series.add(k == null ? -1
                    : chart.addSeries("layer " + (l + 1) + (k == Kind.DEAD ? " dead" : " saturated"), SeriesStyle.variant(l)));
            names.add("layer " + (l + 1) + (k == null ? " (n/a)" : k == Kind.DEAD ? " dead" : " saturated"));
        }
        bars.setLayers(names);
    }

    static Kind kindOf(Activation a) {
        return switch (a) {
            case SIGMOID, TANH -> Kind.SATURATED;
            case RELU -> Kind.DEAD;
            default -> null;
        };
    }

    public void clear() {
        chart.clearData();
        bars.clearValues();
    }

    /** The probes of one iteration (hidden layers first, then the output layer). */
    public void add(long iteration, LayerStats[] layers) {
        double[] now = new double[kinds.size()];
        for (int l = 0; l < kinds.size() && l < layers.length; l++) {
            Kind k = kinds.get(l);
            double v = k == null ? Double.NaN
                    : 100 * (k == Kind.DEAD ? layers[l].deadFraction() : layers[l].saturatedFraction());
            now[l] = v;
            if (k != null && Double.isFinite(v)) {
                chart.append(series.get(l), iteration, v);
            }
        }
        bars.setValues(now);
    }

    public LiveLineChart chart() {
        return chart;
    }

    public FractionBars bars() {
        return bars;
    }

    public void setTheme(ChartTheme theme) {
        chart.setTheme(theme);
        bars.setTheme(theme);
    }
}
