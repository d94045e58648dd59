package dev.deepforward.ui.views;

import dev.deepforward.engine.run.TestPredictions;
import java.util.ArrayList;
import java.util.List;

/**
 * The image prediction grid as data: one cell per test image, whether the network got it wrong, and the
 * caption under it — the label when right, "true→predicted" when wrong, so a mistake is told by its text
 * as well as by its red frame.
 */
public final class PredictionGridModel {

    /** One test image. */
    public record Cell(int index, int label, int predicted, float confidence, boolean mistake, String caption) {
    }

    private final List<Cell> cells;
    private final long iteration;

    private PredictionGridModel(List<Cell> cells, long iteration) {
        this.cells = List.copyOf(cells);
        this.iteration = iteration;
    }

    public static PredictionGridModel of(TestPredictions p) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < p.count(); i++) {
            int label = p.labels()[i];
            int predicted = p.predicted()[i];
            boolean wrong = label != predicted;
            String truth = name(p, label);
            cells.add(new Cell(i, label, predicted, p.confidence()[i], wrong,
                    wrong ? truth + "→" + name(p, predicted) : truth));
        }
        return new PredictionGridModel(cells, p.iteration());
    }

    private static String name(TestPredictions p, int c) {
        return c >= 0 && c < p.classNames().size() ? p.classNames().get(c) : Integer.toString(c);
    }

    public List<Cell> cells() {
        return cells;
    }

    public long iteration() {
        return iteration;
    }

    public int mistakes() {
        return (int) cells.stream().filter(Cell::mistake).count();
    }

    /** "21 of 24 right". */
    public String summary() {
        return (cells.size() - mistakes()) + " of " + cells.size() + " right";
    }
}
