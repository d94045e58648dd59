package dev.deepforward.ui.inspector;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column label/control grid whose rows can be hidden (α only for leaky ReLU, PReLU and ELU…). */
final class Form extends GridPane {

    private int rows;

    Form() {
        getStyleClass().add("form");
        setHgap(10);
        setVgap(7);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(118);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(labels, controls);
    }

    Row row(String label, Node control, String tip) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(control);
        control.setAccessibleText(label); // names the field in messages about what was typed
        if (tip != null) {
            l.setTooltip(Controls.tip(tip));
        }
        add(l, 0, rows);
        add(control, 1, rows);
        rows++;
        return new Row(l, control);
    }

    record Row(Label label, Node control) {
        void show(boolean on) {
            for (Node n : new Node[] {label, control}) {
                n.setVisible(on);
                n.setManaged(on);
            }
        }
    }
}
