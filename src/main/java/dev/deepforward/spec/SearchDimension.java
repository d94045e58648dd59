package dev.deepforward.spec;

import java.util.List;

/**
 * One hyperparameter a search varies: a field path of the run spec (as in {@link Variant#set()}) with
 * either a list of values or a numeric range.
 *
 * <p>The pseudo-path {@value #DEPTH} sets the number of hidden layers: the list is cut, or extended with
 * copies of its last layer.
 *
 * @param path    the field, e.g. {@code training.learningRate} or {@code network.hidden[*].units}
 * @param values  the values to try (grid search tries each; random search picks among them)
 * @param min     a range's lower end (used when {@code values} is empty)
 * @param max     a range's upper end
 * @param log     draw (random) or space (grid) the range on a log scale, as learning rates and λ need
 * @param integer round range values to whole numbers (units, layers, batch size)
 * @param points  how many evenly spaced range values a grid search tries
 */
public record SearchDimension(String path, List<Object> values, double min, double max, boolean log, boolean integer,
                              int points) implements Validated {

    public static final String DEPTH = "network.depth";

    public SearchDimension {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static SearchDimension defaults() {
        return new SearchDimension("", List.of(), 0, 0, false, false, 3);
    }

    public static java.util.Set<String> required() {
        return java.util.Set.of("path");
    }

    /** A dimension that tries the given values. */
    public static SearchDimension of(String path, Object... values) {
        return new SearchDimension(path, List.of(values), 0, 0, false, false, values.length);
    }

    /** A numeric range; {@code points} values for a grid. */
    public static SearchDimension range(String path, double min, double max, boolean log, boolean integer, int points) {
        return new SearchDimension(path, List.of(), min, max, log, integer, points);
    }

    public boolean isRange() {
        return values.isEmpty();
    }

    /** The values a grid search tries: the list, or {@code points} evenly spaced values of the range. */
    public List<Object> gridValues() {
        if (!isRange()) {
            return values;
        }
        List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < points; i++) {
            double t = points == 1 ? 0.5 : (double) i / (points - 1);
            out.add(rangeValue(t));
        }
        return out;
    }

    /** The range's value at {@code t} ∈ [0, 1] (log-spaced when {@code log}), rounded when {@code integer}. */
    public Object rangeValue(double t) {
        double v = log ? Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min))) : min + t * (max - min);
        return integer ? (Object) Math.round(v) : (Object) v;
    }

    @Override
    public void validate(String path, Problems problems) {
        if (this.path == null || this.path.isBlank()) {
            problems.add(Problems.at(path, "path"), "must name a field");
        }
        if (isRange()) {
            if (!(max > min)) {
                problems.add(Problems.at(path, "max"), "a range needs max above min (or give values)");
            }
            if (log && !(min > 0)) {
                problems.add(Problems.at(path, "min"), "a log range needs min above 0");
            }
            Problems.range(problems, Problems.at(path, "points"), points, 1, 100);
        }
    }
}
