package dev.deepforward.ui.model;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.WeightInit;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the four headline toggles (init, activation, batch norm, dropout) off a network. Each is true,
 * false, or mixed (null) when the layers disagree, in which case no segment is shown selected.
 */
public final class Headlines {

    /** The two inits the course contrasts: Xavier's scaled init versus plain small random weights. */
    public static final WeightInit XAVIER = WeightInit.XAVIER_NORMAL;
    public static final WeightInit RANDOM = WeightInit.NORMAL;
    /** The dropout rate the headline toggle gives to layers without dropout. */
    public static final double DEFAULT_DROPOUT = 0.2;

    private Headlines() {
    }

    /** True: every layer uses a Xavier scheme; false: every layer uses plain random; null: mixed or none. */
    public static Boolean xavier(NetworkSpec net) {
        return tri(net.hidden(), l -> l.init().name().startsWith("XAVIER"),
                l -> l.init() == WeightInit.NORMAL || l.init() == WeightInit.UNIFORM);
    }

    /** True: every dense layer is sigmoid; false: every dense layer is ReLU; null otherwise. */
    public static Boolean sigmoid(NetworkSpec net) {
        List<LayerSpec> dense = net.hidden().stream().filter(l -> l.kind() == LayerKind.DENSE).toList();
        return tri(dense, l -> l.activation() == Activation.SIGMOID, l -> l.activation() == Activation.RELU);
    }

    public static Boolean batchNorm(NetworkSpec net) {
        return tri(net.hidden(), LayerSpec::batchNorm, l -> !l.batchNorm());
    }

    public static Boolean dropout(NetworkSpec net) {
        return tri(net.hidden(), l -> l.dropout() > 0, l -> l.dropout() == 0);
    }

    private static Boolean tri(List<LayerSpec> layers, Predicate<LayerSpec> yes, Predicate<LayerSpec> no) {
        if (layers.isEmpty()) {
            return null;
        }
        if (layers.stream().allMatch(yes)) {
            return Boolean.TRUE;
        }
        if (layers.stream().allMatch(no)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
