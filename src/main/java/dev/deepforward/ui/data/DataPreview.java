package dev.deepforward.ui.data;

import dev.deepforward.data.Dataset;
import dev.deepforward.ui.chart.ChartTheme;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * The preview of the loaded data, in the form that suits it: a scatter for 2-D points, a grid of samples
 * for images, a table for anything else; a spinner while loading.
 */
public final class DataPreview extends StackPane {

    /** What the preview is showing. */
    public enum Kind { NONE, SCATTER, IMAGES, TABLE }

    private final ScatterPreview scatter = new ScatterPreview();
    private final DigitGridPreview digits = new DigitGridPreview();
    private final TablePreview table = new TablePreview();
    private final Label empty = new Label("No preview");
    private final ProgressIndicator progress = new ProgressIndicator();
    private Kind kind = Kind.NONE;

    public DataPreview() {
        setId("data-preview");
        getStyleClass().add("data-preview");
        progress.setId("data-progress");
        progress.setMaxSize(36, 36);
        progress.setVisible(false);
        empty.getStyleClass().add("dataset-description");
        getChildren().addAll(scatter, digits, table, empty, progress);
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {scatter, digits, table}) {
            r.setMinWidth(0); // follow the panel's width, never widen it
        }
        setMinHeight(150);
        setPrefHeight(180);
        show(Kind.NONE);
    }

    public static Kind kindOf(Dataset d) {
        if (d == null) {
            return Kind.NONE;
        }
        return d.isImage() ? Kind.IMAGES : d.featureCount() == 2 ? Kind.SCATTER : Kind.TABLE;
    }

    public void setData(Dataset d) {
        Kind k = kindOf(d);
        switch (k) {
            case SCATTER -> scatter.setData(d);
            case IMAGES -> digits.setData(d);
            case TABLE -> table.setData(d);
            case NONE -> { }
        }
        show(k);
        // Digits fill a narrow panel at 5 a row; a scatter or a table wants more height.
        setPrefHeight(k == Kind.IMAGES ? 140 : 180);
    }

    public void clear() {
        show(Kind.NONE);
    }

    public void setLoading(boolean on) {
        progress.setVisible(on);
        empty.setVisible(!on && kind == Kind.NONE);
    }

    private void show(Kind k) {
        kind = k;
        for (Node n : new Node[] {scatter, digits, table}) {
            n.setVisible(false);
            n.setManaged(false);
        }
        Node shown = switch (k) {
            case SCATTER -> scatter;
            case IMAGES -> digits;
            case TABLE -> table;
            case NONE -> null;
        };
        if (shown != null) {
            shown.setVisible(true);
            shown.setManaged(true);
        }
        empty.setVisible(k == Kind.NONE && !progress.isVisible());
    }

    public Kind kind() {
        return kind;
    }

    public void setTheme(ChartTheme theme) {
        scatter.setTheme(theme);
        digits.setTheme(theme);
    }
}
