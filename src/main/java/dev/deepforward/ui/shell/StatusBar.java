package dev.deepforward.ui.shell;

import dev.deepforward.ui.run.RunPhase;
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
    /** The lesson step the work came from, and how to open it again; empty for work of no lesson. */
    private final Label lesson = new Label();
    private Runnable onLessonClicked = () -> { };
    /** What the shown notice is about (a field), so that the field's fix can take it away; null if nothing. */
    private Object noticeAbout;
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
        // Comparing, both are the same variant's, named by its letter: "Iteration 1,295 · Epoch 1 (A)".
        epoch.textProperty().bind(Bindings.createStringBinding(() -> "Epoch " + st.epochProperty().get()
                + (st.progressOfProperty().get().isEmpty() ? "" : " (" + st.progressOfProperty().get() + ")"),
                st.epochProperty(), st.progressOfProperty()));
        Label rate = label("status-rate");
        rate.textProperty().bind(Bindings.createStringBinding(() -> rateText(st), st.stepsPerSecondProperty(),
                st.phaseProperty(), st.trainingSecondsProperty(), st.iterationProperty()));
        rate.managedProperty().bind(rate.textProperty().isNotEmpty());
        rate.visibleProperty().bind(rate.textProperty().isNotEmpty());
        Label variants = label("status-variants");
        variantsFull = st.variantsProperty();
        variantsShort = st.variantsShortProperty();
        variants.setText(variantsFull.get());
        variantsFull.addListener((o, a, t) -> fitHints());
        variantsShort.addListener((o, a, t) -> fitHints());
        this.variants = variants;
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
        st.noticeProperty().addListener((o, a, t) -> {
            if (t != null && !t.isEmpty()) {
                notice(t);
            }
        });
        lesson.setId("status-lesson");
        lesson.getStyleClass().addAll("status-item", "status-lesson");
        lesson.managedProperty().bind(lesson.textProperty().isNotEmpty());
        lesson.visibleProperty().bind(lesson.textProperty().isNotEmpty());
        lesson.setOnMouseClicked(e -> onLessonClicked.run());
        getChildren().addAll(state, iteration, epoch, rate, variants, pretraining, work, notice, lesson, lastEdit, spacer,
                keys, backend);
        // When the bar is short of room (a small screen, presenter mode on a 1280-pixel projector) the hints
        // give way whole, the key list first, then the last edit: a hint is never cut to "(Ctrl+…"; the
        // run's own figures never turn into "…".
        for (Label l : new Label[] {state, iteration, epoch, rate, work, backend}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        // These do not hold the window wider: fit() shows them only whole (or the variants by letter).
        for (Label l : new Label[] {variants, notice, lesson, lastEdit, keys}) {
            l.setMinWidth(0);
        }
        hints = new Label[] {keys, lastEdit};
        widthProperty().addListener((o, a, w) -> fitHints());
        for (var n : getChildren()) {
            if (n instanceof Label l) {
                l.textProperty().addListener((o, a, t) -> fitHints());
            }
        }
    }

    /**
     * What the run's speed is: steps per second while it trains; once it has ended, how many iterations it
     * took and how long it trained ("1,000 iterations in 4.2 s"; "in < 0.5 s" for a run too short to time);
     * nothing before it starts or while paused, when no rate would be true.
     */
    static String rateText(RunStatus st) {
        RunPhase phase = st.phaseProperty().get();
        if (phase == RunPhase.RUNNING) {
            return Numbers.grouped(Math.round(st.stepsPerSecondProperty().get())) + " steps/s";
        }
        long iterations = st.iterationProperty().get();
        if (phase.isTerminal() && iterations > 0) {
            return Numbers.grouped(iterations) + (iterations == 1 ? " iteration" : " iterations") + " in "
                    + Numbers.trainingTime(st.trainingSecondsProperty().get());
        }
        return "";
    }

    /** Hints in the order they give way when the bar is short of room. */
    private final Label[] hints;

    private final javafx.beans.value.ObservableStringValue variantsFull;
    private final javafx.beans.value.ObservableStringValue variantsShort;
    private final Label variants;
    private boolean fitting;

    /**
     * Shows each hint only when it fits whole beside the rest of the bar, and the compared variants by
     * name when that fits, else by letter ("A ready · B ready"), with the names in the tooltip.
     */
    private void fitHints() {
        if (fitting) {
            return;
        }
        fitting = true;
        try {
            fit();
        } finally {
            fitting = false;
        }
    }

    private void fit() {
        double width = getWidth();
        String full = variantsFull.get();
        if (width <= 0) {
            variants.setText(full);
            return;
        }
        double needed = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (var n : getChildren()) {
            boolean hint = java.util.Arrays.asList(hints).contains(n);
            if (!hint && n != variants && n.isManaged() && n instanceof Region r) {
                needed += r.getMinWidth() == 0 ? r.prefWidth(-1) : r.minWidth(-1);
                shown++;
            }
        }
        boolean names = needed + getSpacing() * shown + textWidth(variants, full) <= width;
        variants.setText(names ? full : variantsShort.get());
        variants.setTooltip(names || full.isEmpty() ? null : new javafx.scene.control.Tooltip(full));
        if (!variants.getText().isEmpty()) {
            needed += textWidth(variants, variants.getText());
            shown++;
        }
        // the last hint to give way is shown first, while it fits
        for (int i = hints.length - 1; i >= 0; i--) {
            Label h = hints[i];
            double hw = textWidth(h, h.getText());
            boolean fits = !h.getText().isEmpty() && needed + getSpacing() * shown + hw <= width;
            if (fits) {
                needed += hw;
                shown++;
            }
            h.setManaged(fits);
            h.setVisible(fits);
        }
    }

    /**
     * The lesson step the work came from ("From Lesson 7 · Batch normalization, step 3 · Ctrl+Shift+L opens it"),
     * which a click opens when {@code canOpen}; "" takes it away.
     */
    void showLesson(String text, boolean canOpen) {
        lesson.setText(text);
        lesson.setStyle(canOpen ? "-fx-cursor: hand;" : "");
        lesson.setTooltip(text.isEmpty() ? null : new javafx.scene.control.Tooltip(canOpen
                ? "The work was set up from this lesson step; click (or Ctrl+Shift+L) to open the lesson there"
                : "The work was set up from this lesson step; the lesson file is no longer where it was"));
    }

    /** What a click on the lesson line does (the window opens the work's lesson at its step). */
    void setOnLessonClicked(Runnable action) {
        onLessonClicked = action;
    }

    /** A short message (text typed into a field that was not taken), shown for a few seconds. */
    void notice(String message) {
        notice(message, null);
    }

    /** A short message about {@code about} (a field; may be null), which {@link #resolved} takes away early. */
    void notice(String message, Object about) {
        noticeAbout = about;
        notice.getStyleClass().removeAll("status-said");
        notice.setText("⚠ " + message);
        noticeTimer.playFromStart();
    }

    /** A short message that warns of nothing ("Speed: 5 steps/frame" after key [ or ]), shown for a few seconds. */
    void say(String message) {
        noticeAbout = null;
        if (!notice.getStyleClass().contains("status-said")) {
            notice.getStyleClass().add("status-said");
        }
        notice.setText(message);
        noticeTimer.playFromStart();
    }

    /** {@code about} is fine again: the message about it, if it is still the one shown, goes. */
    void resolved(Object about) {
        if (about != null && about == noticeAbout) {
            noticeTimer.stop();
            notice.setText("");
            noticeAbout = null;
        }
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }

    /** The width {@code l} takes showing {@code text}, measured without setting it. */
    private static double textWidth(Label l, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(l.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth()) + l.snappedLeftInset() + l.snappedRightInset() + 1;
    }
}
