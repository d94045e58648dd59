package dev.deepforward.ui.shell;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.data.Task;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Numbers;
import dev.deepforward.ui.model.TrainingEdits;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dataset choice (an undoable edit of {@code data.dataset}) from the data catalogue, with a short
 * description of the chosen set: what it is, its sizes, and what it teaches. The designer's input and
 * output blocks follow the choice (see {@link DesignDocument}).
 */
final class DataPanel extends VBox {

    private boolean syncing;

    DataPanel(DesignDocument doc) {
        setId("data-panel");
        getStyleClass().add("data-panel");
        setSpacing(6);
        Label title = new Label("Data");
        title.getStyleClass().add("section-title");
        ListView<String> list = new ListView<>();
        list.setId("dataset-list");
        list.getItems().setAll(DatasetCatalog.entries().stream().map(CatalogEntry::id).toList());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : id);
                setTooltip(empty || id == null ? null : new Tooltip(DatasetCatalog.entry(id).title()));
            }
        });
        list.setPrefHeight(Math.min(10, list.getItems().size()) * 26 + 4);
        list.setMinHeight(120);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label();
        heading.setId("dataset-title");
        heading.getStyleClass().add("dataset-title");
        heading.setWrapText(true);
        Label description = new Label();
        description.setId("dataset-description");
        description.getStyleClass().add("dataset-description");
        description.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, id) -> {
            if (!syncing && id != null) {
                doc.apply(TrainingEdits.setDataset(id));
            }
        });
        Runnable sync = () -> {
            String id = doc.getSpec().data().dataset();
            syncing = true;
            list.getSelectionModel().select(id);
            syncing = false;
            Optional<CatalogEntry> entry = DatasetCatalog.find(id);
            heading.setText(entry.map(DataPanel::sizes).orElse(id + ": your own file"));
            description.setText(entry.map(CatalogEntry::description).orElse(""));
        };
        doc.revisionProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        getChildren().addAll(title, list, heading, description);
    }

    /** "Spiral · 2 inputs → 2 classes". */
    static String sizes(CatalogEntry e) {
        String in = e.isImage() ? e.inputShape().get(0) + "×" + e.inputShape().get(1) + " pixels"
                : Numbers.grouped(e.featureCount()) + (e.featureCount() == 1 ? " input" : " inputs");
        String out = e.task() == Task.REGRESSION ? "1 number (regression)" : e.outputs() + " classes";
        return e.title() + " · " + in + " → " + out;
    }
}
