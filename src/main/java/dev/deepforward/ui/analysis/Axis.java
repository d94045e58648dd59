package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.Search;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one hyperparameter's values onto [0, 1] for the search charts: linear, logarithmic (learning rate,
 * λ) or categorical (activations, spread evenly in the order they appear).
 */
final class Axis {

    final SearchField field;
    private final List<Object> categories = new ArrayList<>();
    private double lo = Double.POSITIVE_INFINITY;
    private double hi = Double.NEGATIVE_INFINITY;

    Axis(SearchField field, List<Search.Result> results) {
        this.field = field;
        for (Search.Result r : results) {
            Object v = r.values().get(field.path());
            if (field.categorical()) {
                if (v != null && !categories.contains(v)) {
                    categories.add(v);
                }
            } else {
                double x = scaled(SearchField.numeric(v));
                if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
    }

    private double scaled(double v) {
        return field.log() ? Math.log10(v) : v;
    }

    /** Position of a run's value in [0, 1]; 0.5 when every run had the same value. */
    double position(Search.Result r) {
        Object v = r.values().get(field.path());
        if (field.categorical()) {
            int i = categories.indexOf(v);
            return categories.size() <= 1 ? 0.5 : (double) i / (categories.size() - 1);
        }
        double x = scaled(SearchField.numeric(v));
        return hi > lo ? (x - lo) / (hi - lo) : 0.5;
    }

    String lowLabel() {
        if (field.categorical()) {
            return categories.isEmpty() ? "" : SearchField.format(categories.get(0));
        }
        return label(lo);
    }

    String highLabel() {
        if (field.categorical()) {
            return categories.size() < 2 ? "" : SearchField.format(categories.get(categories.size() - 1));
        }
        return hi > lo ? label(hi) : "";
    }

    private String label(double x) {
        if (Double.isInfinite(x)) {
            return "";
        }
        return SearchField.format(field.log() ? Math.pow(10, x) : (Object) x);
    }
}
