package dev.deepforward.analysis;

import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.WeightInit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says in words why nothing happened: when every compared variant or every searched configuration ended at
 * chance, the likely cause in the base network they all share (its init, its depth of squashing layers, its
 * learning rate); when a ReLU layer's units died, which layer and how many. Reads only the spec and the
 * numbers a run reports, so it is the same sentence in the window and in a test.
 */
public final class NotLearning {

    /** How far above chance (1/classes) an accuracy may be and still count as "at chance". */
    static final double MARGIN = 0.05;
    /** The share of a layer's units that must be dead before a run says so. */
    public static final double DEAD_SHARE = 0.5;

    private NotLearning() {
    }

    /** Whether {@code accuracy} on a {@code classes}-class problem is no better than guessing. */
    public static boolean atChance(double accuracy, int classes) {
        return classes >= 2 && !Double.isNaN(accuracy) && accuracy <= 1.0 / classes + MARGIN;
    }

    /** Whether every accuracy is at chance (and there is at least one; NaN ones, from failed runs, are left out). */
    public static boolean allAtChance(List<Double> accuracies, int classes) {
        List<Double> known = accuracies.stream().filter(a -> a != null && !Double.isNaN(a)).toList();
        return !known.isEmpty() && known.stream().allMatch(a -> atChance(a, classes));
    }

    /**
     * "every configuration stayed at chance (50 %): the base network does not learn — its init is N(0, 0.01)",
     * with {@code what} naming the runs ("every configuration", "every variant").
     */
    public static String allAtChanceSentence(String what, int classes, RunSpec base) {
        return String.format(Locale.ROOT, "%s stayed at chance (%.0f %%): the base network does not learn — %s",
                what, 100.0 / classes, likelyCause(base));
    }

    /** The most likely reason this network does not learn at all, as a clause ("its init is N(0, 0.01)"). */
    public static String likelyCause(RunSpec base) {
        NetworkSpec net = base.network();
        List<LayerSpec> hidden = net.hidden();
        for (LayerSpec l : hidden) {
            if (l.init() == WeightInit.ZEROS || l.init() == WeightInit.CONSTANT) {
                return "its init is " + (l.init() == WeightInit.ZEROS ? "all zeros" : "constant")
                        + ", so every unit of a layer computes the same thing and symmetry is never broken";
            }
        }
        for (LayerSpec l : hidden) {
            if (l.init().usesScale() && l.effectiveInitScale() <= 0.05 && hidden.size() >= 2) {
                String init = l.init() == WeightInit.NORMAL
                        ? String.format(Locale.ROOT, "N(0, %s)", number(l.effectiveInitScale()))
                        : String.format(Locale.ROOT, "uniform ±%s", number(l.effectiveInitScale()));
                return "its init is " + init + ": with " + hidden.size()
                        + " layers the signal and the gradient shrink to almost nothing (try Xavier or He init)";
            }
        }
        long squashing = hidden.stream().filter(l -> l.activation().saturates() && !l.batchNorm()).count();
        if (squashing >= 4) {
            return squashing + " sigmoid or tanh layers without batch norm pass almost no gradient back to the"
                    + " first layers (try ReLU, batch norm or fewer layers)";
        }
        double eta = base.training().learningRate();
        if (eta < 1e-4) {
            return "its learning rate η = " + number(eta) + " is too small to move the weights in "
                    + base.training().iterations() + " iterations";
        }
        if (eta > 1) {
            return "its learning rate η = " + number(eta) + " is so large that every step overshoots";
        }
        for (LayerSpec l : hidden) {
            if (l.dropout() >= 0.7) {
                return "its dropout of " + Math.round(100 * l.dropout()) + " % leaves too few units to learn from";
            }
        }
        return "it does not learn in " + base.training().iterations()
                + " iterations (try a larger learning rate, Xavier or He init, or fewer layers)";
    }

    /**
     * "layer 2 (relu 16): 12 of 16 units are dead — ReLU gives 0 for every example, so they get no gradient"
     * for the layer with the largest share of dead units (the one nearest the input of equal shares), if that
     * share is at least {@link #DEAD_SHARE}; the other such layers follow ("also dead: layer 3 (relu 16): 9 of 16").
     *
     * @param names        the layers' names
     * @param units        their widths
     * @param deadFraction each layer's share of dead units (NaN where units cannot die)
     */
    public static Optional<String> deadUnits(String[] names, int[] units, double[] deadFraction) {
        int worst = -1;
        for (int l = 0; l < deadFraction.length; l++) {
            if (!Double.isNaN(deadFraction[l]) && deadFraction[l] >= DEAD_SHARE
                    && (worst < 0 || deadFraction[l] > deadFraction[worst])) {
                worst = l;
            }
        }
        if (worst < 0) {
            return Optional.empty();
        }
        int dead = (int) Math.round(deadFraction[worst] * units[worst]);
        StringBuilder others = new StringBuilder();
        for (int l = 0; l < deadFraction.length; l++) {
            if (l != worst && !Double.isNaN(deadFraction[l]) && deadFraction[l] >= DEAD_SHARE) {
                others.append(others.length() == 0 ? "; also dead: " : ", ").append(names[l]).append(": ")
                        .append(Math.round(deadFraction[l] * units[l])).append(" of ").append(units[l]);
            }
        }
        return Optional.of(names[worst] + ": " + dead + " of " + units[worst] + " units are dead — ReLU gives 0"
                + " for every example, so they get no gradient and never recover" + others
                + ". Try a smaller learning rate, He init or leaky ReLU.");
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
