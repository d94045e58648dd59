package dev.deepforward.cli;

import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunEvent;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr: percentage, iterations, the latest loss and the speed. It redraws in
 * place at most ten times a second, so it costs nothing next to training.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long iteration;
    private double loss = Double.NaN;
    private long lastDraw;

    Progress(PrintWriter err, long total, boolean quiet) {
        this.err = err;
        this.total = Math.max(1, total);
        this.quiet = quiet;
    }

    void seen(RunEvent event) {
        if (event instanceof IterationMetrics m) {
            iteration = Math.max(iteration, m.iteration());
            loss = m.loss();
        }
    }

    void draw(boolean last) {
        long now = System.nanoTime();
        if (quiet || (!last && now - lastDraw < 100_000_000L)) {
            return;
        }
        lastDraw = now;
        double fraction = Math.min(1.0, (double) iteration / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        err.printf("\r[%s%s] %3.0f%% %d/%d it  loss %-10s %,.0f it/s ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), 100 * fraction, iteration, total,
                Double.isFinite(loss) ? String.format("%.4g", loss) : String.valueOf(loss), iteration / seconds);
        if (last) {
            err.println();
        }
        err.flush();
    }
}
