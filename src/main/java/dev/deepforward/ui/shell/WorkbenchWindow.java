package dev.deepforward.ui.shell;

import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.TrainingCharts;
import dev.deepforward.ui.designer.DesignerView;
import dev.deepforward.ui.designer.LayerPalette;
import dev.deepforward.ui.export.Exports;
import dev.deepforward.ui.export.MetricsRecorder;
import dev.deepforward.ui.export.MetricsTee;
import dev.deepforward.spec.json.WorkbenchLesson;
import dev.deepforward.ui.files.Autosave;
import dev.deepforward.ui.files.DocumentSession;
import dev.deepforward.ui.files.FileDialogs;
import dev.deepforward.ui.files.FxFileDialogs;
import dev.deepforward.ui.files.RecentFiles;
import dev.deepforward.ui.files.WorkbenchFile;
import dev.deepforward.ui.files.WorkbenchLayout;
import dev.deepforward.ui.inspector.LayerInspector;
import dev.deepforward.ui.inspector.TrainingInspector;
import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.presenter.PresenterLook;
import dev.deepforward.ui.presenter.PresenterMode;
import dev.deepforward.ui.run.EngineRunController;
import dev.deepforward.ui.run.RunController;
import dev.deepforward.ui.run.SurfaceFeed;
import dev.deepforward.ui.views.AnalysisViews;
import dev.deepforward.ui.views.StartupOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
 * the layout (palette and data | designer over charts | inspector), menus, shortcuts, theme, presenter
 * mode, the workbench file with its autosave, and the remembered window settings. Panels are built here
 * and know nothing of each other.
 */
public final class WorkbenchWindow {

    /**
     * How a window is set up beyond its settings file.
     *
     * @param dialogs  what the file commands ask the user ({@code null}: real JavaFX dialogs)
     * @param width    scene width, or 0 for the remembered size (fitted to the screen)
     * @param height   scene height, or 0 likewise
     * @param autosave whether to restore the autosaved work at start and keep it up to date
     */
    public record Options(FileDialogs dialogs, double width, double height, boolean autosave, boolean fillSmallScreen) {

        public Options(FileDialogs dialogs, double width, double height, boolean autosave) {
            this(dialogs, width, height, autosave, false);
        }

        public static Options defaults() {
            return new Options(null, 0, 0, true);
        }

        /** The app's own start: as {@link #defaults()}, and the first window fills a projector-sized screen. */
        public static Options app() {
            return new Options(null, 0, 0, true, true);
        }

        public Options withDialogs(FileDialogs d) {
            return new Options(d, width, height, autosave, fillSmallScreen);
        }
    }

    private final Stage stage;
    private final PrefsStore prefsStore;
    private final DesignDocument doc = new DesignDocument();
    private final DesignCommands commands = new DesignCommands(doc);
    private final TrainingCharts charts = new TrainingCharts();
    private final MetricsRecorder metrics = new MetricsRecorder();
    private final RunController run;
    private final SurfaceFeed surfaceFeed;
    private final DesignerView designer;
    private final DataPanel dataPanel;
    private final AnalysisViews views;
    private final dev.deepforward.ui.compare.CompareMode compareMode;
    private final SplitPane main;
    private final SplitPane centre;
    private final Node left;
    private final Node right;
    /** The run banner and the view tabs below the designer. */
    private final VBox chartArea;
    private final VBox topBars;
    /** The run controls: [ and ] move its Speed slider. */
    private final MainToolbar toolbar;
    private final StatusBar statusBar;
    /** The least the designer keeps above the charts: its title row and a strip of the network. */
    private static final double DESIGNER_STRIP = 60;
    /** Narrowest palette/data column and inspector: below this their controls would be cut. */
    static final double LEFT_MIN = 190;
    /** The side panels, network and charts: scrolls sideways only when a window narrower than 1024 needs it. */
    private final ScrollPane workArea;
    /**
     * The side panels as one column of two tabs (Layers · Data, Inspector) where the window is too narrow
     * for them as two columns beside the network and charts (a lesson open at 1024 or 1280 wide and Ctrl+B):
     * every field stays in the window, no scroll bar sideways, and the charts keep the rest of the width.
     */
    private final javafx.scene.control.TabPane sideTabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab layersTab = new javafx.scene.control.Tab("Layers · Data");
    private final javafx.scene.control.Tab inspectorTab = new javafx.scene.control.Tab("Inspector");
    /** Whether the side panels share the tabbed column now (when they are shown). */
    private boolean tabbedSides;
    /** The two columns' dividers while the side panels share the tabbed column. */
    private double[] wideDividers;
    /** The tabbed column's width: the inspector's least width and a little air. */
    static final double TABBED_WIDTH = 310;
    static final double RIGHT_MIN = 300;
    /**
     * Widest palette/data column and inspector: their controls need no more, and the split keeps a side
     * panel's pixel width when a lesson opens beside it, so on a wide screen a wider panel would leave the
     * network and charts the narrowest column (1920×1080: 430 px for the charts beside a 430 px inspector).
     */
    static final double LEFT_MAX = 260;
    static final double RIGHT_MAX = 380;
    /** The chart tabs' header and the charts' title row at scale 1 (they grow with presenter type). */
    private static final double CHART_CHROME = 72;
    /** Whether the side panels were put away because the window is too narrow for them and the charts. */
    private boolean autoHiddenPanels;
    /** The user brought the side panels back although the window is narrow: leave them until it widens. */
    private boolean panelsWanted;
    private final Scene scene;
    private final DocumentSession session;
    private final Autosave autosave;
    private final PresenterMode presenter;
    private final Exports exports;
    private final AppMenus menus;
    private final dev.deepforward.ui.lesson.LessonPlayer lessons;
    private final HelpPages help;
    private final WelcomePane welcome;
    /** Whether the window started with saved work (an autosave) to come back to. */
    private final boolean restoredWork;
    private Theme theme;
    /** Where the designer ends and the charts begin in presenter mode (fraction of the height). */
    private static final double PRESENTER_CHART_DIVIDER = 0.45;
    /** The side dividers (and the chart divider) while presenter mode has put the side panels away. */
    private double[] hiddenDividers;
    /** The side dividers while the user has put the side panels away (Ctrl+B), else null. */
    private double[] userHiddenDividers;
    private final javafx.beans.property.BooleanProperty sidePanels = new javafx.beans.property.SimpleBooleanProperty(true);
    private double hiddenChartDivider;
    /** The dividers at the moment presenter mode was asked for (null once used). */
    private double[] keyDividers;
    private double keyChartDivider;
    /** Whether the designer is shown above the charts (H hides it: charts only, for the wall). */
    private final javafx.beans.property.BooleanProperty networkShown = new javafx.beans.property.SimpleBooleanProperty(true);
    /** The designer/charts divider while the designer is put away. */
    private double networkDivider;
    private boolean disposed;
    /** Whether the window wears the presenter look now (it follows presenter mode with the resize). */
    private boolean presenterLook;
    /** Presenter mode's text and chart scales for the screen it is shown on (smaller on a small screen). */
    private double presenterScale = PresenterLook.SCALE;
    private double presenterChartScale = PresenterLook.CHART_SCALE;

    public WorkbenchWindow(Stage stage, PrefsStore prefsStore) {
        this(stage, prefsStore, Options.defaults());
    }

    public WorkbenchWindow(Stage stage, PrefsStore prefsStore, Options options) {
        this.stage = stage;
        this.prefsStore = prefsStore;
        UiPrefs prefs = prefsStore.load();
        theme = Theme.of(prefs.theme());
        Path home = prefsStore.file().toAbsolutePath().getParent();
        // The autosaved work goes into the document before the engine exists, so only it gets set up.
        Path autosaveFile = home.resolve(Autosave.FILE_NAME);
        Optional<WorkbenchFile> restored = options.autosave() ? Autosave.load(autosaveFile) : Optional.empty();
        restored.ifPresent(wb -> doc.replace(dev.deepforward.ui.model.Design.of(wb.spec(), wb.variants()), "Restore"));
        restoredWork = restored.isPresent();

        // Start-up options (e.g. -Ddeepforward.ui.dataset=mnist for screenshots) win over the restored work.
        StartupOptions.apply(doc);
        dev.deepforward.ui.StartTrace.mark("prefs and autosave read");
        EngineRunController engine = new EngineRunController(doc, new MetricsTee(charts, metrics));
        compareMode = engine.compareMode();
        surfaceFeed = new SurfaceFeed(engine, charts);
        run = engine;
        dev.deepforward.ui.StartTrace.mark("run controller");

        designer = new DesignerView(doc, commands);
        Pane overlay = new Pane();
        overlay.setMouseTransparent(true);
        overlay.setId("drag-overlay");
        designer.canvas().dragCoordinator().setOverlay(overlay);
        dev.deepforward.ui.StartTrace.mark("designer");

        LayerPalette palette = new LayerPalette(doc, commands, designer.canvas().dragCoordinator());
        dataPanel = new DataPanel(doc);
        VBox.setVgrow(dataPanel, Priority.ALWAYS);
        VBox leftBox = new VBox(14, palette, new Separator(), dataPanel);
        leftBox.getStyleClass().add("side-panel");
        leftBox.setId("left-panel");
        leftBox.setMinWidth(LEFT_MIN);
        leftBox.setMaxWidth(LEFT_MAX);
        left = leftBox;
        dev.deepforward.ui.StartTrace.mark("palette and data panel");

        VBox inspectors = new VBox(14, new LayerInspector(doc, commands), new Separator(), new TrainingInspector(doc));
        inspectors.getStyleClass().add("side-panel");
        ScrollPane rightScroll = new ScrollPane(inspectors);
        rightScroll.setId("inspector-scroll");
        rightScroll.setFitToWidth(true);
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rightScroll.setMinWidth(RIGHT_MIN);
        rightScroll.setMaxWidth(RIGHT_MAX);
        rightScroll.getStyleClass().add("inspector-scroll");
        right = rightScroll;
        dev.deepforward.ui.StartTrace.mark("inspectors");

        views = new AnalysisViews(doc, charts, designer.canvas()::showWeights);
        engine.setViews(views);
        dataPanel.loadedProperty().addListener((o, a, d) -> views.setDataset(d));
        chartArea = new VBox(new RunBanner(run), views.node());
        chartArea.setId("chart-area");
        VBox.setVgrow(views.node(), Priority.ALWAYS);
        centre = new SplitPane(designer, chartArea);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setId("centre-split");
        centre.setDividerPositions(prefs.chartDivider());
        main = new SplitPane(left, centre, right);
        main.setId("workbench-split");
        main.setDividerPositions(prefs.leftDivider(), prefs.rightDivider());
        dev.deepforward.ui.StartTrace.mark("charts");
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        layersTab.setId("layers-tab");
        inspectorTab.setId("inspector-tab");
        layersTab.setClosable(false);
        inspectorTab.setClosable(false);
        sideTabs.getTabs().setAll(layersTab, inspectorTab);
        sideTabs.setId("side-tabs");
        sideTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setMinWidth(RIGHT_MIN);
        sideTabs.setMaxWidth(RIGHT_MAX);
        SplitPane.setResizableWithParent(sideTabs, false);
        // A layer picked on the network (a click, even on the one chosen already, or a drop from the palette) is
        // edited in the inspector: its tab comes forward.
        doc.selectedLayerProperty().addListener((o, a, i) -> {
            if (tabbedSides && i.intValue() >= 0) {
                sideTabs.getSelectionModel().select(inspectorTab);
            }
        });
        designer.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != designer; n = n.getParent()) {
                if (tabbedSides && n.getStyleClass().contains("layer-card")) {
                    sideTabs.getSelectionModel().select(inspectorTab);
                    return;
                }
            }
        });
        // The lesson dock sits beside the workbench, outside the panels presenter mode puts away.
        // Beside a lesson in a narrow window (1024×700, 1280×800) with the side panels brought back by Ctrl+B,
        // four columns would need more than the width: the side panels then share one tabbed column (showSides).
        // Only a window narrower than the workbench's smallest still scrolls sideways rather than cut it off.
        workArea = new ScrollPane(main);
        workArea.setId("workbench-scroll");
        workArea.setFitToWidth(true);
        workArea.setFitToHeight(true);
        workArea.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        workArea.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        workArea.getStyleClass().add("edge-to-edge");
        main.setMinHeight(0); // the height is the window's, as in the split: only the width scrolls
        lessons = new dev.deepforward.ui.lesson.LessonPlayer(doc, compareMode, home, workArea);
        engine.addRunEventListener(lessons);
        lessons.setEngine(engine);
        // a step about the gradient norms shows their charts first where the charts are stacked
        lessons.aboutGradientsProperty().addListener((o, was, on) -> charts.setGradientsFirst(on));
        // every set-up (Enter, Set up, D) shows the Training tab's charts from their top (the gradient charts first on
        // such a step) and the loss, or the learning rate on a step whose text is about that chart, as the room should see them
        lessons.setAfterSetUp(() -> {
            views.showTraining();
            charts.showLearningRate(lessons.stepShowsLearningRate());
            charts.gradientViewProperty().set(0); // the heatmap, not the Lines an earlier demo was switched to
            charts.scrollToTop();
        });
        // a step that points at the Network panel shows it when H has put it away
        lessons.setShowNetwork(() -> {
            if (!networkShown.get()) {
                toggleNetwork();
            }
        });
        dev.deepforward.ui.StartTrace.mark("lesson player");

        FileDialogs dialogs = options.dialogs() != null ? options.dialogs() : new FxFileDialogs(() -> stage);
        session = new DocumentSession(doc, dialogs, new RecentFiles(home.resolve("recent-files.json")),
                this::currentLayout, this::applyLayout);
        session.setLiveChanges(engine::liveChanges);
        session.setLessonStep(lessons::stepOrigin); // a set-up's work remembers its lesson step; the title names it
        session.openLessonsWith(lessons::open); // File → Open… and Open Recent open a lesson as the command line does
        session.openTracksWith(lessons::openTrack); // and a lecture track, ready for D
        session.setWorkTitle(lessons::workTitle); // Save names a lesson's set-up after the step on screen
        lessons.setWorkOwner(new dev.deepforward.ui.lesson.LessonPlayer.WorkOwner() {
            @Override
            public boolean mayReplace() {
                return session.mayReplaceWithLesson();
            }

            @Override
            public boolean replace(java.util.function.BooleanSupplier setUp) {
                return session.setUpLesson(setUp);
            }
        }); // a set-up makes untitled work, never unsaved changes to the person's file
        autosave = new Autosave(autosaveFile, session::autosaveSnapshot, options.autosave());
        presenter = new PresenterMode(stage, this::presenterLook);
        // The dividers as the person left them, taken on the key: by the time the presenter look comes (with
        // the full-screen resize, one side of it first) the split panes may already have squeezed the
        // designer to the charts' minimum, and saving that would shrink it on every round trip.
        presenter.activeProperty().addListener((o, was, on) -> {
            if (on && main.getItems().size() > 1) {
                keyDividers = wideDividers();
                keyChartDivider = chartDivider();
            }
        });
        exports = new Exports(charts, metrics, dialogs, session::lastDirectory);
        exports.installContextMenus();
        dev.deepforward.ui.StartTrace.mark("session, presenter, exports");

        BorderPane root = new BorderPane();
        help = new HelpPages(stage, () -> stage.getScene().getStylesheets(),
                new HelpPages.Actions(this::openLessonOne, this::showWelcome));
        welcome = new WelcomePane(new WelcomePane.Actions(this::openLessonOne, this::exampleComparison));
        menus = new AppMenus(this);
        help.setMenus(menus.bar());
        // The menu bar makes way in presenter mode (every command has a key); the toolbar moves what does not fit into its "»" menu.
        menus.bar().managedProperty().bind(menus.bar().visibleProperty());
        toolbar = new MainToolbar(doc, run, engine.compareMode());
        topBars = new VBox(menus.bar(), toolbar);
        root.setTop(topBars);
        // The panels beside a lesson give way (the side panels go, the charts scroll) before the window
        // would be laid out wider than the screen and cut off its menu bar and toolbar.
        ((javafx.scene.layout.Region) lessons.node()).setMinWidth(0);
        root.setCenter(lessons.node());
        statusBar = new StatusBar(doc, run.status(), views.analysis().activity(), views::showAnalysis);
        // A refused import says why where the person looks: the status bar and the same dialog as File > Open.
        dataPanel.setOnImportRefused((file, message) -> {
            List<String> lines = message.lines().toList();
            statusBar.notice("Not imported: " + (lines.isEmpty() ? "" : lines.get(0))
                    + (lines.size() > 2 ? " · " + lines.get(lines.size() - 1) : ""));
            javafx.application.Platform.runLater(() -> dialogs.showImportProblems(file, message));
        });
        dataPanel.setCsvChooser(() -> dialogs.chooseCsvToImport(session.lastDirectory()));
        root.setBottom(statusBar);
        // The lesson step the work came from (set up, or saved in the file opened): named in the status bar,
        // where a click (or Ctrl+Shift+L) opens the lesson at that step, unless that lesson is open already.
        session.workLessonProperty().addListener((o, a, l) -> showWorkLesson());
        lessons.onOpenChanged(this::showWorkLesson);
        statusBar.setOnLessonClicked(this::reopenWorkLesson);
        dev.deepforward.ui.StartTrace.mark("menus, toolbar, status bar");
        // A field that refused what was typed says so here (NumberEntry), until it is fixed or put back.
        root.addEventHandler(dev.deepforward.ui.NumberEntry.Notice.NOTICE, e -> {
            if (e.isResolved()) {
                statusBar.resolved(e.about());
            } else {
                statusBar.notice(e.message(), e.about());
            }
        });
        StackPane layers = new StackPane(root, welcome.node(), overlay);
        layers.setId("workbench-root");

        javafx.geometry.Dimension2D size = openingSize(prefsStore, prefs, options);
        // The app's maximized "Opening…" window holds the window's real inside size: the workbench takes that,
        // not the size chosen for an unmaximized window. Under openbox no resize follows a scene put on a
        // window that stays maximized, so a smaller scene left an empty strip (30 px at 1280×800) under the
        // status bar until F5 or Esc resized the window.
        boolean intoMaximized = stage.isShowing() && stage.isMaximized() && stage.getScene() != null
                && stage.getScene().getWidth() > 0 && stage.getScene().getHeight() > 0;
        scene = intoMaximized ? new Scene(layers, stage.getScene().getWidth(), stage.getScene().getHeight())
                : new Scene(layers, size.getWidth(), size.getHeight());
        dev.deepforward.ui.StartTrace.mark("scene");
        KeyboardShortcuts.install(scene, doc, run, new KeyboardShortcuts.Actions(presenter::toggle,
                () -> {
                    // Esc leaves presenter mode, or else puts the welcome card away.
                    boolean was = presenter.isActive();
                    presenter.leave();
                    if (!was && welcome.isShown()) {
                        welcome.hide();
                        return true;
                    }
                    return was;
                }, this::compare, this::toggleNetwork, welcome::hide, charts::scrollToNextRow,
                notches -> statusBar.say(toolbar.changeSpeed(notches)))); // the status bar says the speed now
        dev.deepforward.ui.lesson.LessonKeys.install(scene, lessons);
        dev.deepforward.ui.CutLabels.install(scene); // a label cut to "Develo…" shows its whole text on hover
        applyTheme();
        dev.deepforward.ui.StartTrace.mark("keys and theme");
        workArea.widthProperty().addListener((o, a, b) -> fitSidePanels());
        scene.heightProperty().addListener((o, a, b) -> fitChartArea());
        designer.stripMinHeight().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fitChartArea));
        topBars.heightProperty().addListener((o, a, b) -> fitChartArea());
        ((javafx.scene.layout.Region) statusBar).heightProperty().addListener((o, a, b) -> fitChartArea());
        fitChartArea();
        restored.ifPresent(wb -> {
            session.restored(wb);
            applyLayout(wb.layout());
        });
        stage.setScene(scene);
        // A stage that was sized before (reassertSize, or an earlier window on the same stage) would keep that
        // size and ignore the scene's: the window takes the size chosen above (a maximized one keeps its own).
        if (!intoMaximized) {
            stage.sizeToScene();
        }
        stage.titleProperty().bind(session.titleProperty());
        stage.setMaximized(openMaximized(prefsStore, prefs, options));
        // Closing with unsaved changes asks first (Save / Don't save / Cancel).
        stage.setOnCloseRequest(e -> {
            if (!session.confirmDiscard()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            dispose();
            savePrefs();
        });
        doc.revisionProperty().addListener((o, a, b) -> autosave.changed());
        // The welcome card goes once the person starts: an edit, a run, a lesson, a file.
        // (Not on every revision or phase: data being prepared at start changes both without the person.)
        doc.history().canUndoProperty().addListener((o, a, can) -> {
            if (can) {
                welcome.hide();
            }
        });
        run.status().phaseProperty().addListener((o, a, phase) -> {
            if (phase == dev.deepforward.ui.run.RunPhase.RUNNING) {
                welcome.hide();
            }
        });
        lessons.openProperty().addListener(o -> welcome.hide());
        session.fileProperty().addListener((o, a, b) -> welcome.hide());
        session.unsavedProperty().addListener((o, a, b) -> autosave.changed());
        session.fileProperty().addListener((o, a, b) -> autosave.changed());
        doc.select(0);
        lessons.applyStartup();
        dev.deepforward.ui.StartTrace.mark("window built");
    }

    /** The scene size the window opens with: the options' size, else the remembered or the first-launch one. */
    private static javafx.geometry.Dimension2D openingSize(PrefsStore prefsStore, UiPrefs prefs, Options options) {
        if (options.width() > 0 && options.height() > 0) {
            return new javafx.geometry.Dimension2D(options.width(), options.height());
        }
        // The first launch fills a projector-sized screen (the app's start) or takes ~90 % of a larger one; a
        // remembered size that no longer fits is clamped.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return WindowGeometry.sceneSize(java.nio.file.Files.isRegularFile(prefsStore.file()) ? prefs : null, screen,
                options.fillSmallScreen());
    }

    /** Whether the window opens maximized: as remembered, or the app's first window on a projector-sized screen. */
    private static boolean openMaximized(PrefsStore prefsStore, UiPrefs prefs, Options options) {
        if (options.width() > 0 && options.height() > 0) {
            return prefs.maximized();
        }
        return WindowGeometry.maximized(java.nio.file.Files.isRegularFile(prefsStore.file()) ? prefs : null,
                Screen.getPrimary().getVisualBounds(), options.fillSmallScreen());
    }

    /**
     * Puts the app's window on screen at once, at the size, place and look the workbench will have, saying
     * that the workbench is opening; the workbench built next on the same {@code stage} then fills it. Building
     * and styling the workbench's thousand-odd nodes is most of the start, and a person should see the
     * window come up while that happens (the app's own start).
     */
    public static void showOpening(Stage stage, PrefsStore prefsStore) {
        UiPrefs prefs = prefsStore.load();
        javafx.geometry.Dimension2D size = openingSize(prefsStore, prefs, Options.app());
        javafx.scene.control.Label opening = new javafx.scene.control.Label("Opening the workbench…");
        opening.getStyleClass().add("opening-note");
        StackPane root = new StackPane(opening);
        root.setId("opening");
        Scene first = new Scene(root, size.getWidth(), size.getHeight());
        first.getStylesheets().setAll(Theme.of(prefs.theme()).stylesheets());
        stage.titleProperty().unbind(); // a stage that held a workbench before
        stage.setTitle(DocumentSession.APP_TITLE);
        stage.setScene(first);
        stage.setMaximized(openMaximized(prefsStore, prefs, Options.app()));
        stage.show();
        WindowGeometry.reassertSize(stage);
    }

    /**
     * The engine (ND4J, the data, the first network) starts setting up once this window has drawn its
     * first frame on screen, instead of competing with it for the processor (the app's own start).
     */
    public void startEngineAfterFirstFrame() {
        if (run instanceof EngineRunController engine) {
            engine.startAfterFirstFrame(scene);
        }
    }

    public void show() {
        stage.show();
        dev.deepforward.ui.StartTrace.mark("stage shown");
        WindowGeometry.reassertSize(stage);
        // The window manager placed the opening window for its size; the workbench's differs a little, and
        // openbox then left it at the screen's corner with its title bar cut off. No place is remembered, so
        // the workbench opens centred.
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            stage.centerOnScreen();
        }
    }

    /**
     * Shows the welcome card when there is nothing to come back to: no autosaved design and no lesson open
     * or about to open (progress.json remembers the last one). The app does this at start when no file was
     * passed; tests and screenshots do not.
     */
    public void showWelcomeIfFirstRun() {
        if (!restoredWork && !lessons.isShown() && !lessons.isLessonOpen()) {
            welcome.show();
        }
    }

    /** Help → Welcome: the welcome card again. */
    public void showWelcome() {
        welcome.show();
    }

    /** Whether the welcome card is on screen. */
    public boolean welcomeShown() {
        return welcome.isShown();
    }

    /** The first built-in lesson, opened in the lesson panel. */
    public void openLessonOne() {
        welcome.hide();
        try (var files = java.nio.file.Files.list(dev.deepforward.lesson.LessonFolders.builtIn())) {
            files.filter(p -> p.getFileName().toString().matches("(?i).*\\.(dflesson|json)"))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString()))
                    .findFirst().ifPresentOrElse(lessons::open, lessons::showCatalogue);
        } catch (IOException | RuntimeException e) {
            lessons.showCatalogue();
        }
    }

    /**
     * The example comparison: the shipped ten-layer sigmoid network beside its ReLU twin, training. Without
     * the shipped workbench, the current design is compared the same way.
     */
    public void exampleComparison() {
        welcome.hide();
        Path folder = dev.deepforward.data.Assets.standard().directory("workbenches");
        Path tenLayers = folder == null ? null : folder.resolve("ten-layers.json");
        if (tenLayers != null && java.nio.file.Files.isRegularFile(tenLayers)) {
            session.open(tenLayers);
        }
        if (!compareMode.isOn()) {
            compareMode.compare(dev.deepforward.ui.compare.HeadlineToggle.ACTIVATION);
        }
        if (run.status().phaseProperty().get().isTerminal()) {
            run.reset(); // asked for the example, not for the ended run's curves: Play alone keeps those
        }
        run.play();
    }

    /**
     * The status bar's line about the lesson step the work came from: "From Lesson 7 · Batch normalization, step 3
     * · Ctrl+Shift+L opens it", or that the lesson file is gone; nothing for work of no lesson or while that
     * lesson is open.
     */
    private void showWorkLesson() {
        WorkbenchLesson from = session.workLessonProperty().get();
        if (from == null || lessons.shows(from)) {
            statusBar.showLesson("", false);
            return;
        }
        dev.deepforward.ui.lesson.LessonPlayer.locate(from).thenAccept(file -> {
            if (from == session.workLessonProperty().get() && !lessons.shows(from)) {
                statusBar.showLesson("From " + from.inWords() + (file == null ? " · that lesson file is gone"
                        : " · Ctrl+Shift+L opens it"), file != null);
            }
        });
    }

    /**
     * Lessons → Open the work's lesson (Ctrl+Shift+L, or a click on the status bar's line about it): the lesson
     * the work was set up from, at that step, the work left as it is; when the lesson is gone, says so.
     */
    public void reopenWorkLesson() {
        WorkbenchLesson from = session.workLessonProperty().get();
        if (from == null) {
            statusBar.notice("This work was not set up from a lesson");
            return;
        }
        lessons.reopen(from).thenAccept(shown -> {
            if (!shown) {
                statusBar.notice("The lesson this work came from is gone: " + from.inWords()
                        + (from.file() == null ? "" : " (" + from.file() + ")"));
            }
        });
    }

    /** A file handed over by the desktop or the command line: a lesson, a lecture track (ready for D) or a workbench. */
    public void openFile(Path file) {
        switch (dev.deepforward.ui.files.FileKind.of(file)) {
            case LESSON -> lessons.open(file);
            case TRACK -> lessons.openTrack(file);
            case WORKBENCH -> session.open(file);
        }
    }

    /** Quit: asks about unsaved changes, then closes the window (which stops the runs and autosaves). */
    public void requestClose() {
        if (session.confirmDiscard()) {
            stage.close();
        }
    }

    /** Closes every run and writes the autosave a last time (the window's own close does this too). */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        autosave.close();
        run.close();
        surfaceFeed.close();
        dataPanel.close();
        views.analysis().dispose(); // a search or transfer run in the background stops with the window
        presenter.close(); // the stage may outlive the window: nothing of the window stays hooked on it
        dev.deepforward.ui.chart.CanvasChart.windowClosed(scene); // nor do the charts' frame timers
    }

    public void setTheme(Theme t) {
        theme = t;
        applyTheme();
        autosave.changed();
    }

    /**
     * Puts the presenter look on or takes it off in one go: side panels, menu bar, lesson column, style
     * sheets, chart scale, then CSS and layout at once, so the next frame shows the finished picture and
     * no listener has a layout pass left to start (PresenterMode calls this with the full-screen resize).
     */
    private void presenterLook(boolean on) {
        presenterLook = on;
        if (on) {
            // The screen the wall shows: the full screen's size (the scene's may still be the window's when the
            // look comes with the first side of the resize), or the scene's where the window is not shown.
            double w = scene.getWidth();
            double h = scene.getHeight();
            if (stage.isShowing()) {
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(stage.getX(),
                        stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream()
                        .findFirst().orElse(javafx.stage.Screen.getPrimary()).getBounds();
                w = screen.getWidth();
                h = screen.getHeight();
            }
            presenterScale = PresenterLook.scale(w, h);
            presenterChartScale = PresenterLook.chartScale(w, h);
        }
        double[] sides = hiddenDividers;
        double chart = hiddenChartDivider;
        setSidePanelsShown(!on);
        lessons.setPresenter(on);
        applyTheme();
        if (stage.isShowing()) {
            javafx.scene.Parent root = scene.getRoot();
            root.resize(scene.getWidth(), scene.getHeight());
            root.applyCss();
            root.layout();
            fitChartArea();
            if (!on && sides != null) {
                // Laid out once more at the workbench's sizes: the dividers as they were before presenter
                // mode, not where the presenter minimums pushed them while the old style still applied.
                main.setDividerPositions(sides);
                setChartDivider(chart);
            }
            lessons.placeDivider();
            root.layout();
            if (!on && sides != null) {
                // The look comes with the first side of the resize out of full screen; once the window has
                // its own height, the dividers once more, or the designer pays for the height taken away.
                javafx.application.Platform.runLater(() -> {
                    if (!presenterLook && hiddenDividers == null) {
                        main.setDividerPositions(sides);
                        setChartDivider(chart);
                    }
                });
            }
        }
    }

    /** Style sheets, canvas colours and chart scale for the theme, or for presenter mode when it is on. */
    private void applyTheme() {
        List<String> sheets = new ArrayList<>(List.of(theme.stylesheets()));
        boolean big = presenterLook;
        if (big) {
            sheets.add(PresenterLook.stylesheet());
        }
        scene.getStylesheets().setAll(sheets);
        // presenter.css sets type for a 1280 × 800 wall; a smaller screen gets it in proportion (inline wins)
        scene.getRoot().setStyle(big && presenterScale < PresenterLook.SCALE
                ? String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * presenterScale) : "");
        var chartTheme = big ? PresenterLook.CHART : theme.chart();
        charts.setTheme(chartTheme);
        charts.setDrawScale(big ? presenterChartScale : 1);
        designer.canvas().setTheme(chartTheme);
        if (views != null) {
            views.setTheme(chartTheme);
            dataPanel.setTheme(chartTheme);
        }
        designer.canvas().setSizeScale(big ? presenterScale : 1);
        fitChartArea();
        if (menus != null) {
            menus.themeChanged(theme);
        }
    }

    /**
     * The designer gives way, down to a strip, before the charts' first two rows drop below their readable
     * minimum; on a screen too low even for that, the charts keep what is left above the strip and scroll.
     */
    private void fitChartArea() {
        if (chartArea == null || scene == null) {
            return;
        }
        boolean big = presenterLook;
        double want = CHART_CHROME * (big ? presenterScale : 1)
                + dev.deepforward.ui.chart.ChartArrangement.firstRowsHeight(big ? presenterChartScale : 1) + 16;
        double status = ((javafx.scene.layout.Region) statusBar).getHeight();
        double strip = networkShown.get() ? Math.max(DESIGNER_STRIP, designer.minHeight(-1)) + 8 : 0;
        double room = scene.getHeight() - topBars.getHeight() - status - strip;
        chartArea.setMinHeight(Math.max(0, Math.min(want, room)));
    }

    /**
     * Presenter mode takes the side panels out of the split pane (so the centre gets their width), hides
     * the menu bar and gives the charts more of the height: on a wall the curves are the story.
     */
    private void setSidePanelsShown(boolean show) {
        if (!show && userHiddenDividers != null) {
            restoreSidePanels(); // back where the user had them, so presenter mode can restore them on leaving
        }
        if (!show && main.getItems().size() > 1) {
            hiddenDividers = keyDividers != null ? keyDividers : wideDividers();
            hiddenChartDivider = keyDividers != null ? keyChartDivider : chartDivider();
            keyDividers = null;
            main.getItems().setAll(centre);
            setChartDivider(PRESENTER_CHART_DIVIDER);
            menus.bar().setVisible(false);
        } else if (show && main.getItems().size() == 1) {
            showSides(hiddenDividers != null ? hiddenDividers : wideDividers != null ? wideDividers
                    : new double[] {UiPrefs.defaults().leftDivider(), UiPrefs.defaults().rightDivider()});
            if (hiddenDividers != null) {
                setChartDivider(hiddenChartDivider);
            }
            hiddenDividers = null;
            menus.bar().setVisible(true);
            // Once the window is back at its own size (leaving full screen) and laid out.
            javafx.application.Platform.runLater(this::fitSidePanels);
        }
    }

    /**
     * Ctrl+B: puts the palette/data panel and the inspector away so the network and charts get the width
     * (a 1280-pixel laptop with a lesson open), or brings them back at their dividers. Presenter mode has
     * its own way of putting them away; there this does nothing.
     */
    public void toggleSidePanels() {
        if (presenter.isActive()) {
            return;
        }
        if (userHiddenDividers == null && main.getItems().size() > 1) {
            autoHiddenPanels = false;
            panelsWanted = false;
            putSidePanelsAway();
        } else if (userHiddenDividers != null) {
            panelsWanted = autoHiddenPanels;
            autoHiddenPanels = false;
            restoreSidePanels();
        }
    }

    /**
     * The width the centre needs for two charts side by side at their readable minimum, with the chart
     * grid's padding and the split's dividers.
     */
    private static double centreMinWidth() {
        return 2 * dev.deepforward.ui.chart.ChartArrangement.CHART_WIDTH + dev.deepforward.ui.chart.ChartArrangement.GAP
                + 16 + 12;
    }

    /**
     * Puts the side panels away by itself when the window (beside an open lesson) is too narrow for them
     * and two charts, and brings them back when it is wide enough again — unless the user chose otherwise
     * with Ctrl+B. The dividers stay as the user left them.
     */
    private void fitSidePanels() {
        double w = workArea.getWidth(); // what the window gives, not the split's own (scrolled) width
        if (w <= 0 || presenterLook) {
            return;
        }
        double need = twoColumnsWidth();
        if (w < need && !panelsWanted && userHiddenDividers == null && main.getItems().size() > 1) {
            autoHiddenPanels = true;
            putSidePanelsAway();
        } else if (w >= need + 24) {
            panelsWanted = false;
            if (autoHiddenPanels && userHiddenDividers != null) {
                autoHiddenPanels = false;
                restoreSidePanels();
            }
        }
        // Shown in a window too narrow for two columns beside two charts (the user's Ctrl+B): one tabbed column.
        if (main.getItems().size() > 1 && tabbedSides != wantsTabbedSides(w)) {
            showSides(wideDividers());
        }
    }

    /** The width the side panels as two columns and two charts between them need. */
    private static double twoColumnsWidth() {
        return LEFT_MIN + RIGHT_MIN + centreMinWidth();
    }

    /** Whether the side panels share one tabbed column at this width (with a margin against flicker). */
    private boolean wantsTabbedSides(double width) {
        double need = twoColumnsWidth();
        return width > 0 && (tabbedSides ? width < need + 24 : width < need);
    }

    /** The two columns' dividers: as they are, or as they were before the panels shared the tabbed column. */
    private double[] wideDividers() {
        if (main.getItems().size() == 3) {
            return main.getDividerPositions();
        }
        return wideDividers != null ? wideDividers.clone()
                : new double[] {UiPrefs.defaults().leftDivider(), UiPrefs.defaults().rightDivider()};
    }

    /**
     * Puts the side panels into the split: as two columns at {@code dividers} where the width allows, else as
     * one tabbed column at the left, the inspector's tab in front when a layer is picked. The two columns'
     * dividers are kept for when the window is wide enough again (and for the settings).
     */
    private void showSides(double[] dividers) {
        wideDividers = dividers.clone();
        boolean tabs = wantsTabbedSides(workArea.getWidth());
        main.getItems().setAll(centre); // neither panel in two places while they move
        if (tabs) {
            ((javafx.scene.layout.Region) left).setMaxWidth(Double.MAX_VALUE); // the column's width, not a strip of it
            layersTab.setContent(left);
            inspectorTab.setContent(right);
            main.getItems().setAll(sideTabs, centre);
            tabbedSides = true;
            if (doc.getSelectedLayer() >= 0) { // a layer picked while the panels were away is edited at once
                sideTabs.getSelectionModel().select(inspectorTab);
            }
            placeTabbedDivider();
            javafx.application.Platform.runLater(() -> {
                if (tabbedSides && main.getItems().size() == 2) {
                    placeTabbedDivider();
                }
            });
        } else {
            layersTab.setContent(null);
            inspectorTab.setContent(null);
            ((javafx.scene.layout.Region) left).setMaxWidth(LEFT_MAX);
            main.getItems().setAll(left, centre, right);
            tabbedSides = false;
            main.setDividerPositions(dividers);
            // Put back while the window is being resized, the split lays the panels out once more at the new
            // width, keeping their old pixel widths: place the dividers again after that pass.
            javafx.application.Platform.runLater(() -> {
                if (main.getItems().size() == 3 && userHiddenDividers == null) {
                    main.setDividerPositions(dividers);
                }
            });
        }
    }

    private void placeTabbedDivider() {
        double w = main.getWidth() > 0 ? main.getWidth() : workArea.getWidth();
        if (w > 0) {
            main.setDividerPositions(Math.min(0.5, TABBED_WIDTH / w));
        }
    }

    /** Whether the side panels share one tabbed column (a narrow window); false when they are two columns or away. */
    public boolean sidePanelsTabbed() {
        return tabbedSides && main.getItems().size() > 1;
    }

    /** Whether the side panels are away because the window is too narrow (not by the user's Ctrl+B). */
    public boolean sidePanelsAutoHidden() {
        return autoHiddenPanels;
    }

    private void putSidePanelsAway() {
        userHiddenDividers = wideDividers();
        main.getItems().setAll(centre);
        sidePanels.set(false);
    }

    private void restoreSidePanels() {
        double[] dividers = userHiddenDividers;
        userHiddenDividers = null;
        showSides(dividers);
        sidePanels.set(true);
    }

    /** Whether the user has the side panels shown (false after Ctrl+B; presenter mode does not change it). */
    public javafx.beans.property.ReadOnlyBooleanProperty sidePanelsProperty() {
        return sidePanels;
    }

    /** Where the designer ends and the charts begin (remembered while the designer is put away). */
    private double chartDivider() {
        return networkShown.get() ? centre.getDividerPositions()[0] : networkDivider;
    }

    private void setChartDivider(double position) {
        if (networkShown.get()) {
            centre.setDividerPositions(position);
        } else {
            networkDivider = position;
        }
    }

    /**
     * H: puts the designer away so the charts get the whole height, or brings it back where it was. On a
     * projector at 1280×800 the charts are the story once the network trains.
     */
    public void toggleNetwork() {
        if (networkShown.get()) {
            networkDivider = centre.getDividerPositions()[0];
            networkShown.set(false);
            centre.getItems().remove(designer);
            fitChartArea();
        } else {
            networkShown.set(true);
            centre.getItems().add(0, designer);
            centre.setDividerPositions(networkDivider);
            fitChartArea();
        }
    }

    /** Whether the designer is shown above the charts. */
    public javafx.beans.property.ReadOnlyBooleanProperty networkShownProperty() {
        return networkShown;
    }

    /** C: compare mode on or off (the last comparison chosen, or the Activation one at first). */
    private void compare() {
        compareMode.toggle();
    }

    // ---- layout, prefs -------------------------------------------------------------------------

    /** Dividers, theme and the charts' x axis now (dividers from before presenter mode while it is on). */
    public WorkbenchLayout currentLayout() {
        double[] m = hiddenDividers != null ? hiddenDividers
                : userHiddenDividers != null ? userHiddenDividers : wideDividers();
        double c = hiddenDividers != null ? hiddenChartDivider : chartDivider();
        UiPrefs d = UiPrefs.defaults();
        return new WorkbenchLayout(m.length > 0 ? m[0] : d.leftDivider(), m.length > 1 ? m[1] : d.rightDivider(),
                c, theme.id(), charts.chartXProperty().get().id());
    }

    /** Puts dividers, theme and the charts' x axis as a workbench file had them. */
    public void applyLayout(WorkbenchLayout layout) {
        if (userHiddenDividers != null) {
            userHiddenDividers = new double[] {layout.leftDivider(), layout.rightDivider()};
            setChartDivider(layout.chartDivider());
        } else if (hiddenDividers != null) {
            hiddenDividers = new double[] {layout.leftDivider(), layout.rightDivider()};
            hiddenChartDivider = layout.chartDivider();
        } else if (sidePanelsTabbed() || main.getItems().size() == 1) {
            wideDividers = new double[] {layout.leftDivider(), layout.rightDivider()};
            setChartDivider(layout.chartDivider());
        } else {
            main.setDividerPositions(layout.leftDivider(), layout.rightDivider());
            setChartDivider(layout.chartDivider());
        }
        setTheme(Theme.of(layout.theme()));
        charts.chartXProperty().set(layout.chartAxis());
    }

    /** The window's settings now (size, theme, dividers). */
    public UiPrefs currentPrefs() {
        WorkbenchLayout l = currentLayout();
        var before = presenter.windowSize();
        if (before != null) {
            // In presenter mode the settings keep the window as it was before, not the full screen.
            return new UiPrefs(before.getWidth(), before.getHeight(), presenter.windowMaximized(), theme.id(),
                    l.leftDivider(), l.rightDivider(), l.chartDivider()).sanitized();
        }
        return new UiPrefs(stage.isMaximized() ? stage.getWidth() : scene.getWidth(),
                stage.isMaximized() ? stage.getHeight() : scene.getHeight(), stage.isMaximized(), theme.id(),
                l.leftDivider(), l.rightDivider(), l.chartDivider()).sanitized();
    }

    public void savePrefs() {
        try {
            prefsStore.save(currentPrefs());
        } catch (IOException e) {
            System.err.println("Could not save window settings to " + prefsStore.file() + ": " + e.getMessage());
        }
    }

    public Stage stage() { return stage; }
    public Scene scene() { return scene; }
    public DesignDocument document() { return doc; }
    public DesignCommands commands() { return commands; }
    public DesignerView designer() { return designer; }
    public TrainingCharts charts() { return charts; }
    public AnalysisViews views() { return views; }

    /** One run or a side-by-side comparison. */
    public dev.deepforward.ui.compare.CompareMode compareMode() { return compareMode; }
    public RunController runController() { return run; }
    public Theme theme() { return theme; }
    public DocumentSession session() { return session; }
    public Autosave autosave() { return autosave; }
    public PresenterMode presenter() { return presenter; }
    public dev.deepforward.ui.lesson.LessonPlayer lessons() { return lessons; }
    HelpPages help() { return help; }
    public Exports exports() { return exports; }
    public MetricsRecorder metrics() { return metrics; }
    /** Whether the palette, data and inspector panels are in the window (presenter mode puts them away). */
    public boolean sidePanelsShown() { return main.getItems().size() > 1; }
}
