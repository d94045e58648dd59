package dev.deepforward.ui.analysis;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.NumberText;
import dev.deepforward.spec.SearchDimension;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.ui.model.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hyperparameters the search panel offers, each with its spec path, a default text and how its axis
 * is drawn (learning rate and λ span decades, so they are drawn and drawn-from on a log scale).
 */
public enum SearchField {
    DEPTH("Number of layers", SearchDimension.DEPTH, "1, 2, 3", false, true),
    UNITS("Units per layer", "network.hidden[*].units", "8, 16, 32", false, true),
    ACTIVATION("Activation", "network.hidden[*].activation", "relu, tanh", false, false),
    LEARNING_RATE("Learning rate", "training.learningRate", "0.0001 .. 0.1", true, false),
    L2("L2 λ", "training.l2", "0.00001 .. 0.01", true, false),
    DROPOUT("Dropout", "network.hidden[*].dropout", "0, 0.2", false, false),
    BATCH_SIZE("Batch size", "training.batchSize", "16, 32, 64", false, true);

    /** Digits, a comma, digits, with no point or digit on either side: "1,5" and "0,05", not "0.1,0.2". */
    private static final Pattern BARE_COMMA = Pattern.compile("(?<![\\d.])(\\d+),(\\d+)(?![\\d.])");
    /** A bare "1,5" (kept whole, group 1) or a comma that separates values, with the spaces after it. */
    private static final Pattern LIST_COMMA = Pattern.compile("((?<![\\d.])\\d+,\\d+(?![\\d.]))|,\\s*");

    private final String label;
    private final String path;
    private final String example;
    private final boolean log;
    private final boolean integer;

    SearchField(String label, String path, String example, boolean log, boolean integer) {
        this.label = label;
        this.path = path;
        this.example = example;
        this.log = log;
        this.integer = integer;
    }

    public String label() { return label; }

    /** The results table's header: short where the form's label is long ("Units", "Layers"), so it stands whole. */
    public String header() {
        return switch (this) {
            case DEPTH -> "Layers";
            case UNITS -> "Units";
            default -> label;
        };
    }
    public String path() { return path; }
    public String example() { return example; }
    public boolean log() { return log; }
    public boolean categorical() { return this == ACTIVATION; }

    /** The field a search dimension's path names, or null. */
    public static SearchField ofPath(String path) {
        for (SearchField f : values()) {
            if (f.path.equals(path)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Parses what the user typed: a list ({@code 8, 16, 32} or {@code relu, tanh}) or a range
     * ({@code 0.0001 .. 0.1}, on a log scale for learning rate and λ) of which a grid tries {@code points}.
     *
     * @throws IllegalArgumentException with a message for the panel
     */
    public SearchDimension parse(String text, int points) {
        String t = text == null ? "" : text.trim();
        if (t.contains("..")) {
            if (categorical()) {
                throw new IllegalArgumentException(label + ": list the activations, e.g. relu, tanh");
            }
            String[] ends = t.split("\\.\\.", 2);
            double min = number(ends[0]);
            double max = number(ends[1]);
            if (!(max > min) || (log && !(min > 0))) {
                throw new IllegalArgumentException(label + ": a range needs min < max" + (log ? " and min > 0" : "")
                        + " (is " + ends[0].trim() + " .. " + ends[1].trim() + ")");
            }
            inBounds(ends[0].trim(), min);
            inBounds(ends[1].trim(), max);
            return SearchDimension.range(path, min, max, log, integer, points);
        }
        // A comma separates the values of a list, so here it cannot also be a decimal comma: "0,05" or "1,5" in
        // a field of fractions (is it 0.05, or 0 and 5?) is refused unless ';' separates the values, even when
        // another value has a point ("0.01, 1,5" is not {0.01, 1, 5}). "0.1,0.2" and "0.05, 0.1" are lists.
        String separator = t.contains(";") ? ";" : ",";
        if (separator.equals(",") && !integer && !categorical() && BARE_COMMA.matcher(t).find()) {
            String pointed = BARE_COMMA.matcher(t).replaceAll("$1.$2");
            String semicolons = LIST_COMMA.matcher(t).replaceAll(m -> m.group(1) != null
                    ? java.util.regex.Matcher.quoteReplacement(m.group(1)) : "; ");
            throw new IllegalArgumentException(label + ": in '" + t + "' a comma separates values; write decimals with a point ("
                    + pointed + ") or separate the values with ';' (" + semicolons + ")");
        }
        List<Object> values = new ArrayList<>();
        for (String part : t.split(separator)) {
            if (part.isBlank()) {
                continue;
            }
            values.add(value(part.trim()));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(label + ": give values (a, b, c) or a range (min .. max)");
        }
        return new SearchDimension(path, values, 0, 0, false, false, values.size());
    }

    private Object value(String s) {
        if (categorical()) {
            try {
                // the spec-tree form (its id string), which is what Search.apply's variant sets
                return SpecTree.toTree(Activation.valueOf(s.toUpperCase(Locale.ROOT).replace(' ', '_')
                        .replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + ": unknown activation '" + s + "'");
            }
        }
        double v = number(s);
        if (integer) {
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException(label + ": whole numbers only (" + s + ")");
            }
            inBounds(s, v);
            return (int) v;
        }
        inBounds(s, v);
        return v;
    }

    /** The values a run can take for this hyperparameter, checked before any run starts. */
    private void inBounds(String typed, double v) {
        String rule = switch (this) {
            case DEPTH -> v >= 0 && v <= NetworkSpec.MAX_HIDDEN_LAYERS ? null
                    : "a whole number of hidden layers from 0 to " + NetworkSpec.MAX_HIDDEN_LAYERS;
            case UNITS -> v >= LayerSpec.MIN_UNITS && v <= LayerSpec.MAX_UNITS ? null
                    : "a whole number of units from " + LayerSpec.MIN_UNITS + " to " + LayerSpec.MAX_UNITS;
            case LEARNING_RATE -> v > 0 && v <= TrainingSpec.MAX_LEARNING_RATE ? null
                    : "a learning rate above 0 and at most " + Numbers.compact(TrainingSpec.MAX_LEARNING_RATE);
            case L2 -> v >= 0 && v <= TrainingSpec.MAX_PENALTY ? null
                    : "a λ from 0 to " + Numbers.compact(TrainingSpec.MAX_PENALTY);
            case DROPOUT -> v >= 0 && v <= LayerSpec.MAX_DROPOUT ? null
                    : "a dropout rate from 0 to " + Numbers.compact(LayerSpec.MAX_DROPOUT);
            case BATCH_SIZE -> v >= 1 && v <= TrainingSpec.MAX_BATCH ? null
                    : "a whole batch size from 1 to " + Numbers.grouped(TrainingSpec.MAX_BATCH);
            case ACTIVATION -> null;
        };
        if (rule != null) {
            throw new IllegalArgumentException(label + ": " + typed.trim() + " is not " + rule);
        }
    }

    private double number(String s) {
        NumberText.Reading r;
        try {
            r = NumberText.read(s, integer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
        }
        if (r == null) {
            throw new IllegalArgumentException(label + ": '" + s.trim() + "' is not a number");
        }
        return r.value();
    }

    /** A value as a number for plots: activations by their position in the enum. */
    public static double numeric(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Enum<?> e) {
            return e.ordinal();
        }
        return Double.NaN;
    }

    /** A value as the table shows it. */
    public static String format(Object v) {
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e6) {
                return String.valueOf(d.longValue());
            }
            // one format for every value of a column: plain decimals to 3 significant digits (0.0173, 0.00215),
            // never a mix of plain and scientific notation
            return new java.math.BigDecimal(d).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(v);
    }
}
