package dev.deepforward.ui.shell;

import dev.deepforward.ui.run.RunAlert;
import dev.deepforward.ui.run.RunController;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A strip above the charts that says what went wrong with the run, where and why (a diverged run names
 * the layer whose gradient blew up first and what to try). Hidden while all is well.
 */
final class RunBanner extends HBox {

    private final Label title = new Label();
    private final Label detail = new Label();

    RunBanner(RunController run) {
        setId("run-banner");
        getStyleClass().add("run-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        title.setId("run-banner-title");
        title.getStyleClass().add("run-banner-title");
        detail.setId("run-banner-detail");
        detail.getStyleClass().add("run-banner-detail");
        detail.setWrapText(true);
        // The cause is a long sentence: wrap it rather than cut it off with an ellipsis.
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reset = new Button("Reset");
        reset.setId("run-banner-reset");
        reset.setOnAction(e -> run.reset());
        reset.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, reset);
        run.status().alertProperty().addListener((o, a, alert) -> show(alert));
        show(run.status().alertProperty().get());
    }

    private void show(RunAlert alert) {
        boolean on = alert != null;
        setVisible(on);
        setManaged(on);
        if (on) {
            title.setText("⚠ " + alert.title());
            detail.setText(alert.detail());
            getStyleClass().setAll("run-banner", "alert-" + alert.kind().name().toLowerCase());
        }
    }
}
