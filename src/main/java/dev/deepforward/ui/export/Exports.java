package dev.deepforward.ui.export;

import dev.deepforward.ui.chart.TrainingCharts;
import dev.deepforward.ui.files.FileDialogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;

/**
 * File → Export chart / Export metrics and the charts' own "Save as PNG…" context menus. Each chart is
 * named once here, so the menu, the context menu and the suggested file name agree.
 */
public final class Exports {

    /** A chart that can be exported, with its name in menus and a file-name stem. */
    public record ChartEntry(String title, String stem, Node node) {
    }

    private final TrainingCharts charts;
    private final MetricsRecorder metrics;
    private final FileDialogs dialogs;
    private final Supplier<Path> folder;

    public Exports(TrainingCharts charts, MetricsRecorder metrics, FileDialogs dialogs, Supplier<Path> folder) {
        this.charts = charts;
        this.metrics = metrics;
        this.dialogs = dialogs;
        this.folder = folder;
    }

    /** Every chart of the window (the decision surface only while it is shown), then all of them together. */
    public List<ChartEntry> entries() {
        List<ChartEntry> out = new ArrayList<>(List.of(
                new ChartEntry("Loss", "loss", charts.lossChart()),
                new ChartEntry("Accuracy", "accuracy", charts.accuracyChart()),
                new ChartEntry("Gradient heatmap", "gradient-heatmap", charts.heatmap()),
                new ChartEntry("Latest gradient norms", "gradient-norms", charts.layerBars())));
        if (charts.surface().isVisible()) {
            out.add(new ChartEntry("Decision surface", "decision-surface", charts.surface()));
        }
        out.add(new ChartEntry("All charts", "charts", charts));
        return out;
    }

    /** Adds "Save chart as PNG…" to the right-click menu of every chart. */
    public void installContextMenus() {
        for (ChartEntry e : entries()) {
            if (e.node() == charts) {
                continue;
            }
            MenuItem save = new MenuItem("Save " + e.title().toLowerCase(java.util.Locale.ROOT) + " as PNG…");
            save.setOnAction(a -> exportChart(e));
            ContextMenu menu = new ContextMenu(save);
            e.node().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, ev -> {
                menu.show(e.node(), ev.getScreenX(), ev.getScreenY());
                ev.consume();
            });
        }
    }

    /** Asks where, then writes the chart as a PNG. */
    public void exportChart(ChartEntry e) {
        dialogs.chooseExportFile(folder.get(), e.stem() + ".png", "PNG images", "png").ifPresent(p -> {
            try {
                writeChart(e.node(), p);
            } catch (IOException | RuntimeException ex) {
                dialogs.showError("Could not export the chart", p + ": " + ex.getMessage());
            }
        });
    }

    /** Writes the chart as a PNG, without asking. */
    public static void writeChart(Node node, Path file) throws IOException {
        if (node instanceof Region r && (r.getWidth() < 1 || r.getHeight() < 1)) {
            throw new IOException("the chart is not on screen");
        }
        ChartExport.png(node, file);
    }

    /** Asks where, then writes the metrics the charts were drawn from as CSV. */
    public void exportMetrics() {
        if (metrics.tracks().stream().allMatch(t -> t.rows() == 0 && t.epochRows().isEmpty())) {
            dialogs.showError("Nothing to export yet", "Train the network (Play or Step) first: there are no metrics yet.");
            return;
        }
        dialogs.chooseExportFile(folder.get(), "metrics.csv", "CSV files", "csv").ifPresent(p -> {
            try {
                MetricsCsv.write(p, metrics);
            } catch (IOException | RuntimeException ex) {
                dialogs.showError("Could not export the metrics", p + ": " + ex.getMessage());
            }
        });
    }

    public MetricsRecorder metrics() {
        return metrics;
    }
}
