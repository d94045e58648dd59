package dev.deepforward.ui.shell;

import dev.deepforward.ui.chart.TrainingCharts;
import dev.deepforward.ui.designer.DesignerView;
import dev.deepforward.ui.designer.LayerPalette;
import dev.deepforward.ui.inspector.LayerInspector;
import dev.deepforward.ui.inspector.TrainingInspector;
import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.run.EngineRunController;
import dev.deepforward.ui.run.RunController;
import dev.deepforward.ui.run.SurfaceFeed;
import java.io.IOException;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the workbench together: one {@link DesignDocument} observed by every panel, the run controller,
 * the layout (palette and data | designer over charts | inspector), menus, shortcuts, theme and the
 * remembered window settings. Panels are built here and know nothing of each other.
 */
public final class WorkbenchWindow {

    private final Stage stage;
    private final PrefsStore prefsStore;
    private final DesignDocument doc = new DesignDocument();
    private final DesignCommands commands = new DesignCommands(doc);
    private final TrainingCharts charts = new TrainingCharts();
    private final RunController run;
    private final SurfaceFeed surfaceFeed;
    private final DesignerView designer;
    private final SplitPane main;
    private final SplitPane centre;
    private final Scene scene;
    private Theme theme;

    public WorkbenchWindow(Stage stage, PrefsStore prefsStore) {
        this.stage = stage;
        this.prefsStore = prefsStore;
        UiPrefs prefs = prefsStore.load();
        theme = Theme.of(prefs.theme());
        EngineRunController engine = new EngineRunController(doc, charts);
        surfaceFeed = new SurfaceFeed(engine, charts);
        run = engine;

        designer = new DesignerView(doc, commands);
        Pane overlay = new Pane();
        overlay.setMouseTransparent(true);
        overlay.setId("drag-overlay");
        designer.canvas().dragCoordinator().setOverlay(overlay);

        LayerPalette palette = new LayerPalette(doc, commands, designer.canvas().dragCoordinator());
        VBox left = new VBox(14, palette, new Separator(), new DataPanel(doc));
        left.getStyleClass().add("side-panel");
        left.setMinWidth(190);

        VBox inspectors = new VBox(14, new LayerInspector(doc, commands), new Separator(), new TrainingInspector(doc));
        inspectors.getStyleClass().add("side-panel");
        ScrollPane right = new ScrollPane(inspectors);
        right.setId("inspector-scroll");
        right.setFitToWidth(true);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        right.setMinWidth(300);
        right.getStyleClass().add("inspector-scroll");

        VBox chartArea = new VBox(new RunBanner(run), charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        centre = new SplitPane(designer, chartArea);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(prefs.chartDivider());
        main = new SplitPane(left, centre, right);
        main.setDividerPositions(prefs.leftDivider(), prefs.rightDivider());
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        BorderPane root = new BorderPane();
        root.setTop(new VBox(AppMenus.create(stage, doc, commands, run, theme, this::setTheme), new MainToolbar(doc, run)));
        root.setCenter(main);
        root.setBottom(new StatusBar(doc, run.status()));
        StackPane layers = new StackPane(root, overlay);
        layers.setId("workbench-root");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(layers, Math.min(prefs.width(), screen.getWidth()), Math.min(prefs.height(), screen.getHeight()));
        KeyboardShortcuts.install(scene, doc, run);
        applyTheme();
        stage.setScene(scene);
        stage.setTitle("DeepForward Workbench");
        stage.setMaximized(prefs.maximized());
        stage.setOnHidden(e -> {
            dispose();
            savePrefs();
        });
        doc.select(0);
    }

    public void show() {
        stage.show();
    }

    /** Closes every run (the window's own close does this too). */
    public void dispose() {
        run.close();
        surfaceFeed.close();
    }

    public void setTheme(Theme t) {
        theme = t;
        applyTheme();
    }

    private void applyTheme() {
        scene.getStylesheets().setAll(theme.stylesheets());
        charts.setTheme(theme.chart());
        designer.canvas().setTheme(theme.chart());
    }

    /** The window's settings now (size, theme, dividers). */
    public UiPrefs currentPrefs() {
        double[] m = main.getDividerPositions();
        double[] c = centre.getDividerPositions();
        return new UiPrefs(stage.isMaximized() ? stage.getWidth() : scene.getWidth(),
                stage.isMaximized() ? stage.getHeight() : scene.getHeight(), stage.isMaximized(), theme.id(),
                m.length > 0 ? m[0] : 0.14, m.length > 1 ? m[1] : 0.78, c.length > 0 ? c[0] : 0.5).sanitized();
    }

    public void savePrefs() {
        try {
            prefsStore.save(currentPrefs());
        } catch (IOException e) {
            System.err.println("Could not save window settings to " + prefsStore.file() + ": " + e.getMessage());
        }
    }

    public DesignDocument document() { return doc; }
    public DesignCommands commands() { return commands; }
    public DesignerView designer() { return designer; }
    public TrainingCharts charts() { return charts; }
    public RunController runController() { return run; }
    public Theme theme() { return theme; }
}
