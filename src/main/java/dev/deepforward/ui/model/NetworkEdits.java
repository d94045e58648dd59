package dev.deepforward.ui.model;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.WeightInit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The designer's edits of the network, each a labelled {@link SpecChange}. Layer numbers in labels are
 * 1-based, as a person counts them; indices in the API are 0-based.
 */
public final class NetworkEdits {

    private NetworkEdits() {
    }

    public static SpecChange insertLayer(int index, LayerSpec layer) {
        String what = layer.kind() == LayerKind.MAXOUT ? "maxout" : "dense";
        return SpecChange.of("Add " + what + " layer", spec -> hidden(spec, list -> list.add(clampInsert(index, list), layer)));
    }

    public static SpecChange removeLayer(int index) {
        return SpecChange.of("Delete layer " + (index + 1), spec -> hidden(spec, list -> list.remove(index)));
    }

    public static SpecChange duplicateLayer(int index) {
        return SpecChange.of("Duplicate layer " + (index + 1), spec -> hidden(spec, list -> list.add(index + 1, list.get(index))));
    }

    /**
     * Moves a layer to an insertion slot: {@code slot} counts the gaps between the layers as they are now
     * (0 = before the first, n = after the last), which is what a drop marker shows.
     */
    public static SpecChange moveLayer(int from, int slot) {
        int to = finalIndex(from, slot);
        return SpecChange.of("Move layer " + (from + 1) + " to position " + (to + 1), spec -> hidden(spec, list -> {
            LayerSpec layer = list.remove(from);
            list.add(to, layer);
        }));
    }

    /** Where a layer dragged from {@code from} ends up when dropped in gap {@code slot}. */
    public static int finalIndex(int from, int slot) {
        return slot > from ? slot - 1 : slot;
    }

    public static SpecChange setUnits(int index, int units) {
        return layer(index, "Set units of layer " + (index + 1) + " to " + units, l -> l.withUnits(units))
                .mergingAs("units:" + index);
    }

    public static SpecChange setActivation(int index, Activation a) {
        return layer(index, "Set activation of layer " + (index + 1) + " to " + a.displayName(), l -> withActivation(l, a));
    }

    public static SpecChange setAlpha(int index, double alpha) {
        return layer(index, "Set α of layer " + (index + 1) + " to " + alpha, l -> l.withAlpha(alpha))
                .mergingAs("alpha:" + index);
    }

    public static SpecChange setInit(int index, WeightInit init) {
        return layer(index, "Set init of layer " + (index + 1) + " to " + init.displayName(), l -> withInit(l, init));
    }

    public static SpecChange setInitScale(int index, double scale) {
        return layer(index, "Set init scale of layer " + (index + 1) + " to " + scale, l -> l.withInit(l.init(), scale))
                .mergingAs("initScale:" + index);
    }

    public static SpecChange setPieces(int index, int pieces) {
        return layer(index, "Set pieces of layer " + (index + 1) + " to " + pieces,
                l -> new LayerSpec(l.kind(), l.units(), l.activation(), l.alpha(), pieces, l.init(), l.initScale(),
                        l.batchNorm(), l.dropout(), l.frozen()))
                .mergingAs("pieces:" + index);
    }

    public static SpecChange setBatchNorm(int index, boolean on) {
        return layer(index, (on ? "Turn on" : "Turn off") + " batch norm of layer " + (index + 1), l -> l.withBatchNorm(on));
    }

    public static SpecChange setDropout(int index, double rate) {
        return layer(index, "Set dropout of layer " + (index + 1) + " to " + percent(rate), l -> l.withDropout(rate))
                .mergingAs("dropout:" + index);
    }

    public static SpecChange setFrozen(int index, boolean on) {
        return layer(index, (on ? "Freeze" : "Unfreeze") + " layer " + (index + 1), l -> l.withFrozen(on));
    }

    // ---- the headline toggles: one edit over every hidden layer ---------------------------------

    /** Every dense layer gets the activation; maxout layers keep theirs (it is what makes them maxout). */
    public static SpecChange setAllActivations(Activation a) {
        return all("Set every activation to " + a.displayName(),
                l -> l.kind() == LayerKind.MAXOUT ? l : withActivation(l, a));
    }

    public static SpecChange setAllInits(WeightInit init) {
        return all("Set every init to " + init.displayName(), l -> withInit(l, init));
    }

    public static SpecChange setAllBatchNorm(boolean on) {
        return all((on ? "Turn on" : "Turn off") + " batch norm everywhere", l -> l.withBatchNorm(on));
    }

    /** Turning dropout on gives {@code rate} to the layers without dropout; off sets every rate to 0. */
    public static SpecChange setAllDropout(boolean on, double rate) {
        return all(on ? "Turn on dropout (" + percent(rate) + ")" : "Turn off dropout",
                l -> on ? (l.dropout() > 0 ? l : l.withDropout(rate)) : l.withDropout(0));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** An activation change that drops an α the new activation would not accept. */
    static LayerSpec withActivation(LayerSpec l, Activation a) {
        LayerSpec changed = l.withActivation(a);
        return a.hasAlpha() ? changed : changed.withAlpha(null);
    }

    /** An init change that drops a scale the new scheme would not accept. */
    static LayerSpec withInit(LayerSpec l, WeightInit init) {
        return l.withInit(init, init.usesScale() ? l.initScale() : null);
    }

    private static SpecChange layer(int index, String label, UnaryOperator<LayerSpec> change) {
        return SpecChange.of(label, spec -> hidden(spec, list -> list.set(index, change.apply(list.get(index)))));
    }

    private static SpecChange all(String label, UnaryOperator<LayerSpec> change) {
        return SpecChange.of(label, spec -> spec.withNetwork(spec.network().mapHidden(change)));
    }

    private static RunSpec hidden(RunSpec spec, java.util.function.Consumer<List<LayerSpec>> change) {
        List<LayerSpec> list = new ArrayList<>(spec.network().hidden());
        change.accept(list);
        NetworkSpec net = spec.network().withHidden(list);
        return spec.withNetwork(net);
    }

    private static int clampInsert(int index, List<LayerSpec> list) {
        return Math.max(0, Math.min(index, list.size()));
    }

    static String percent(double rate) {
        return Math.round(rate * 100) + " %";
    }
}
