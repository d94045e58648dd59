package dev.deepforward.engine.run;

/**
 * The network's prediction over a grid covering 2-D inputs, for the decision-surface view. Computed on the
 * training thread when the view asks for one (at most once per request), never on the UI thread.
 *
 * @param variant    the variant's name
 * @param iteration  iterations taken when it was computed
 * @param resolution grid cells per side
 * @param minX       the grid's range in the data's own (unnormalized) units, first input
 * @param maxX       …
 * @param minY       second input
 * @param maxY       …
 * @param values     row-major [resolution × resolution], row 0 at minY: for 2 classes the probability of
 *                   class 1; for more classes the predicted class index; for regression the prediction
 */
public record DecisionSurface(String variant, long iteration, int resolution, double minX, double maxX, double minY,
                              double maxY, float[] values) implements RunEvent {
}
