package dev.deepforward.ui.designer;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.ui.model.Numbers;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The input or output end of the diagram; its size follows the dataset, so it cannot be edited here. */
final class IoBlock extends VBox implements DiagramColumn {

    private final Region area = new Region();
    private final int units;

    IoBlock(String id, String title, int units, String detail, String footer) {
        this.units = units;
        setId(id);
        getStyleClass().addAll("io-block");
        setAlignment(Pos.TOP_CENTER);
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        Label d = new Label(detail);
        d.getStyleClass().add("card-detail");
        d.setId(id + "-detail");
        d.setWrapText(true);
        d.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        area.getStyleClass().add("neuron-area");
        VBox.setVgrow(area, Priority.ALWAYS);
        Label f = new Label(footer);
        f.getStyleClass().add("card-params");
        f.setId(id + "-params");
        getChildren().addAll(t, d, area, f);
        compactLine.setText(title + " " + Numbers.grouped(units));
        compactLine.getStyleClass().add("card-compact");
        compactLine.setId(id + "-compact");
        compactLine.setMinWidth(0);
        compactLine.setMaxWidth(Double.MAX_VALUE);
        compactLine.setAlignment(Pos.CENTER);
        getChildren().add(compactLine);
        setCompact(false, false);
    }

    private final Label compactLine = new Label();

    @Override
    public void setCompact(boolean compact, boolean withHeader) {
        DiagramColumn.showCompact(this, compactLine, null, compact, false);
    }

    /** The input end; {@code entry} (null for a user's file) adds what the features are. */
    static IoBlock input(int inputs, CatalogEntry entry) {
        String what = entry == null ? "" : entry.isImage()
                ? "\n" + entry.inputShape().get(0) + "×" + entry.inputShape().get(1) + " pixels"
                : inputs == 2 ? "\nx₁, x₂" : "";
        return new IoBlock("input-block", "Input", inputs, Numbers.grouped(inputs) + " features" + what, "from data");
    }

    static IoBlock output(int outputs, boolean regression, String activation, long params) {
        String what = regression ? (outputs == 1 ? "1 output" : outputs + " outputs") : outputs + " classes";
        return new IoBlock("output-block", "Output", outputs, what + "\n" + activation,
                Numbers.grouped(params) + " params");
    }

    @Override public Region neuronArea() { return area; }
    @Override public int units() { return units; }
    @Override public Region node() { return this; }
}
