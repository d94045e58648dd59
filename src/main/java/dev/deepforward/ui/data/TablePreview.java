package dev.deepforward.ui.data;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.Task;
import dev.deepforward.ui.model.Numbers;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The first rows of a table of numbers, with the label (class name or target) in the last column. */
public final class TablePreview extends TableView<Integer> {

    static final int ROWS = 30;
    private Dataset data;

    public TablePreview() {
        setId("preview-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPrefHeight(180);
        getStyleClass().add("preview-table");
    }

    public void setData(Dataset d) {
        data = d;
        getColumns().clear();
        int shownFeatures = Math.min(d.featureCount(), 12);
        for (int j = 0; j < shownFeatures; j++) {
            int col = j;
            TableColumn<Integer, String> c = new TableColumn<>("x" + (j + 1));
            c.setPrefWidth(44);
            c.setSortable(false);
            c.setCellValueFactory(r -> new SimpleStringProperty(
                    Numbers.compact(data.features()[r.getValue() * data.featureCount() + col])));
            getColumns().add(c);
        }
        TableColumn<Integer, String> label = new TableColumn<>(d.task() == Task.CLASSIFICATION ? "class" : "target");
        label.setSortable(false);
        label.setPrefWidth(70);
        label.setCellValueFactory(r -> new SimpleStringProperty(d.task() == Task.CLASSIFICATION
                ? d.classNames().get(d.labels()[r.getValue()])
                : Numbers.compact(d.targets()[r.getValue() * d.outputCount()])));
        getColumns().add(label);
        getItems().clear();
        // Classes in turn: a file sorted by class (iris is) would otherwise show one class only.
        if (d.task() == Task.CLASSIFICATION) {
            for (int i : DigitGridPreview.pick(d, ROWS)) {
                getItems().add(i);
            }
        } else {
            for (int i = 0; i < Math.min(ROWS, d.size()); i++) {
                getItems().add(i);
            }
        }
    }

    public Dataset data() {
        return data;
    }
}
