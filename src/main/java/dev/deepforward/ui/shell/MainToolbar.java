package dev.deepforward.ui.shell;

import dev.deepforward.ui.run.EngineRunController;
import dev.deepforward.ui.run.RunController;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.run.RunStatus;
import dev.deepforward.ui.Icons;
import dev.deepforward.ui.compare.CompareMenu;
import dev.deepforward.ui.compare.CompareMode;
import dev.deepforward.ui.inspector.HeadlineToggles;
import dev.deepforward.ui.model.DesignDocument;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Run controls (Play/Pause, Step, Reset, speed, Compare) and the headline toggles. Play is disabled
 * while the design has problems, and its tooltip says why.
 */
final class MainToolbar extends HBox {

    /** Speeds offered, in training steps per frame (60 frames a second); the last is full speed. */
    static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, EngineRunController.FULL_SPEED};

    final Button play = new Button();

    MainToolbar(DesignDocument doc, RunController run, CompareMode compare) {
        setId("main-toolbar");
        getStyleClass().add("main-toolbar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);

        play.setId("play-button");
        play.getStyleClass().addAll("run-button", "play-button");
        RunStatus st = run.status();
        play.textProperty().bind(Bindings.when(st.phaseProperty().isEqualTo(RunPhase.RUNNING)).then("Pause").otherwise("Play"));
        play.setGraphic(Icons.play());
        st.phaseProperty().addListener((o, a, p) -> play.setGraphic(p == RunPhase.RUNNING ? Icons.pause() : Icons.play()));
        play.disableProperty().bind(doc.canPlayProperty().not().and(st.phaseProperty().isNotEqualTo(RunPhase.RUNNING)));
        play.setOnAction(e -> run.togglePlay());
        Tooltip playTip = tip("");
        playTip.textProperty().bind(Bindings.when(doc.canPlayProperty()).then("Play / pause training (Space)")
                .otherwise(Bindings.concat("Cannot train yet: ", doc.cannotPlayReasonProperty())));
        play.setTooltip(playTip);
        // A disabled button shows no tooltip, so the reason also sits next to the buttons.
        Label blocked = new Label();
        blocked.setId("play-blocked");
        blocked.getStyleClass().add("play-blocked");
        blocked.textProperty().bind(Bindings.concat("⚠ ", doc.cannotPlayReasonProperty()));
        blocked.visibleProperty().bind(doc.canPlayProperty().not());
        blocked.managedProperty().bind(blocked.visibleProperty());
        blocked.setMaxWidth(360);

        Button step = button("step-button", "Step", "One training step (S or →)");
        step.setGraphic(Icons.step());
        step.setOnAction(e -> run.step());
        step.disableProperty().bind(doc.canPlayProperty().not());
        Button reset = button("reset-button", "Reset", "Fresh weights, clear the charts (R)");
        reset.setGraphic(Icons.reset());
        reset.setOnAction(e -> run.reset());

        Slider speed = new Slider(0, SPEEDS.length - 1, 2);
        speed.setId("speed-slider");
        speed.setSnapToTicks(true);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setBlockIncrement(1);
        speed.setPrefWidth(110);
        Label speedValue = new Label();
        speedValue.getStyleClass().add("hint");
        speedValue.setMinWidth(70);
        speed.valueProperty().addListener((o, a, v) -> {
            int s = SPEEDS[(int) Math.round(v.doubleValue())];
            run.setSpeed(s);
            speedValue.setText(speedText(s));
        });
        run.setSpeed(SPEEDS[2]);
        speedValue.setText(speedText(SPEEDS[2]));
        // -Ddeepforward.ui.speed=full starts at full speed (measuring how fast the window closes mid-run).
        if ("full".equalsIgnoreCase(System.getProperty("deepforward.ui.speed", ""))) {
            speed.setValue(speed.getMax());
        }
        speed.setTooltip(tip("Training steps per screen frame; at the right end, as fast as the engine goes"));
        Label speedCaption = new Label("Speed");
        speedCaption.getStyleClass().add("headline-caption");
        VBox speedBox = new VBox(2, speedCaption, new HBox(6, speed, speedValue));

        CompareMenu compareMenu = new CompareMenu(compare);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(play, step, reset, speedBox, compareMenu, separator(), new HeadlineToggles(doc), spacer, blocked);
        // Controls keep their size; only the warning gives way (it wraps) when the window is narrow.
        for (var n : getChildren()) {
            if (n instanceof Region r && n != blocked && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        blocked.setMinWidth(0);
        blocked.setWrapText(true);
        // Run controls are clicked or driven by their keys (Space, S, R); they take no keyboard focus, so
        // Enter in a lesson never lands on Play and starts the wrong run.
        for (var b : new Button[] {play, step, reset}) {
            b.setFocusTraversable(false);
        }
    }

    private static String speedText(int stepsPerFrame) {
        return stepsPerFrame == EngineRunController.FULL_SPEED ? "full speed" : stepsPerFrame + " steps/frame";
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPrefHeight(40);
        return s;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("run-button");
        b.setTooltip(tip(tip));
        return b;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
