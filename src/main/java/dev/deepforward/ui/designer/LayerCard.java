package dev.deepforward.ui.designer;

import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Problem;
import dev.deepforward.ui.model.Numbers;
import dev.deepforward.ui.model.ProblemText;
import dev.deepforward.ui.Icons;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One hidden layer on the designer: what it is, its size and parameter count, its switches as badges,
 * and what is wrong with it. The neurons themselves are painted by the designer's diagram canvas into
 * this card's neuron area, because links run between cards.
 */
final class LayerCard extends VBox implements DiagramColumn {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final int index;
    private final LayerSpec layer;
    private final Region area = new Region();
    final Button deleteButton;
    final Button duplicateButton;

    LayerCard(int index, LayerSpec layer, long params, List<Problem> problems) {
        this.index = index;
        this.layer = layer;
        setId("layer-card-" + index);
        getStyleClass().add("layer-card");
        setAlignment(Pos.TOP_CENTER);

        Label title = new Label("Layer " + (index + 1));
        title.getStyleClass().add("card-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        duplicateButton = iconButton(Icons.duplicate(), "duplicate-layer-" + index, "Duplicate this layer (Ctrl+D)");
        deleteButton = iconButton(Icons.delete(), "delete-layer-" + index, "Delete this layer (Delete)");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(2, title, spacer, duplicateButton, deleteButton);
        header.setAlignment(Pos.CENTER_LEFT);

        String kind = layer.kind() == LayerKind.MAXOUT ? "Maxout ×" + layer.pieces() : "Dense";
        String act = layer.activation() == null ? "?" : layer.activation().displayName();
        Label detail = new Label(layer.kind() == LayerKind.MAXOUT ? kind : kind + " · " + act);
        detail.getStyleClass().add("card-detail");
        detail.setId("layer-detail-" + index);
        detail.setWrapText(true);
        detail.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        detail.setMinHeight(Label.USE_PREF_SIZE);

        area.getStyleClass().add("neuron-area");
        VBox.setVgrow(area, Priority.ALWAYS);

        Label units = new Label(layer.units() + (layer.units() == 1 ? " unit" : " units"));
        units.getStyleClass().add("card-units");
        units.setId("layer-units-" + index);

        HBox badges = new HBox(4);
        badges.setAlignment(Pos.CENTER);
        badges.getStyleClass().add("badges");
        if (layer.batchNorm()) {
            badges.getChildren().add(badge("BN", "Batch norm on"));
        }
        if (layer.dropout() > 0) {
            badges.getChildren().add(badge("drop " + Math.round(layer.dropout() * 100) + "%", "Dropout rate"));
        }
        if (layer.frozen()) {
            badges.getChildren().add(badge("frozen", "Parameters are not updated"));
        }

        Label paramLabel = new Label(Numbers.grouped(params) + " params");
        paramLabel.getStyleClass().add("card-params");
        paramLabel.setId("layer-params-" + index);

        getChildren().addAll(header, detail, area, units, badges, paramLabel);

        if (!problems.isEmpty()) {
            Label problem = new Label("⚠ " + problems.stream().map(ProblemText::onCard).collect(Collectors.joining("\n⚠ ")));
            problem.getStyleClass().add("card-problem");
            problem.setId("layer-problem-" + index);
            problem.setWrapText(true);
            problem.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(problem);
            Tooltip.install(this, new Tooltip(problems.stream().map(ProblemText::describe).collect(Collectors.joining("\n"))));
        }
        pseudoClassStateChanged(INVALID, !problems.isEmpty());

        String line = layer.units() + " " + (layer.kind() == LayerKind.MAXOUT ? "maxout ×" + layer.pieces() : act)
                + (layer.batchNorm() ? " · BN" : "") + (layer.dropout() > 0 ? " · drop" : "")
                + (problems.isEmpty() ? "" : " ⚠");
        compactLine.setText(line);
        // Presenter type on a card of the strip's width cuts "16 Sigmoid" to "16 Sig…": the short name then.
        String shortLine = layer.units() + " " + (layer.kind() == LayerKind.MAXOUT ? "max×" + layer.pieces()
                : shortName(layer.activation())) + (layer.batchNorm() ? " BN" : "") + (layer.dropout() > 0 ? " drop" : "")
                + (problems.isEmpty() ? "" : " ⚠");
        Runnable fitLine = () -> {
            double room = compactLine.getWidth() - compactLine.snappedLeftInset() - compactLine.snappedRightInset();
            if (room > 0) {
                compactLine.setText(textWidth(compactLine, line) <= room ? line : shortLine);
            }
        };
        compactLine.widthProperty().addListener((o, a, b) -> fitLine.run());
        compactLine.fontProperty().addListener((o, a, b) -> fitLine.run());
        compactLine.getStyleClass().add("card-compact");
        compactLine.setId("layer-compact-" + index);
        compactLine.setMinWidth(0);
        compactLine.setMaxWidth(Double.MAX_VALUE);
        compactLine.setAlignment(Pos.CENTER);
        compactLine.setTooltip(new Tooltip("Layer " + (index + 1) + ": " + layer.units() + " units, "
                + detail.getText() + ", " + paramLabel.getText()));
        getChildren().add(compactLine);
        setCompact(false, false);
    }

    private final Label compactLine = new Label();

    /** An activation's name as a narrow card says it: σ for the sigmoid, the short names as they are. */
    static String shortName(dev.deepforward.spec.Activation a) {
        if (a == null) {
            return "?";
        }
        return switch (a) {
            case SIGMOID -> "σ";
            case TANH -> "tanh";
            case LEAKY_RELU -> "LReLU";
            case ABS -> "|z|";
            case SOFTPLUS -> "soft+";
            case IDENTITY -> "id";
            default -> a.displayName();
        };
    }

    private static double textWidth(Label l, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(l.getFont());
        return t.getLayoutBounds().getWidth() + 1;
    }

    @Override
    public void setCompact(boolean compact, boolean withHeader) {
        DiagramColumn.showCompact(this, compactLine, header, compact, withHeader);
    }

    private final HBox header;

    private static Button iconButton(javafx.scene.Node icon, String id, String tip) {
        Button b = new Button();
        b.setGraphic(icon);
        b.setId(id);
        b.getStyleClass().add("card-button");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Label badge(String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add("badge");
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    void setSelected(boolean on) {
        pseudoClassStateChanged(SELECTED, on);
    }

    int index() {
        return index;
    }

    LayerSpec layer() {
        return layer;
    }

    @Override public Region neuronArea() { return area; }
    @Override public int units() { return layer.units(); }
    @Override public Region node() { return this; }
}
