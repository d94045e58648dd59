package dev.deepforward.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The welcome card on the first start (no saved design, no lesson open): lesson 1, an example comparison,
 * and the five keys that matter. It floats over the charts and lets clicks beside it through; it goes as
 * soon as the person starts (a button, one of the keys, an edit, a lesson) and Help → Welcome brings it back.
 */
final class WelcomePane {

    /** What the card's buttons do. */
    record Actions(Runnable openLessonOne, Runnable exampleComparison) {
    }

    /** The five keys on the card: the ones a first session needs, from the window's key table. */
    static final java.util.List<String> FIVE = java.util.List.of("Space", "S or \u2192", "R", "1 2 3 4", "C");

    private final StackPane layer = new StackPane();
    private final VBox card;

    WelcomePane(Actions actions) {
        Label title = new Label("Welcome to DeepForward Workbench");
        title.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        Label what = new Label("Watch a deep feed-forward network learn: press Space and the loss falls, the "
                + "accuracy rises and every layer's gradient shows whether it learns.");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);

        Button lesson = new Button("Start lesson 1");
        lesson.setId("welcome-lesson-1");
        lesson.setDefaultButton(true);
        Button compare = new Button("Watch an example comparison");
        compare.setId("welcome-compare");
        Button close = new Button("Just let me build");
        close.setId("welcome-close");
        lesson.setOnAction(e -> {
            hide();
            actions.openLessonOne().run();
        });
        compare.setOnAction(e -> {
            hide();
            actions.exampleComparison().run();
        });
        close.setOnAction(e -> hide());
        HBox buttons = new HBox(8, lesson, compare, close);

        GridPane keys = new GridPane();
        keys.setId("welcome-keys");
        keys.setHgap(14);
        keys.setVgap(3);
        int row = 0;
        for (KeyboardShortcuts.Key k : KeyboardShortcuts.KEYS) {
            if (!FIVE.contains(k.keys())) {
                continue;
            }
            Label key = new Label(k.keys());
            key.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            keys.add(key, 0, row);
            keys.add(new Label(k.does()), 1, row++);
        }
        Label keysTitle = new Label("The five keys that matter");
        keysTitle.setStyle("-fx-font-weight: bold;");
        Label reopen = new Label("Help \u2192 Welcome brings this back; Help \u2192 Keyboard shortcuts lists every key.");
        reopen.setWrapText(true);
        reopen.setMinHeight(Region.USE_PREF_SIZE);
        reopen.setStyle("-fx-opacity: 0.75;");

        card = new VBox(12, title, what, buttons, keysTitle, keys, reopen);
        card.setId("welcome-pane");
        card.getStyleClass().add("welcome-pane");
        card.setMaxSize(560, Region.USE_PREF_SIZE);
        card.setPrefWidth(560);
        card.setStyle("-fx-padding: 20; -fx-background-color: -fx-background; -fx-background-radius: 8;"
                + " -fx-border-color: -fx-accent; -fx-border-radius: 8; -fx-border-width: 2;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 18, 0, 0, 4);");
        layer.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        layer.setPickOnBounds(false); // clicks beside the card reach the workbench
        layer.setVisible(false);
        layer.managedProperty().bind(layer.visibleProperty());
    }

    /** The layer to put over the window (transparent around the card). */
    StackPane node() {
        return layer;
    }

    void show() {
        layer.setVisible(true);
        card.requestFocus();
    }

    void hide() {
        layer.setVisible(false);
    }

    boolean isShown() {
        return layer.isVisible();
    }
}
