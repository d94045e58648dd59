package dev.deepforward.ui.shell;

import dev.deepforward.engine.run.Provenance;
import dev.deepforward.ui.lesson.LessonKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Getting started, Keyboard shortcuts and About, each a small window of its own beside the workbench
 * (one of each; asking again brings it to the front). The key table is made from the places the keys are
 * defined ({@link KeyboardShortcuts#KEYS}, {@link LessonKeys#KEYS} and the menus' accelerators), so it
 * stays true when a key changes.
 */
final class HelpPages {

    /** One row of the key table. */
    record Row(String keys, String does) {
    }

    /** What Getting started offers besides reading. */
    record Actions(Runnable openLessonOne, Runnable showWelcome) {
    }

    private final Window owner;
    private final Supplier<List<String>> stylesheets;
    private final Actions actions;
    private final Map<String, Stage> open = new HashMap<>();
    private MenuBar menus;

    HelpPages(Window owner, Supplier<List<String>> stylesheets, Actions actions) {
        this.owner = owner;
        this.stylesheets = stylesheets;
        this.actions = actions;
    }

    /** The menu bar whose accelerators the key table lists (set once the menus are built). */
    void setMenus(MenuBar menus) {
        this.menus = menus;
    }

    // ---- Getting started ----------------------------------------------------------------------

    void showGettingStarted() {
        Label intro = para("DeepForward Workbench lets you watch deep feed-forward networks learn. The window has "
                + "three columns: the layer palette and the data on the left, the network over its charts in "
                + "the middle, and the inspector for the selected layer and the training on the right.");
        Label steps = para("""
                1. Build a network: drag layers from the palette into the network, click one to change it.
                2. Press Space to train; watch the loss fall and the gradients of every layer.
                3. Flip one thing with 1, 2, 3 or 4 (init, activation, batch norm, dropout), or press C to \
                train two variants side by side and compare their curves.
                4. Lessons → Catalogue holds the lessons that walk you through all of it, with quizzes \
                and experiments. Your progress is saved.
                5. File → Save keeps your design as a .dfw file; double-click it to open it again.""");
        Label more = para("Help → Keyboard shortcuts lists every key. For a guided tour of the window, open "
                + "lesson 1 below; Lessons → Catalogue has the others.");
        Button lesson = new Button("Open lesson 1");
        lesson.setId("help-open-lesson-1");
        lesson.setDefaultButton(true);
        Button welcome = new Button("Show the welcome pane");
        welcome.setId("help-show-welcome");
        VBox page = new VBox(12, heading("Getting started"), intro, steps, more, new HBox(8, lesson, welcome));
        page.setId("help-getting-started");
        Stage stage = show("getting-started", "Getting started", page, 560, 460);
        lesson.setOnAction(e -> {
            stage.close();
            actions.openLessonOne().run();
        });
        welcome.setOnAction(e -> {
            stage.close();
            actions.showWelcome().run();
        });
    }

    // ---- Keyboard shortcuts -------------------------------------------------------------------

    /** The single keys, the lesson keys and the Ctrl shortcuts, as the key table shows them. */
    List<List<Row>> keyTable() {
        List<Row> single = new ArrayList<>();
        KeyboardShortcuts.KEYS.forEach(k -> single.add(new Row(k.keys(), k.does())));
        List<Row> lesson = new ArrayList<>();
        LessonKeys.KEYS.forEach(k -> lesson.add(new Row(k.keys(), k.does() + " (" + k.when() + ")")));
        List<Row> ctrl = new ArrayList<>();
        if (menus != null) {
            for (Menu m : menus.getMenus()) {
                collectAccelerators(m.getText(), m.getItems(), ctrl);
            }
        }
        KeyboardShortcuts.EXTRA_SHORTCUTS.forEach(k -> ctrl.add(new Row(k.keys(), k.does())));
        return List.of(single, lesson, ctrl);
    }

    private static void collectAccelerators(String path, List<MenuItem> items, List<Row> out) {
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            String text = item.getText() == null ? "" : item.getText().replaceAll("\\s{2,}.*$", "");
            if (item instanceof Menu sub) {
                collectAccelerators(path + " \u2192 " + text, sub.getItems(), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Row(item.getAccelerator().getDisplayText(), path + " \u2192 " + text));
            }
        }
    }

    void showKeys() {
        List<List<Row>> table = keyTable();
        String[] titles = {"Single keys (not while typing in a field)", "Lessons", "With Ctrl (\u2318 on a Mac)"};
        GridPane grid = new GridPane();
        grid.setId("help-keys-table");
        grid.setHgap(18);
        grid.setVgap(4);
        // The key column is as wide as its longest key and never cuts one; the descriptions wrap.
        javafx.scene.layout.ColumnConstraints keyColumn = new javafx.scene.layout.ColumnConstraints();
        keyColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints doesColumn = new javafx.scene.layout.ColumnConstraints();
        doesColumn.setHgrow(Priority.ALWAYS);
        doesColumn.setMinWidth(0);
        grid.getColumnConstraints().setAll(keyColumn, doesColumn);
        int row = 0;
        for (int s = 0; s < table.size(); s++) {
            Label title = new Label(titles[s]);
            title.getStyleClass().add("help-section");
            title.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 2 0;");
            grid.add(title, 0, row++, 2, 1);
            for (Row r : table.get(s)) {
                Label key = new Label(r.keys());
                key.getStyleClass().add("help-key");
                key.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
                key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label does = para(r.does());
                does.getStyleClass().add("help-does");
                grid.add(key, 0, row);
                grid.add(does, 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox page = new VBox(8, heading("Keyboard shortcuts"), scroll);
        page.setId("help-keys");
        show("keys", "Keyboard shortcuts", page, 560, 600);
    }

    // ---- About --------------------------------------------------------------------------------

    /**
     * The third-party notices shipped in the app's jar (META-INF/NOTICE), or a line saying they are missing.
     * Other jars on the class path have a META-INF/NOTICE of their own: the one beside these classes is read.
     */
    static String notices() {
        try {
            String home = HelpPages.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
            var all = HelpPages.class.getClassLoader().getResources("META-INF/NOTICE");
            while (all.hasMoreElements()) {
                java.net.URL url = all.nextElement();
                String u = url.toString();
                if (u.startsWith(home) || u.startsWith("jar:" + home + "!")) {
                    try (InputStream in = url.openStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // fall through
        }
        return "The NOTICE file is missing from this build.";
    }

    void showAbout() {
        Label name = heading("DeepForward Workbench");
        Label version = new Label("Version " + Provenance.appVersion());
        version.setId("about-version");
        Label java = new Label("Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
        Label licence = para("Licensed under the Apache License, Version 2.0 (LICENSE in the sources and in the "
                + "jar's META-INF). It runs on the libraries below, each under its own licence.");
        licence.setId("about-licence");
        TextArea notices = new TextArea(notices());
        notices.setId("about-notices");
        notices.setEditable(false);
        notices.setWrapText(true);
        notices.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(notices, Priority.ALWAYS);
        VBox page = new VBox(8, name, version, java, licence, notices);
        page.setId("help-about");
        show("about", "About DeepForward Workbench", page, 760, 560);
    }

    // ---- windows ------------------------------------------------------------------------------

    private Stage show(String key, String title, VBox page, double width, double height) {
        Stage stage = open.get(key);
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return stage;
        }
        page.setStyle("-fx-padding: 16;");
        page.getStyleClass().add("help-page");
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        // The page fits a small screen: at most the owner's size.
        double w = Math.min(width, Math.max(320, owner.getWidth() - 40));
        double h = Math.min(height, Math.max(240, owner.getHeight() - 60));
        Scene scene = new Scene(page, w, h);
        scene.getStylesheets().setAll(stylesheets.get());
        Stage s = stage;
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.close();
            }
        });
        stage.setScene(scene);
        open.put(key, stage);
        stage.show();
        return stage;
    }

    /** The help window showing {@code key} ("getting-started", "keys", "about"), if open. */
    Stage window(String key) {
        Stage s = open.get(key);
        return s != null && s.isShowing() ? s : null;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        return l;
    }

    private static Label para(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
