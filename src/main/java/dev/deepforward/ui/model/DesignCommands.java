package dev.deepforward.ui.model;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;

/**
 * Structural commands of the designer (add, delete, duplicate, move) with the selection following the
 * layer the user is working on. Cards, menus and keyboard shortcuts all call these, so "Delete" means
 * the same thing wherever it is pressed.
 */
public final class DesignCommands {

    private final DesignDocument doc;

    public DesignCommands(DesignDocument doc) {
        this.doc = doc;
    }

    public void addLayer(int slot, LayerSpec layer) {
        int n = doc.getSpec().network().hidden().size();
        int at = Math.max(0, Math.min(slot, n));
        if (doc.apply(NetworkEdits.insertLayer(at, layer))) {
            doc.select(at);
        }
    }

    public void delete(int index) {
        if (valid(index) && doc.apply(NetworkEdits.removeLayer(index))) {
            int n = doc.getSpec().network().hidden().size();
            doc.select(n == 0 ? -1 : Math.min(index, n - 1));
        }
    }

    public void duplicate(int index) {
        if (valid(index) && doc.apply(NetworkEdits.duplicateLayer(index))) {
            doc.select(index + 1);
        }
    }

    /** Moves a layer into gap {@code slot}; dropping a card next to itself changes nothing. */
    public void move(int from, int slot) {
        if (!valid(from) || slot == from || slot == from + 1) {
            return;
        }
        if (doc.apply(NetworkEdits.moveLayer(from, slot))) {
            doc.select(NetworkEdits.finalIndex(from, slot));
        }
    }

    public void deleteSelected() {
        delete(doc.getSelectedLayer());
    }

    public void duplicateSelected() {
        duplicate(doc.getSelectedLayer());
    }

    /**
     * A new dense layer that matches the network's headline settings (a student who switched everything
     * to sigmoid expects the next layer to be sigmoid too).
     */
    public static LayerSpec newDense(NetworkSpec net) {
        Boolean sigmoid = Headlines.sigmoid(net);
        Activation a = Boolean.TRUE.equals(sigmoid) ? Activation.SIGMOID : Activation.RELU;
        LayerSpec l = LayerSpec.dense(8, a);
        return matchHeadlines(l, net);
    }

    public static LayerSpec newMaxout(NetworkSpec net) {
        return matchHeadlines(LayerSpec.maxout(8, 2), net);
    }

    private static LayerSpec matchHeadlines(LayerSpec l, NetworkSpec net) {
        if (Boolean.FALSE.equals(Headlines.xavier(net))) {
            l = l.withInit(Headlines.RANDOM, null);
        } else if (Boolean.TRUE.equals(Headlines.xavier(net)) && l.kind() == LayerKind.DENSE) {
            l = l.withInit(Headlines.XAVIER, null);
        }
        if (Boolean.TRUE.equals(Headlines.batchNorm(net))) {
            l = l.withBatchNorm(true);
        }
        if (Boolean.TRUE.equals(Headlines.dropout(net))) {
            l = l.withDropout(Headlines.DEFAULT_DROPOUT);
        }
        return l;
    }

    private boolean valid(int index) {
        return index >= 0 && index < doc.getSpec().network().hidden().size();
    }
}
