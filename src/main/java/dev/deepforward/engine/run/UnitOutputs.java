package dev.deepforward.engine.run;

/**
 * What every hidden unit outputs over a grid covering 2-D inputs: one small picture per unit of what it
 * responds to (for the lesson on distributed representations). Computed on the training thread when a
 * view asks for one, like {@link DecisionSurface}, over the same range.
 *
 * @param variant    the variant's name
 * @param iteration  iterations taken when it was computed
 * @param resolution grid cells per side
 * @param minX       the grid's range in the data's own units, first input
 * @param maxX       …
 * @param minY       second input
 * @param maxY       …
 * @param layerNames the hidden layers' names
 * @param outputs    {@code outputs[layer][unit][row · resolution + column]}, row 0 at minY: the unit's
 *                   activation g(u) in evaluation mode (no dropout)
 */
public record UnitOutputs(String variant, long iteration, int resolution, double minX, double maxX, double minY,
                          double maxY, String[] layerNames, float[][][] outputs) implements RunEvent {
}
