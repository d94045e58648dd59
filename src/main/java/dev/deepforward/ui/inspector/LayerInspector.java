package dev.deepforward.ui.inspector;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.WeightInit;
import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.model.SpecChange;
import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * Edits the selected hidden layer. Every control change becomes one undoable edit; when the document
 * moves (an edit anywhere, undo, another selection) the controls are refreshed from the spec under a
 * guard, so the refresh itself edits nothing.
 */
public final class LayerInspector extends VBox {

    private final DesignDocument doc;
    private final Controls.Guard guard = new Controls.Guard();
    private final Label title = new Label();
    private final Label placeholder = new Label("Select a layer on the network to edit it.");
    private final VBox editor = new VBox(10);
    // Every field's bounds are the spec validator's: the field refuses what the check would reject.
    private final Spinner<Integer> units = Controls.ints("units-spinner", LayerSpec.MIN_UNITS, LayerSpec.MAX_UNITS, 1);
    private final Spinner<Integer> pieces = Controls.ints("pieces-spinner", LayerSpec.MIN_PIECES, LayerSpec.MAX_PIECES, 1);
    private final ComboBox<Activation> activation = Controls.choices("activation-combo",
            Arrays.stream(Activation.values()).filter(a -> a != Activation.MAXOUT).toArray(Activation[]::new));
    private final Spinner<Double> alpha = Controls.doubles("alpha-spinner", 0, LayerSpec.MAX_ALPHA, 0.01);
    private final ComboBox<WeightInit> init = Controls.choices("init-combo", WeightInit.values());
    private final Spinner<Double> initScale = Controls.doubles("init-scale-spinner", -LayerSpec.MAX_INIT_SCALE, LayerSpec.MAX_INIT_SCALE, 0.01);
    private final ToggleSwitch batchNorm = new ToggleSwitch();
    private final Slider dropout = new Slider(0, LayerSpec.MAX_DROPOUT, 0);
    private final Label dropoutValue = new Label();
    private final ToggleSwitch frozen = new ToggleSwitch();
    private final Label explanation = new Label();
    private final Form.Row piecesRow;
    private final Form.Row activationRow;
    private final Form.Row alphaRow;
    private final Form.Row scaleRow;

    public LayerInspector(DesignDocument doc, DesignCommands commands) {
        this.doc = doc;
        setId("layer-inspector");
        getStyleClass().add("inspector-section");
        setSpacing(8);

        title.getStyleClass().add("section-title");
        title.setId("inspector-title");
        Button duplicate = new Button("Duplicate");
        duplicate.setId("inspector-duplicate");
        duplicate.setOnAction(e -> commands.duplicateSelected());
        duplicate.setTooltip(Controls.tip("Duplicate this layer (Ctrl+D)"));
        Button delete = new Button("Delete");
        delete.setId("inspector-delete");
        delete.setOnAction(e -> commands.deleteSelected());
        delete.setTooltip(Controls.tip("Delete this layer (Delete)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, duplicate, delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        batchNorm.setId("batchnorm-switch");
        frozen.setId("frozen-switch");
        dropout.setId("dropout-slider");
        dropout.setMajorTickUnit(0.25);
        dropout.setBlockIncrement(0.05);
        dropoutValue.setMinWidth(42);
        dropoutValue.setId("dropout-value");
        HBox dropoutBox = new HBox(8, dropout, dropoutValue);
        HBox.setHgrow(dropout, Priority.ALWAYS);
        dropoutBox.setAlignment(Pos.CENTER_LEFT);

        Form form = new Form();
        form.row("Units", units, "How many neurons the layer has (" + LayerSpec.MIN_UNITS + " to " + LayerSpec.MAX_UNITS + ").");
        piecesRow = form.row("Pieces k", pieces, "Linear pieces per maxout unit (2 to 8): the unit outputs the largest.");
        activationRow = form.row("Activation", activation, "The non-linearity g(z) applied to each unit's sum.");
        alphaRow = form.row("α", alpha, "Slope or scale of the negative side (leaky ReLU, PReLU, ELU).");
        form.row("Init", init, "How the weights are drawn before training.");
        scaleRow = form.row("Init scale", initScale, "Constant c, uniform bound a or normal σ of the plain random inits.");
        form.row("Batch norm", batchNorm, "Normalize each unit's sum over the minibatch before the activation.");
        form.row("Dropout", dropoutBox, "Probability of dropping each unit during training.");
        form.row("Frozen", frozen, "Keep this layer's parameters fixed (transfer learning).");

        explanation.getStyleClass().add("hint");
        explanation.setWrapText(true);
        explanation.setId("activation-explanation");
        editor.getChildren().addAll(actions, form, explanation);
        placeholder.getStyleClass().add("hint");
        placeholder.setWrapText(true);
        getChildren().addAll(title, placeholder, editor);

        wire();
        doc.revisionProperty().addListener((o, a, b) -> refresh());
        doc.selectedLayerProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void wire() {
        edit(units.valueProperty(), v -> NetworkEdits.setUnits(index(), v));
        edit(pieces.valueProperty(), v -> NetworkEdits.setPieces(index(), v));
        edit(activation.valueProperty(), v -> NetworkEdits.setActivation(index(), v));
        edit(alpha.valueProperty(), v -> NetworkEdits.setAlpha(index(), v));
        edit(init.valueProperty(), v -> NetworkEdits.setInit(index(), v));
        edit(initScale.valueProperty(), v -> NetworkEdits.setInitScale(index(), v));
        edit(batchNorm.selectedProperty(), v -> NetworkEdits.setBatchNorm(index(), v));
        edit(frozen.selectedProperty(), v -> NetworkEdits.setFrozen(index(), v));
        // A dragged slider edits once, on release; clicks and arrow keys edit at once (merged in history).
        dropout.valueProperty().addListener((o, a, v) -> {
            dropoutValue.setText(Math.round(v.doubleValue() * 100) + " %");
            if (!guard.syncing() && !dropout.isValueChanging()) {
                applyDropout();
            }
        });
        dropout.valueChangingProperty().addListener((o, was, is) -> {
            if (!is && !guard.syncing()) {
                applyDropout();
            }
        });
    }

    private void applyDropout() {
        double snapped = Math.round(dropout.getValue() * 100) / 100.0;
        doc.apply(NetworkEdits.setDropout(index(), snapped));
    }

    private <T> void edit(javafx.beans.value.ObservableValue<T> value, java.util.function.Function<T, SpecChange> change) {
        Controls.onUserChange(value, guard, v -> {
            if (index() >= 0) {
                doc.apply(change.apply(v));
            }
        });
    }

    private int index() {
        return doc.getSelectedLayer();
    }

    private void refresh() {
        int i = index();
        var hidden = doc.getSpec().network().hidden();
        boolean has = i >= 0 && i < hidden.size();
        editor.setVisible(has);
        editor.setManaged(has);
        placeholder.setVisible(!has);
        placeholder.setManaged(!has);
        if (!has) {
            title.setText("Layer");
            return;
        }
        LayerSpec l = hidden.get(i);
        boolean maxout = l.kind() == LayerKind.MAXOUT;
        title.setText("Layer " + (i + 1) + " · " + l.kind().displayName());
        guard.run(() -> {
            units.getValueFactory().setValue(l.units());
            pieces.getValueFactory().setValue(l.pieces());
            if (!maxout) {
                activation.setValue(l.activation());
            }
            alpha.getValueFactory().setValue(l.effectiveAlpha());
            init.setValue(l.init());
            initScale.getValueFactory().setValue(l.effectiveInitScale());
            batchNorm.setSelected(l.batchNorm());
            dropout.setValue(l.dropout());
            dropoutValue.setText(Math.round(l.dropout() * 100) + " %");
            frozen.setSelected(l.frozen());
        });
        piecesRow.show(maxout);
        activationRow.show(!maxout);
        alphaRow.show(!maxout && l.activation() != null && l.activation().hasAlpha());
        scaleRow.show(l.init() != null && l.init().usesScale());
        explanation.setText(maxout ? LayerKind.MAXOUT.explanation()
                : l.activation() == null ? "" : l.activation().displayName() + ": " + l.activation().explanation());
    }
}
