package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Suggest;
import java.util.List;

/**
 * Which layer a per-layer metric is read on. Written in files as a number (1 = the first hidden layer),
 * {@code "last"} (the output layer), {@code "each"} (every hidden layer: the claim must hold for all) or
 * {@code "some"} (every hidden layer is read: the claim must hold for at least one).
 *
 * @param kind  hidden, output, each or some
 * @param index the 1-based hidden-layer index for {@link Kind#HIDDEN}, else 0
 */
public record LayerRef(Kind kind, int index) {

    public enum Kind {
        HIDDEN, OUTPUT, EACH, SOME,
        /** The sum over every layer that has the metric: the hidden layers, and the output layer where it has one. */
        SUM;

        /** Reads every hidden layer ("each" or "some"). */
        public boolean allLayers() {
            return this == EACH || this == SOME;
        }
    }

    public static final LayerRef OUTPUT = new LayerRef(Kind.OUTPUT, 0);
    public static final LayerRef EACH = new LayerRef(Kind.EACH, 0);
    public static final LayerRef SOME = new LayerRef(Kind.SOME, 0);
    public static final LayerRef SUM = new LayerRef(Kind.SUM, 0);

    public static LayerRef hidden(int index) {
        return new LayerRef(Kind.HIDDEN, index);
    }

    /** The form written in files. */
    public Object toTree() {
        return switch (kind) {
            case HIDDEN -> (long) index;
            case OUTPUT -> "last";
            case EACH -> "each";
            case SOME -> "some";
            case SUM -> "sum";
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case HIDDEN -> "layer " + index;
            case OUTPUT -> "the output layer";
            case EACH -> "each hidden layer";
            case SOME -> "some hidden layer";
            case SUM -> "the sum over the layers";
        };
    }

    /** The layer written as {@code node}, or {@code null} with a problem at {@code path}. */
    static LayerRef parse(Object node, String path, Problems problems) {
        if (node instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || d < 1 || d > Integer.MAX_VALUE) {
                problems.add(path, "a layer number is a whole number from 1 (the first hidden layer) up; found " + n);
                return null;
            }
            return hidden((int) d);
        }
        if (node instanceof String s) {
            String w = s.trim().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("last")) {
                return OUTPUT;
            }
            if (w.equals("each")) {
                return EACH;
            }
            if (w.equals("some")) {
                return SOME;
            }
            if (w.equals("sum")) {
                return SUM;
            }
            problems.add(path, "unknown layer '" + s + "'" + Suggest.didYouMean(w, List.of("last", "each", "some", "sum"))
                    + "; use a hidden-layer number (1 = first), \"last\" (the output layer), \"each\", \"some\" or \"sum\"");
            return null;
        }
        problems.add(path, "expected a layer number, \"last\", \"each\" or \"some\", found " + SpecTree.describe(node));
        return null;
    }
}
