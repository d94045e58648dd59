package dev.deepforward.ui.shell;

import dev.deepforward.ui.run.RunStatus;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Numbers;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Run state, iteration, epoch, speed, the last edit and the backend's readiness, along the bottom. */
final class StatusBar extends HBox {

    /**
     * @param background  what the analysis tools compute in the background, empty when idle
     * @param showAnalysis brings their tab forward (a click on that text)
     */
    private final Label notice = new Label();
    private final javafx.animation.PauseTransition noticeTimer = new javafx.animation.PauseTransition(
            javafx.util.Duration.seconds(6));

    StatusBar(DesignDocument doc, RunStatus st, javafx.beans.value.ObservableStringValue background, Runnable showAnalysis) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(18);
        setAlignment(Pos.CENTER_LEFT);
        Label state = label("status-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> "● " + st.phaseProperty().get().label(), st.phaseProperty()));
        st.phaseProperty().addListener((o, a, p) -> state.getStyleClass().setAll("label", "status-state", "phase-" + p.name().toLowerCase()));
        state.getStyleClass().add("phase-idle");
        Label iteration = label("status-iteration");
        iteration.textProperty().bind(Bindings.createStringBinding(
                () -> "Iteration " + Numbers.grouped(st.iterationProperty().get()), st.iterationProperty()));
        Label epoch = label("status-epoch");
        epoch.textProperty().bind(Bindings.createStringBinding(() -> "Epoch " + st.epochProperty().get(), st.epochProperty()));
        Label rate = label("status-rate");
        rate.textProperty().bind(Bindings.createStringBinding(
                () -> Numbers.grouped(Math.round(st.stepsPerSecondProperty().get())) + " steps/s", st.stepsPerSecondProperty()));
        Label variants = label("status-variants");
        variants.textProperty().bind(st.variantsProperty());
        Label pretraining = label("status-pretraining");
        pretraining.textProperty().bind(st.pretrainingProperty());
        pretraining.managedProperty().bind(pretraining.textProperty().isNotEmpty());
        Label work = label("status-background");
        work.textProperty().bind(Bindings.createStringBinding(() -> background.get().isEmpty() ? "" : "⟳ " + background.get(),
                background));
        work.managedProperty().bind(work.textProperty().isNotEmpty());
        work.visibleProperty().bind(work.textProperty().isNotEmpty());
        work.setOnMouseClicked(e -> showAnalysis.run());
        work.setTooltip(new javafx.scene.control.Tooltip("Running in the background; click to see it in the Analysis tab"));
        work.setStyle("-fx-cursor: hand;");
        Label lastEdit = label("status-edit");
        lastEdit.textProperty().bind(Bindings.createStringBinding(() -> {
            String u = doc.history().undoLabelProperty().get();
            return u.isEmpty() ? "" : "Last edit: " + u + "   (Ctrl+Z to undo)";
        }, doc.history().undoLabelProperty()));
        lastEdit.getStyleClass().add("hint");
        Label backend = label("status-backend");
        backend.textProperty().bind(Bindings.createStringBinding(() -> st.backendProperty().get().label(), st.backendProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label keys = label("status-keys");
        keys.setText("Space play/pause · S step · R reset · C compare · H charts only");
        keys.getStyleClass().add("hint");
        notice.setId("status-notice");
        notice.getStyleClass().addAll("status-item", "status-notice");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        noticeTimer.setOnFinished(e -> notice.setText(""));
        getChildren().addAll(state, iteration, epoch, rate, variants, pretraining, work, notice, lastEdit, spacer, keys,
                backend);
        // When the bar is short of room (presenter mode on a 1280-pixel projector) the hints give way;
        // the run's own figures never turn into "…".
        for (Label l : new Label[] {state, iteration, epoch, rate, work, backend}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Label l : new Label[] {variants, notice, lastEdit, keys}) {
            l.setMinWidth(0);
        }
    }

    /** A short message (text typed into a field that was not taken), shown for a few seconds. */
    void notice(String message) {
        notice.setText("⚠ " + message);
        noticeTimer.playFromStart();
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }
}
