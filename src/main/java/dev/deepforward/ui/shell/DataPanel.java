package dev.deepforward.ui.shell;

import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.TrainingEdits;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dataset choice (an undoable edit of {@code data.dataset}). A placeholder until the data catalogue
 * lands: it will add previews and the input/output sizes that {@link DesignDocument#setIoSizes} takes.
 */
final class DataPanel extends VBox {

    /** Catalogue ids and what each is, in the order a course meets them. */
    static final Map<String, String> DATASETS = new LinkedHashMap<>();

    static {
        DATASETS.put("circle", "Circle: one class inside a ring of the other (2-D)");
        DATASETS.put("xor", "XOR: opposite quadrants share a class (2-D)");
        DATASETS.put("gaussians", "Gaussians: two separable blobs (2-D)");
        DATASETS.put("spiral", "Spiral: two interleaved arms, hard for shallow nets (2-D)");
        DATASETS.put("spiral3", "Spiral, three arms and three classes (2-D)");
        DATASETS.put("plane", "Plane: regression of a tilted plane (2-D)");
        DATASETS.put("bump", "Bump: regression of a Gaussian bump (2-D)");
        DATASETS.put("iris", "Iris: 150 flowers, 4 measurements, 3 species");
        DATASETS.put("digits", "Digits: 1,797 handwritten digits of 8×8 pixels");
        DATASETS.put("mnist", "MNIST: 10,000 handwritten digits of 28×28 pixels");
    }

    private boolean syncing;

    DataPanel(DesignDocument doc) {
        setId("data-panel");
        getStyleClass().add("data-panel");
        setSpacing(6);
        Label title = new Label("Data");
        title.getStyleClass().add("section-title");
        ListView<String> list = new ListView<>();
        list.setId("dataset-list");
        list.getItems().setAll(DATASETS.keySet());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : id);
                setTooltip(empty || id == null ? null : new Tooltip(DATASETS.get(id)));
            }
        });
        list.setPrefHeight(10 * 26 + 4);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label("Previews and sizes arrive with the data catalogue.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, id) -> {
            if (!syncing && id != null) {
                doc.apply(TrainingEdits.setDataset(id));
            }
        });
        Runnable sync = () -> {
            syncing = true;
            list.getSelectionModel().select(doc.getSpec().data().dataset());
            syncing = false;
        };
        doc.revisionProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        getChildren().addAll(title, list, hint);
    }
}
