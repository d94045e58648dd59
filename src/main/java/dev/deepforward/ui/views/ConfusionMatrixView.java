package dev.deepforward.ui.views;

import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.ColorMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The validation confusion matrix: rows the true class, columns the prediction. Each cell's colour is its
 * share of the row on viridis (perceptually uniform, so equal steps look equal, in greyscale too), and its
 * count is written in it, in black or white, whichever reads on that colour.
 */
public final class ConfusionMatrixView extends CanvasChart {

    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12.5);
    private ConfusionModel model;

    public ConfusionMatrixView() {
        setId("confusion-matrix");
    }

    public void setModel(ConfusionModel m) {
        model = m;
        markDirty();
    }

    public ConfusionModel model() {
        return model;
    }

    public void clear() {
        model = null;
        markDirty();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(TITLE);
        g.setFill(theme().text());
        if (model == null || model.size() == 0) {
            g.fillText("Confusion matrix: after the first epoch", 8, 6);
            return;
        }
        g.fillText(String.format("Confusion · epoch %d · %.1f%% right", model.epoch(),
                100 * model.accuracy()), 8, 6);
        int k = model.size();
        double top = 50;
        double left = 46;
        double legendW = 34;
        double cell = Math.floor(Math.min((w - left - legendW - 10) / k, (h - top - 8) / k));
        if (cell < 6) {
            return;
        }
        double fontSize = Math.max(8, Math.min(14, cell * 0.38));
        Font cellFont = Font.font("System", fontSize);
        Font axisFont = Font.font("System", Math.max(9, Math.min(12, cell * 0.45)));
        g.setFont(Font.font("System", 11));
        g.setFill(theme().mutedText());
        g.fillText("validation set · predicted →", left, 22);
        g.save();
        g.translate(10, top + k * cell / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("true", 0, 0);
        g.restore();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < k; i++) {
            g.setFont(axisFont);
            g.setFill(theme().text());
            g.fillText(model.name(i), left - 12, top + (i + 0.5) * cell);
            g.fillText(model.name(i), left + (i + 0.5) * cell, top - 9);
            for (int j = 0; j < k; j++) {
                double share = model.share(i, j);
                Color c = ColorMap.VIRIDIS.at(share);
                double x = left + j * cell;
                double y = top + i * cell;
                g.setFill(c);
                g.fillRect(x, y, cell - 1, cell - 1);
                if (cell >= 14) {
                    g.setFont(cellFont);
                    g.setFill(textOn(c));
                    g.fillText(model.text(i, j), x + cell / 2, y + cell / 2);
                }
            }
        }
        // Legend: what a colour means.
        double lx = left + k * cell + 10;
        double lh = k * cell;
        for (int p = 0; p < 64; p++) {
            g.setFill(ColorMap.VIRIDIS.at(1 - p / 63.0));
            g.fillRect(lx, top + lh * p / 64, 10, lh / 64 + 1);
        }
        g.setFont(Font.font("System", 10));
        g.setFill(theme().mutedText());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("100%", lx - 2, top - 8);
        g.fillText("0", lx + 1, top + lh + 8);
    }

    /** Black on the light end of viridis, white on the dark end (relative luminance threshold). */
    static Color textOn(Color c) {
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 0.45 ? Color.BLACK : Color.WHITE;
    }
}
