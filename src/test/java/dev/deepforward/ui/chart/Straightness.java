package dev.deepforward.ui.chart;

import java.util.List;

/** How straight a set of drawn pixels is: what the boundary-line tests of the decision surface measure. */
public final class Straightness {
    private Straightness() {
    }

    /**
     * The largest distance of a point from the line that fits all of them best (total least squares, so a
     * vertical line fits as well as a horizontal one).
     */
    public static double maxDistanceFromFittedLine(List<double[]> pts) {
        double mx = pts.stream().mapToDouble(q -> q[0]).average().orElse(0);
        double my = pts.stream().mapToDouble(q -> q[1]).average().orElse(0);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (double[] q : pts) {
            sxx += (q[0] - mx) * (q[0] - mx);
            syy += (q[1] - my) * (q[1] - my);
            sxy += (q[0] - mx) * (q[1] - my);
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy); // the direction of most spread
        double nx = -Math.sin(angle);
        double ny = Math.cos(angle);
        double worst = 0;
        for (double[] q : pts) {
            worst = Math.max(worst, Math.abs((q[0] - mx) * nx + (q[1] - my) * ny));
        }
        return worst;
    }
}
