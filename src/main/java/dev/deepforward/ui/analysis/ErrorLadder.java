package dev.deepforward.ui.analysis;

import dev.deepforward.analysis.Diagnosis;
import dev.deepforward.analysis.Focus;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.SeriesStyle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The course's picture of a diagnosis: a ladder of error bars, human → training → validation → test,
 * with the gaps between neighbouring rungs bracketed and labelled in percentage points. Every bar and
 * gap carries its name in text, so nothing is told by colour alone; the gap to work on is drawn bold.
 */
public final class ErrorLadder extends CanvasChart {

    private static final String[] NAMES = {"Human-level", "Training", "Validation", "Test"};
    private static final Color[] COLOURS = {SeriesStyle.OKABE_ITO[7], SeriesStyle.OKABE_ITO[4],
        SeriesStyle.OKABE_ITO[0], SeriesStyle.OKABE_ITO[2]};

    private Diagnosis diagnosis;

    public ErrorLadder() {
        setMinSize(300, 120);
        setPrefSize(520, 200);
    }

    public void setDiagnosis(Diagnosis d) {
        diagnosis = d;
        markDirty();
    }

    public Diagnosis diagnosis() {
        return diagnosis;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(12));
        if (diagnosis == null) {
            g.setFill(theme().mutedText());
            g.fillText("Set the errors, load an example or run the network.", 12, h / 2);
            return;
        }
        double[] errors = {diagnosis.humanError(), diagnosis.trainError(), diagnosis.devError(), diagnosis.testError()};
        int rungs = Double.isNaN(errors[3]) ? 3 : 4;
        double max = 0;
        for (int i = 0; i < rungs; i++) {
            max = Math.max(max, errors[i]);
        }
        max = max <= 0 ? 0.01 : max * 1.08;
        double left = 84;
        double right = w - 236; // room for the gap labels (bold "avoidable bias +4.0 pp ◀")
        double top = 14;
        double row = (h - 2 * top) / rungs;
        double bar = Math.min(26, row * 0.55);
        double[] ends = new double[rungs];
        double[] mids = new double[rungs];
        for (int i = 0; i < rungs; i++) {
            double y = top + row * i + row / 2;
            double x1 = left + Math.max(0, errors[i]) / max * (right - left);
            ends[i] = x1;
            mids[i] = y;
            g.setFill(theme().text());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(NAMES[i], left - 8, y);
            Color c = i == 0 && theme().dark() ? Color.web("#f0f0f0") : COLOURS[i];
            g.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.75));
            g.fillRect(left, y - bar / 2, Math.max(1.5, x1 - left), bar);
            g.setFill(theme().text());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format("%.1f %%", 100 * errors[i]), x1 + 5, y);
        }
        g.setStroke(theme().axis());
        g.setLineWidth(1);
        g.strokeLine(left, top, left, h - top);
        double bx = right + 52;
        gap(g, bx, mids[0], mids[1], "avoidable bias", diagnosis.avoidableBias(), focused(Focus.BIAS));
        gap(g, bx, mids[1], mids[2], "variance", diagnosis.variance(), focused(Focus.VARIANCE));
        if (rungs == 4) {
            gap(g, bx, mids[2], mids[3], "dev → test", diagnosis.devOverfit(), diagnosis.devSetProblem());
        }
    }

    private boolean focused(Focus f) {
        return diagnosis.focus() == f || diagnosis.focus() == Focus.BOTH;
    }

    /** A bracket between two rungs with the gap's name and size; bold when it is the one to work on. */
    private void gap(GraphicsContext g, double x, double y0, double y1, String name, double value, boolean bold) {
        g.setStroke(bold ? theme().text() : theme().mutedText());
        g.setLineWidth(bold ? 2.5 : 1);
        g.strokeLine(x, y0 + 3, x, y1 - 3);
        g.strokeLine(x - 5, y0 + 3, x, y0 + 3);
        g.strokeLine(x - 5, y1 - 3, x, y1 - 3);
        g.setFill(bold ? theme().text() : theme().mutedText());
        g.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format("%s %+.1f pp%s", name, 100 * value, bold ? "  ◀" : ""), x + 7, (y0 + y1) / 2);
        g.setFont(Font.font(12));
    }
}
