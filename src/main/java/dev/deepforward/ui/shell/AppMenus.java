package dev.deepforward.ui.shell;

import dev.deepforward.ui.run.RunController;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The menu bar; its accelerators are the window's Ctrl shortcuts. */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar create(Stage stage, DesignDocument doc, DesignCommands commands, RunController run,
            Theme initialTheme, Consumer<Theme> setTheme) {
        MenuItem newDesign = item("New design", "menu-new", null, () -> doc.replace(RunSpec.defaults(), "New design"));
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        Menu file = new Menu("File", null, newDesign, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "menu-undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), doc::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> label("Undo", doc.history().undoLabelProperty().get()),
                doc.history().undoLabelProperty()));
        undo.disableProperty().bind(doc.history().canUndoProperty().not());
        MenuItem redo = item("Redo", "menu-redo",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), doc::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> label("Redo", doc.history().redoLabelProperty().get()),
                doc.history().redoLabelProperty()));
        redo.disableProperty().bind(doc.history().canRedoProperty().not());
        MenuItem duplicate = item("Duplicate layer", "menu-duplicate",
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), commands::duplicateSelected);
        MenuItem delete = item("Delete layer", "menu-delete", new KeyCodeCombination(KeyCode.DELETE), commands::deleteSelected);
        duplicate.disableProperty().bind(doc.selectedLayerProperty().lessThan(0));
        delete.disableProperty().bind(doc.selectedLayerProperty().lessThan(0));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), duplicate, delete);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("menu-theme-light");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (initialTheme == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme.accept(Theme.LIGHT));
        dark.setOnAction(e -> setTheme.accept(Theme.DARK));
        MenuItem fullScreen = item("Full screen", "menu-fullscreen", new KeyCodeCombination(KeyCode.F11),
                () -> stage.setFullScreen(!stage.isFullScreen()));
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem(), fullScreen);

        MenuItem play = item("Play / Pause    Space", "menu-play", null, run::togglePlay);
        play.disableProperty().bind(doc.canPlayProperty().not());
        MenuItem step = item("Step    S", "menu-step", null, run::step);
        MenuItem reset = item("Reset    R", "menu-reset", null, run::reset);
        Menu runMenu = new Menu("Run", null, play, step, reset);

        MenuBar bar = new MenuBar(file, edit, view, runMenu);
        bar.setId("menu-bar");
        return bar;
    }

    private static String label(String verb, String what) {
        return what == null || what.isEmpty() ? verb : verb + " " + what;
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
