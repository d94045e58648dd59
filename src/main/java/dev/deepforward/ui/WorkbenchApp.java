package dev.deepforward.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The workbench window. Until the workbench issue lands this is a placeholder that says what the app
 * is and that the headless commands already work.
 */
public final class WorkbenchApp extends Application {

    /** Starts JavaFX and blocks until the window closes. */
    public static void start(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("DeepForward Workbench");
        title.setId("title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label body = new Label("The designer, live charts and gradient views arrive with the workbench issue.\n"
                + "Headless commands work now: java -jar target/deepforward.jar --help");
        body.setId("body");
        body.setWrapText(true);
        VBox root = new VBox(16, title, body);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(32));
        stage.setTitle("DeepForward Workbench");
        stage.setScene(new Scene(root, 900, 560));
        stage.show();
    }
}
