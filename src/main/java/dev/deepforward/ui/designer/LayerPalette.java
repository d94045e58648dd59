package dev.deepforward.ui.designer;

import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The layer kinds, to be dragged onto the designer. A double click or Enter appends the layer instead,
 * so the palette also works from the keyboard.
 */
public final class LayerPalette extends VBox {

    public LayerPalette(DesignDocument doc, DesignCommands commands, DragCoordinator drag) {
        setId("palette");
        getStyleClass().add("palette");
        Label title = new Label("Layers");
        title.getStyleClass().add("section-title");
        Label hint = new Label("Drag onto the network");
        hint.getStyleClass().add("hint");
        getChildren().addAll(title, hint,
                item("palette-dense", LayerKind.DENSE, denseIcon(), () -> DesignCommands.newDense(doc.getSpec().network()), doc, commands, drag),
                item("palette-maxout", LayerKind.MAXOUT, maxoutIcon(), () -> DesignCommands.newMaxout(doc.getSpec().network()), doc, commands, drag));
    }

    private static HBox item(String id, LayerKind kind, Pane icon, Supplier<LayerSpec> make, DesignDocument doc,
            DesignCommands commands, DragCoordinator drag) {
        Label name = new Label(kind.displayName() + " layer");
        name.getStyleClass().add("palette-name");
        name.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(10, icon, name);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("palette-item");
        box.setCursor(Cursor.OPEN_HAND);
        box.setFocusTraversable(true);
        Tooltip.install(box, new Tooltip(kind.explanation() + "\nDrag onto the network, or double-click to append."));
        drag.install(box, () -> new DragPayload.NewLayer(make.get(), "+ " + kind.displayName() + " layer"));
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                commands.addLayer(doc.getSpec().network().hidden().size(), make.get());
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commands.addLayer(doc.getSpec().network().hidden().size(), make.get());
                e.consume();
            }
        });
        return box;
    }

    private static Pane denseIcon() {
        Pane p = new Pane();
        p.getStyleClass().add("palette-icon");
        p.setPrefSize(26, 26);
        p.setMinSize(26, 26);
        for (int i = 0; i < 3; i++) {
            Circle c = new Circle(13, 5 + i * 8, 3.2);
            c.getStyleClass().add("icon-neuron");
            p.getChildren().add(c);
        }
        return p;
    }

    private static Pane maxoutIcon() {
        Pane p = new Pane();
        p.getStyleClass().add("palette-icon");
        p.setPrefSize(26, 26);
        p.setMinSize(26, 26);
        for (int i = 0; i < 3; i++) {
            Rectangle r = new Rectangle(8, 2 + i * 8, 10, 6);
            r.getStyleClass().add("icon-neuron");
            r.setArcWidth(3);
            r.setArcHeight(3);
            p.getChildren().add(r);
        }
        return p;
    }
}
