package dev.deepforward.ui.inspector;

import dev.deepforward.spec.Activation;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Headlines;
import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.model.SpecChange;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The four switches the course keeps flipping — Init (Xavier | random), Activation (sigmoid | ReLU),
 * Batch norm (on | off), Dropout (on | off) — always in reach. Each click is one undoable edit over every
 * hidden layer. When the layers disagree (one edited by hand) neither segment is lit: the toggle then
 * shows "mixed" honestly instead of pretending.
 */
public final class HeadlineToggles extends HBox {

    private final DesignDocument doc;
    private final Group init;
    private final Group activation;
    private final Group batchNorm;
    private final Group dropout;

    public HeadlineToggles(DesignDocument doc) {
        this.doc = doc;
        setId("headline-toggles");
        getStyleClass().add("headline-toggles");
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        init = new Group("Init", "init", "Xavier", "Random",
                "Xavier: variance scaled by fan-in and fan-out.", "Random: plain N(0, 0.01) weights, whatever the layer's size.",
                on -> NetworkEdits.setAllInits(on ? Headlines.XAVIER : Headlines.RANDOM));
        activation = new Group("Activation", "act", "Sigmoid", "ReLU",
                Activation.SIGMOID.explanation(), Activation.RELU.explanation(),
                on -> NetworkEdits.setAllActivations(on ? Activation.SIGMOID : Activation.RELU));
        batchNorm = new Group("Batch norm", "bn", "On", "Off",
                "Normalize every hidden layer's sums over the minibatch.", "No batch normalization.",
                NetworkEdits::setAllBatchNorm);
        dropout = new Group("Dropout", "dropout", "On", "Off",
                "Drop " + Math.round(Headlines.DEFAULT_DROPOUT * 100) + " % of each hidden layer's units while training (layers that have a rate keep it).",
                "No dropout.", on -> NetworkEdits.setAllDropout(on, Headlines.DEFAULT_DROPOUT));
        getChildren().addAll(init.box, activation.box, batchNorm.box, dropout.box);
        doc.revisionProperty().addListener((o, a, b) -> sync());
        sync();
    }

    private void sync() {
        var net = doc.getSpec().network();
        init.show(Headlines.xavier(net));
        activation.show(Headlines.sigmoid(net));
        batchNorm.show(Headlines.batchNorm(net));
        dropout.show(Headlines.dropout(net));
    }

    private final class Group {
        final VBox box;
        final ToggleButton yes;
        final ToggleButton no;

        Group(String title, String id, String yesText, String noText, String yesTip, String noTip,
                Function<Boolean, SpecChange> change) {
            yes = new ToggleButton(yesText);
            no = new ToggleButton(noText);
            yes.setId("headline-" + id + "-" + yesText.toLowerCase());
            no.setId("headline-" + id + "-" + noText.toLowerCase());
            yes.setTooltip(Controls.tip(yesTip));
            no.setTooltip(Controls.tip(noTip));
            yes.setFocusTraversable(false);
            no.setFocusTraversable(false);
            // React to the click, then show the model's state: a click on the lit segment (which a
            // toggle group would switch off) just stays lit.
            yes.setOnAction(e -> {
                doc.apply(change.apply(true));
                sync();
            });
            no.setOnAction(e -> {
                doc.apply(change.apply(false));
                sync();
            });
            SegmentedButton seg = new SegmentedButton(yes, no);
            seg.getStyleClass().add("headline-segment");
            Label caption = new Label(title);
            caption.getStyleClass().add("headline-caption");
            box = new VBox(2, caption, seg);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        void show(Boolean state) {
            yes.setSelected(Boolean.TRUE.equals(state));
            no.setSelected(Boolean.FALSE.equals(state));
            yes.setDisable(doc.getSpec().network().hidden().isEmpty());
            no.setDisable(doc.getSpec().network().hidden().isEmpty());
        }
    }
}
