package dev.deepforward.ui.views;

import dev.deepforward.engine.run.TestPredictions;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.data.Pixels;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A grid of test images with what the network says each one is. A mistake gets a thick red frame and the
 * caption "true→predicted" in bold: the frame catches the eye, the text says what went wrong without
 * relying on colour.
 */
public final class PredictionGrid extends CanvasChart {

    static final Color MISTAKE = Color.web("#D62728");
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12.5);
    private PredictionGridModel model;
    private WritableImage[] images = new WritableImage[0];

    public PredictionGrid() {
        setId("prediction-grid");
    }

    public void setPredictions(TestPredictions p) {
        model = PredictionGridModel.of(p);
        // Images change only when the test set does; predictions change every time.
        if (images.length != p.count()) {
            images = new WritableImage[p.count()];
        }
        double[] r = Pixels.range(p.pixels());
        int f = p.width() * p.height();
        for (int i = 0; i < p.count(); i++) {
            images[i] = Pixels.ink(p.pixels(), i * f, p.width(), p.height(), r[0], r[1]);
        }
        markDirty();
    }

    public void clear() {
        model = null;
        markDirty();
    }

    public PredictionGridModel model() {
        return model;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(TITLE);
        g.setFill(theme().text());
        if (model == null) {
            g.fillText("Test images: predictions appear when the run is set up", 8, 6);
            return;
        }
        g.fillText("Test images · " + model.summary() + " · iteration " + model.iteration(), 8, 6);
        int n = model.cells().size();
        double top = 26;
        double caption = 16;
        double availW = w - 12;
        double availH = h - top - 4;
        // The column count that gives the biggest images in the space there is.
        int bestCols = 1;
        double bestSide = 0;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double side = Math.min(availW / cols - 8, availH / rows - caption - 8);
            if (side > bestSide) {
                bestSide = side;
                bestCols = cols;
            }
        }
        if (bestSide < 8) {
            return;
        }
        double side = Math.min(bestSide, 96);
        double cellW = side + 8;
        double cellH = side + caption + 8;
        double x0 = 6 + (availW - bestCols * cellW) / 2;
        g.setImageSmoothing(false);
        g.setTextAlign(TextAlignment.CENTER);
        Font plain = Font.font("System", Math.max(10, Math.min(13, side / 4)));
        Font bold = Font.font("System", FontWeight.BOLD, Math.max(10, Math.min(13, side / 4)));
        for (PredictionGridModel.Cell c : model.cells()) {
            double x = x0 + (c.index() % bestCols) * cellW + 4;
            double y = top + (c.index() / bestCols) * cellH + 4;
            g.drawImage(images[c.index()], x, y, side, side);
            if (c.mistake()) {
                g.setStroke(MISTAKE);
                g.setLineWidth(3);
                g.strokeRect(x - 1.5, y - 1.5, side + 3, side + 3);
                g.setFill(MISTAKE);
                g.setFont(bold);
            } else {
                g.setStroke(theme().grid());
                g.setLineWidth(1);
                g.strokeRect(x, y, side, side);
                g.setFill(theme().mutedText());
                g.setFont(plain);
            }
            g.fillText(c.caption(), x + side / 2, y + side + 2);
        }
    }
}
