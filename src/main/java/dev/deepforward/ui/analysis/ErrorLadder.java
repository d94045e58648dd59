package dev.deepforward.ui.analysis;

import dev.deepforward.analysis.Diagnosis;
import dev.deepforward.analysis.Gap;
import java.util.ArrayList;
import java.util.List;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.SeriesStyle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The course's picture of a diagnosis: a ladder of error bars, human → training → (train-dev →) validation or
 * dev → test, with the gaps between neighbouring rungs bracketed and labelled in percentage points: avoidable
 * bias, variance, data mismatch (with a train-dev rung) and dev → test. Every bar and
 * gap carries its name in text, so nothing is told by colour alone; the gap to work on is drawn bold. A gap
 * below zero is no gap: it reads "none" with the reason (training below human level, say); a gap within the
 * noise of the sets' sizes says so under its size.
 */
public final class ErrorLadder extends CanvasChart {

    private static final Color HUMAN = SeriesStyle.OKABE_ITO[7];
    private static final Color TRAIN = SeriesStyle.OKABE_ITO[4];
    private static final Color TRAIN_DEV = SeriesStyle.OKABE_ITO[5];
    private static final Color DEV = SeriesStyle.OKABE_ITO[0];
    private static final Color TEST = SeriesStyle.OKABE_ITO[2];

    /** One bar of the ladder. */
    private record Rung(String name, double error, Color colour) {
    }

    /** The rungs the diagnosis has, top to bottom. */
    static List<String> rungNames(Diagnosis d) {
        return rungs(d).stream().map(Rung::name).toList();
    }

    private static List<Rung> rungs(Diagnosis d) {
        List<Rung> out = new ArrayList<>();
        out.add(new Rung("Human-level", d.humanError(), HUMAN));
        out.add(new Rung("Training", d.trainError(), TRAIN));
        if (d.hasTrainDev()) {
            out.add(new Rung("Train-dev", d.trainDevError(), TRAIN_DEV));
        }
        out.add(new Rung(d.hasTrainDev() ? "Dev" : "Validation", d.devError(), DEV));
        if (!Double.isNaN(d.testError())) {
            out.add(new Rung("Test", d.testError(), TEST));
        }
        return out;
    }

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
        List<Rung> ladder = rungs(diagnosis);
        int rungs = ladder.size();
        double max = 0;
        for (Rung r : ladder) {
            max = Math.max(max, r.error());
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
            Rung r = ladder.get(i);
            double x1 = left + Math.max(0, r.error()) / max * (right - left);
            ends[i] = x1;
            mids[i] = y;
            g.setFill(theme().text());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(r.name(), left - 8, y);
            Color c = i == 0 && theme().dark() ? Color.web("#f0f0f0") : r.colour();
            g.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.75));
            g.fillRect(left, y - bar / 2, Math.max(1.5, x1 - left), bar);
            g.setFill(theme().text());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format("%.1f %%", 100 * r.error()), x1 + 5, y);
        }
        g.setStroke(theme().axis());
        g.setLineWidth(1);
        g.strokeLine(left, top, left, h - top);
        double bx = right + 52;
        int at = 0;
        gap(g, bx, mids[at], mids[++at], gapText(diagnosis, 0), gapNote(diagnosis, 0), focused(Gap.AVOIDABLE_BIAS));
        gap(g, bx, mids[at], mids[++at], gapText(diagnosis, 1), gapNote(diagnosis, 1), focused(Gap.VARIANCE));
        if (diagnosis.hasTrainDev()) {
            gap(g, bx, mids[at], mids[++at], gapText(diagnosis, 2), gapNote(diagnosis, 2), focused(Gap.DATA_MISMATCH));
        }
        if (at + 1 < rungs) {
            gap(g, bx, mids[at], mids[at + 1], gapText(diagnosis, Diagnosis.DEV_TEST),
                    gapNote(diagnosis, Diagnosis.DEV_TEST), diagnosis.devSetProblem());
        }
    }

    private static final String[] GAP_NAMES = {Gap.AVOIDABLE_BIAS.label(), Gap.VARIANCE.label(),
            Gap.DATA_MISMATCH.label(), "dev → test"};

    /** A gap's name and size as the ladder labels it: "variance +4.0 pp", or "avoidable bias: none". */
    static String gapText(Diagnosis d, int gap) {
        double v = d.gap(gap);
        return v < 0 ? GAP_NAMES[gap] + ": none" : String.format("%s %+.1f pp", GAP_NAMES[gap], 100 * v);
    }

    /** The line under a gap's label: why a negative gap is none, or that a gap is within the noise; else empty. */
    static String gapNote(Diagnosis d, int gap) {
        double v = d.gap(gap);
        if (v < 0) {
            String dev = d.hasTrainDev() ? "dev" : "validation";
            return switch (gap) {
                case 0 -> "(training below human level)";
                case 1 -> "(" + (d.hasTrainDev() ? "train-dev" : "validation") + " below training)";
                case 2 -> "(dev below train-dev)";
                default -> "(test below " + dev + ")";
            };
        }
        return d.withinNoise(gap) ? String.format("within noise (±%.1f pp)", 100 * d.noise()[gap]) : "";
    }

    private boolean focused(Gap gap) {
        return diagnosis.gaps().contains(gap);
    }

    /** A bracket between two rungs with the gap's name and size (and a note under it); bold when it is the one to work on. */
    private void gap(GraphicsContext g, double x, double y0, double y1, String text, String note, boolean bold) {
        g.setStroke(bold ? theme().text() : theme().mutedText());
        g.setLineWidth(bold ? 2.5 : 1);
        g.strokeLine(x, y0 + 3, x, y1 - 3);
        g.strokeLine(x - 5, y0 + 3, x, y0 + 3);
        g.strokeLine(x - 5, y1 - 3, x, y1 - 3);
        g.setFill(bold ? theme().text() : theme().mutedText());
        g.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, 12));
        g.setTextAlign(TextAlignment.LEFT);
        double y = (y0 + y1) / 2;
        g.fillText(text + (bold ? "  ◀" : ""), x + 7, note.isEmpty() ? y : y - 7);
        g.setFont(Font.font(12));
        if (!note.isEmpty()) {
            g.setFill(theme().mutedText());
            g.fillText(note, x + 7, y + 8);
        }
    }
}
