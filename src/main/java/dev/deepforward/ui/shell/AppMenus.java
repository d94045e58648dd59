package dev.deepforward.ui.shell;

import dev.deepforward.engine.Backend;
import dev.deepforward.ui.export.Exports;
import dev.deepforward.ui.files.DocumentSession;
import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.run.RunController;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
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

/**
 * The menu bar; its accelerators are the window's Ctrl shortcuts. Single-key shortcuts (Space, S, R, F5,
 * 1–4) are handled by {@link KeyboardShortcuts} and only shown in the items' text.
 */
final class AppMenus {

    private final MenuBar bar;
    private final RadioMenuItem light = new RadioMenuItem("Light theme");
    private final RadioMenuItem dark = new RadioMenuItem("Dark theme");
    private final Menu recentMenu = new Menu("Open Recent");

    AppMenus(WorkbenchWindow w) {
        Stage stage = w.stage();
        DesignDocument doc = w.document();
        DesignCommands commands = w.commands();
        RunController run = w.runController();
        DocumentSession session = w.session();

        MenuItem newDesign = item("New design", "menu-new", key(KeyCode.N), session::newDesign);
        MenuItem open = item("Open…", "menu-open", key(KeyCode.O), session::open);
        recentMenu.setId("menu-recent");
        session.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent(session));
        fillRecent(session);
        MenuItem save = item("Save", "menu-save", key(KeyCode.S), session::save);
        MenuItem saveAs = item("Save As…", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), session::saveAs);
        Menu exportChart = new Menu("Export chart");
        exportChart.setId("menu-export-chart");
        // Rebuilt on opening: the decision surface is offered only while it is shown.
        exportChart.setOnShowing(e -> fillExportCharts(exportChart, w.exports()));
        fillExportCharts(exportChart, w.exports());
        MenuItem exportMetrics = item("Export metrics…", "menu-export-metrics", null, w.exports()::exportMetrics);
        MenuItem quit = item("Quit", "menu-quit", key(KeyCode.Q), w::requestClose);
        MenuItem openLesson = item("Open lesson…", "menu-open-lesson", null, () -> w.lessons().chooseAndOpen(w.session().dialogs()));
        Menu file = new Menu("File", null, newDesign, open, recentMenu, openLesson, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportChart, exportMetrics, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "menu-undo", key(KeyCode.Z), doc::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> label("Undo", doc.history().undoLabelProperty().get()),
                doc.history().undoLabelProperty()));
        undo.disableProperty().bind(doc.history().canUndoProperty().not());
        MenuItem redo = item("Redo", "menu-redo",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), doc::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> label("Redo", doc.history().redoLabelProperty().get()),
                doc.history().redoLabelProperty()));
        redo.disableProperty().bind(doc.history().canRedoProperty().not());
        MenuItem duplicate = item("Duplicate layer", "menu-duplicate", key(KeyCode.D), commands::duplicateSelected);
        MenuItem delete = item("Delete layer", "menu-delete", new KeyCodeCombination(KeyCode.DELETE), commands::deleteSelected);
        duplicate.disableProperty().bind(doc.selectedLayerProperty().lessThan(0));
        delete.disableProperty().bind(doc.selectedLayerProperty().lessThan(0));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), duplicate, delete);

        ToggleGroup themes = new ToggleGroup();
        light.setId("menu-theme-light");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        themeChanged(w.theme());
        light.setOnAction(e -> w.setTheme(Theme.LIGHT));
        dark.setOnAction(e -> w.setTheme(Theme.DARK));
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode    F5");
        presenter.setId("menu-presenter");
        presenter.selectedProperty().bind(w.presenter().activeProperty());
        presenter.setOnAction(e -> w.presenter().toggle());
        CheckMenuItem network = new CheckMenuItem("Network above the charts    H");
        network.setId("menu-network");
        network.setSelected(true);
        w.networkShownProperty().addListener((o, a, shown) -> network.setSelected(shown));
        network.setOnAction(e -> {
            if (network.isSelected() != w.networkShownProperty().get()) {
                w.toggleNetwork();
            }
        });
        CheckMenuItem sides = new CheckMenuItem("Side panels");
        sides.setId("menu-side-panels");
        sides.setAccelerator(key(KeyCode.B));
        sides.setSelected(true);
        w.sidePanelsProperty().addListener((o, a, shown) -> sides.setSelected(shown));
        sides.setOnAction(e -> {
            // A click ticks the item before this runs, Ctrl+B does not: the window's state decides.
            w.toggleSidePanels();
            sides.setSelected(w.sidePanelsProperty().get());
        });
        // The loss chart's "Loss | LR" switch, also here: a cell too narrow to draw it still has a way back to the loss.
        CheckMenuItem learningRate = new CheckMenuItem("Learning rate in place of the loss");
        learningRate.setId("menu-learning-rate");
        learningRate.setAccelerator(key(KeyCode.L));
        javafx.beans.property.IntegerProperty lossView = w.charts().lossView().selectedProperty();
        learningRate.setSelected(lossView.get() == 1);
        lossView.addListener((o, a, i) -> learningRate.setSelected(i.intValue() == 1));
        learningRate.setOnAction(e -> {
            // A click ticks the item before this runs, Ctrl+L does not: the chart's state decides.
            w.charts().showLearningRate(lossView.get() != 1);
            learningRate.setSelected(lossView.get() == 1);
        });
        MenuItem fullScreen = item("Full screen", "menu-fullscreen", new KeyCodeCombination(KeyCode.F11),
                () -> stage.setFullScreen(!stage.isFullScreen()));
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem(), presenter, network, sides, learningRate, fullScreen);

        MenuItem play = item("Play / Pause    Space", "menu-play", null, run::togglePlay);
        play.disableProperty().bind(doc.canPlayProperty().not());
        MenuItem step = item("Step    S", "menu-step", null, run::step);
        MenuItem reset = item("Reset    R", "menu-reset", null, run::reset);
        MenuItem toggles = new MenuItem("Flip Init / Activation / Batch norm / Dropout    1 – 4");
        toggles.setDisable(true); // a reminder of the keys, not a command
        Menu runMenu = new Menu("Run", null, play, step, reset, new SeparatorMenuItem(), toggles,
                new SeparatorMenuItem(), engineMenu(run));

        MenuItem catalogue = item("Catalogue", "menu-lesson-catalogue", null, w.lessons()::showCatalogue);
        MenuItem nextStep = item("Next step    PgDn / N", "menu-lesson-next", null, w.lessons()::next);
        MenuItem prevStep = item("Previous step    PgUp / P", "menu-lesson-previous", null, w.lessons()::previous);
        // Enter is the key (LessonKeys); written in the text, not an accelerator, so Enter stays a button's elsewhere.
        MenuItem setUp = item("Set up this run    Enter", "menu-lesson-setup", null, w.lessons()::setUpStep);
        MenuItem openTrack = item("Open lecture track…", "menu-lesson-open-track", null,
                () -> w.lessons().chooseAndOpenTrack(stage));
        // The lesson step the work came from (a set-up, or the file opened), at that step; the work stays as it is.
        MenuItem workLesson = item("Open the work's lesson", "menu-lesson-reopen",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                w::reopenWorkLesson);
        Menu lessonsMenu = new Menu("Lessons", null, catalogue, workLesson, new SeparatorMenuItem(), setUp, prevStep,
                nextStep, new SeparatorMenuItem(), openTrack);
        for (java.nio.file.Path t : dev.deepforward.ui.lesson.LessonPlayer.builtInTracks()) {
            String name = t.getFileName().toString().replaceFirst("\\.[^.]*$", "").replace('-', ' ');
            lessonsMenu.getItems().add(item("Open lecture track: " + name, "menu-lesson-track-" + name.replace(' ', '-'),
                    null, () -> w.lessons().openTrack(t)));
        }
        MenuItem nextDemo = item("Next demo", "menu-lesson-next-demo", null, w.lessons()::nextDemo);
        MenuItem previousDemo = item("Previous demo    Shift+D", "menu-lesson-previous-demo", null, w.lessons()::previousDemo);
        // The step items need an open lesson (the catalogue alone has no step).
        for (MenuItem m : List.of(setUp, prevStep, nextStep)) {
            m.setDisable(true);
        }
        lessonsMenu.setOnShowing(e -> {
            var from = session.workLessonProperty().get();
            workLesson.setText(from == null ? "Open the work's lesson (the work is no lesson's)"
                    : "Open the work's lesson: " + from.inWords());
            for (MenuItem m : List.of(setUp, prevStep, nextStep)) {
                m.setDisable(!w.lessons().isLessonOpen());
            }
            // its key, as the step items show theirs (D works in presenter mode, where this menu is hidden)
            nextDemo.setText(w.lessons().nextDemoLabel() + (w.lessons().hasNextDemo() ? "    D" : ""));
            nextDemo.setDisable(!w.lessons().hasNextDemo());
            previousDemo.setDisable(!w.lessons().hasPreviousDemo());
        });
        nextDemo.setDisable(true);
        previousDemo.setDisable(true);
        lessonsMenu.getItems().addAll(nextDemo, previousDemo);
        HelpPages help = w.help();
        MenuItem gettingStarted = item("Getting started", "menu-help-getting-started", null, help::showGettingStarted);
        MenuItem keys = item("Keyboard shortcuts", "menu-help-keys", null, help::showKeys);
        MenuItem welcome = item("Welcome", "menu-help-welcome", null, w::showWelcome);
        MenuItem about = item("About DeepForward Workbench", "menu-help-about", null, help::showAbout);
        Menu helpMenu = new Menu("Help", null, gettingStarted, keys, welcome, new SeparatorMenuItem(), about);
        helpMenu.setId("menu-help");
        bar = new MenuBar(file, edit, view, runMenu, lessonsMenu, helpMenu);
        bar.setId("menu-bar");
    }

    /**
     * Run → Engine: which kernels the next networks compute with (the engine's {@code --backend}). A change
     * resets the run with the same seed, so the curves start over on the chosen kernels.
     */
    private static Menu engineMenu(RunController run) {
        ToggleGroup group = new ToggleGroup();
        Menu engine = new Menu("Engine");
        engine.setId("menu-engine");
        for (Backend b : Backend.values()) {
            String text = switch (b) {
                case AUTO -> "Automatic (by network size)";
                case DIRECT -> "Direct (OpenBLAS + vectorized Java)";
                case ND4J -> "ND4J operations (as on a GPU)";
            };
            RadioMenuItem item = new RadioMenuItem(text);
            item.setId("menu-engine-" + b.id());
            item.setToggleGroup(group);
            item.setSelected(b == Backend.processDefault());
            item.setOnAction(e -> {
                if (Backend.processDefault() != b) {
                    Backend.setProcessDefault(b);
                    run.reset();
                }
            });
            engine.getItems().add(item);
        }
        return engine;
    }

    MenuBar bar() {
        return bar;
    }

    /** Keeps the radio items right when the theme changes from elsewhere (an opened file). */
    void themeChanged(Theme t) {
        (t == Theme.DARK ? dark : light).setSelected(true);
    }

    private void fillRecent(DocumentSession session) {
        recentMenu.getItems().clear();
        for (Path p : session.recent().files()) {
            MenuItem m = new MenuItem(p.getFileName() + "    " + p.getParent());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> session.open(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static void fillExportCharts(Menu menu, Exports exports) {
        menu.getItems().clear();
        for (Exports.ChartEntry e : exports.entries()) {
            menu.getItems().add(item(e.title() + "…", "menu-export-" + e.stem(), null, () -> exports.exportChart(e)));
        }
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
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
