package dev.deepforward.ui.presenter;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Headlines;
import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.model.SpecChange;

/**
 * Keys 1–4 flip the four headline toggles, in toolbar order: Init (Xavier ↔ random), Activation
 * (sigmoid ↔ ReLU), Batch norm, Dropout. A toggle that is mixed (layers disagree) flips to "on" (Xavier,
 * sigmoid, batch norm, dropout): one key press always gives a defined state. Each flip is one undoable edit.
 */
public final class HeadlineKeys {

    private HeadlineKeys() {
    }

    /** Flips toggle {@code number} (1–4); false when there is nothing to flip (no hidden layer, other key). */
    public static boolean flip(DesignDocument doc, int number) {
        NetworkSpec net = doc.getSpec().network();
        if (net.hidden().isEmpty()) {
            return false;
        }
        SpecChange change = switch (number) {
            case 1 -> NetworkEdits.setAllInits(on(Headlines.xavier(net)) ? Headlines.RANDOM : Headlines.XAVIER);
            case 2 -> NetworkEdits.setAllActivations(on(Headlines.sigmoid(net)) ? Activation.RELU : Activation.SIGMOID);
            case 3 -> NetworkEdits.setAllBatchNorm(!on(Headlines.batchNorm(net)));
            case 4 -> NetworkEdits.setAllDropout(!on(Headlines.dropout(net)), Headlines.DEFAULT_DROPOUT);
            default -> null;
        };
        return change != null && doc.apply(change);
    }

    private static boolean on(Boolean state) {
        return Boolean.TRUE.equals(state);
    }
}
