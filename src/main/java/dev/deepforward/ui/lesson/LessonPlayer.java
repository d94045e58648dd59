package dev.deepforward.ui.lesson;

import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.data.CatalogEntry;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.lesson.LectureTrack;
import dev.deepforward.lesson.LectureTracks;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonCatalog;
import dev.deepforward.lesson.LessonFolders;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.lesson.Step;
import dev.deepforward.lesson.StepRuns;
import dev.deepforward.lesson.Transfer;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import dev.deepforward.spec.json.WorkbenchLesson;
import dev.deepforward.ui.compare.CompareMode;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.DocumentListener;
import dev.deepforward.ui.run.EngineRunController;
import dev.deepforward.ui.run.RunEventListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The lesson player: opens lessons (off the FX thread: a lesson file is parsed and validated strictly),
 * walks their steps, sets steps up, watches the run for the step's checkpoints and keeps the user's
 * progress. Its dock sits to the right of the workbench in its own split, outside the panels presenter
 * mode puts away, so the lesson stays on the wall while the instructor talks through it.
 *
 * <p>FX thread only, except the loading it starts.
 */
public final class LessonPlayer implements RunEventListener {

    /** Opens this lesson file at start (demos, screenshots): {@code -Ddeepforward.ui.lesson=FILE}. */
    public static final String STARTUP_PROPERTY = "deepforward.ui.lesson";
    /** The one lessons folder the catalogue lists; default the built-in lessons and the user's own. */
    public static final String FOLDER_PROPERTY = LessonFolders.ONLY_PROPERTY;
    /** Where the dock starts, as the split's divider (fraction of the window width left of it). */
    static final double DIVIDER = 0.72;
    /** In presenter mode the lesson gets a little more room: its text is larger there. */
    static final double PRESENTER_DIVIDER = 0.66;

    /** An open lesson with everything worked out once: its steps' runs and where its files live. */
    record Open(Path file, Lesson lesson, List<StepRuns> runs) {
    }

    private final DesignDocument doc;
    private final CompareMode compare;
    private final StepSetup setup;
    private final ProgressStore progress;
    private final LessonDock dock;
    private final SplitPane split;
    private final ReadOnlyObjectWrapper<Open> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final javafx.beans.property.ReadOnlyBooleanWrapper aboutGradients =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "aboutGradients");
    private final List<CheckpointWatch> watches = new ArrayList<>();
    private int step;
    /** The lecture track being followed (null: none), the catalogue its demos were checked against, and the
     * index of the demo set up last (-1: none yet). */
    private LectureTrack track;
    private LessonCatalog trackCatalog;
    private int demo = -1;
    /** The document's undo depth right after the demo's set-up: below it, the set-up was undone. */
    private int demoUndoDepth = Integer.MAX_VALUE;
    /** Whether the demo's set-up was undone (it waits on the redo stack: Ctrl+Y brings it back). */
    private boolean demoUndone;
    private final ReadOnlyStringWrapper demoStatus = new ReadOnlyStringWrapper("");
    private StepView stepView;
    private boolean presenter;
    /** Who the work belongs to: asked before a set-up replaces it, and told it is being replaced. */
    private WorkOwner owner = WorkOwner.NONE;
    /** Pretrains a step's transfer source and starts the step's runs from it (null: no engine, e.g. tests). */
    private EngineRunController engine;
    /** Run after every set-up of a step (the Set up button, Enter, Next demo): the window scrolls its charts up. */
    private Runnable afterSetUp = () -> { };
    /** Brings the network back when it is put away (null-free; nothing without a window). */
    private Runnable showNetwork = () -> { };

    public LessonPlayer(DesignDocument doc, CompareMode compare, Path home, Node workbench) {
        this.doc = doc;
        this.compare = compare;
        this.setup = new StepSetup(doc);
        this.progress = ProgressStore.load(home.resolve(ProgressStore.FILE_NAME));
        this.dock = new LessonDock(this);
        // the track's position under the lesson header, and key D on the presenter's key line while a demo is to come
        demoStatus.addListener((o, was, status) -> showTrackLine());
        doc.revisionProperty().addListener((o, was, now) -> showTrackLine()); // an undone demo is not on screen
        doc.addListener((kind, edit) -> forgetLostDemo(kind));
        split = new SplitPane(workbench);
        split.setId("lesson-split");
        SplitPane.setResizableWithParent(dock, false);
    }

    /**
     * The work's owner as a lesson set-up sees it (the window's file session): a set-up must not turn the
     * person's own file into the lesson's network.
     */
    public interface WorkOwner {
        /** No file to look after (tests of the player alone). */
        WorkOwner NONE = new WorkOwner() {
            @Override
            public boolean mayReplace() {
                return true;
            }

            @Override
            public boolean replace(java.util.function.BooleanSupplier setUp) {
                return setUp.getAsBoolean();
            }
        };

        /** Before a set-up: false leaves the work as it is (the person cancelled the question about unsaved changes). */
        boolean mayReplace();

        /** Runs the set-up's edit so that the work it makes is a document of its own; answers what {@code setUp} did. */
        boolean replace(java.util.function.BooleanSupplier setUp);
    }

    public void setWorkOwner(WorkOwner owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    /** The engine that pretrains a step's transfer source and starts the step's runs from its layers. */
    public void setEngine(EngineRunController engine) {
        this.engine = engine;
    }

    /** What the window does after each set-up of a step (e.g. scroll the charts to their top). */
    public void setAfterSetUp(Runnable r) {
        afterSetUp = Objects.requireNonNull(r);
    }

    /**
     * How the window brings the network back when it is put away (key H): the set-up of a step whose text
     * points at the Network panel runs it, so the step never points at something hidden.
     */
    public void setShowNetwork(Runnable r) {
        showNetwork = Objects.requireNonNull(r);
    }

    /**
     * Whether the step's text points at the Network panel (its header, its cards): the panel H puts away.
     * The other things the shipped lessons point at (the charts and their header, the tabs, the status bar,
     * the diagnosis panel) stay on screen whatever H, Ctrl+B or presenter mode put away.
     */
    public static boolean pointsAtNetwork(Step s) {
        String text = s.text() == null ? "" : s.text().toLowerCase(java.util.Locale.ROOT).replace("*", "");
        return text.contains("network panel");
    }

    /** The workbench with the lesson dock beside it when a lesson or the catalogue is shown. */
    public Node node() {
        return split;
    }

    public ProgressStore progress() {
        return progress;
    }

    public ReadOnlyObjectProperty<Open> openProperty() {
        return open.getReadOnlyProperty();
    }

    /**
     * The open lesson as the window's title names it ("Lesson 7 · Batch normalization", "Lesson 2b · Primer: …"
     * with the number its catalogue card shows); "" when none is open.
     */
    public javafx.beans.binding.StringExpression titleProperty() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> title(open.get()), open);
    }

    static String title(Open o) {
        if (o == null) {
            return "";
        }
        Lesson l = o.lesson();
        String name = l.title() == null || l.title().isBlank() ? o.file().getFileName().toString() : l.title();
        String number = dev.deepforward.lesson.LessonNumber.of(o.file(), l);
        return number.isEmpty() ? name : "Lesson " + number + " · " + name;
    }

    /**
     * Whether the step shown is first of all about the gradient norms, so the charts put theirs first: its title
     * is about the gradient ("Where did the gradient go?", not gradient descent), or its text names the gradient
     * charts (the gradient norms, vanishing or exploding gradients) before the loss or the accuracy. A step that
     * says "watch the loss … and the gradient norm" shows the loss first. False while no lesson is open.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty aboutGradientsProperty() {
        return aboutGradients.getReadOnlyProperty();
    }

    /**
     * Whether the open step's set-up shows the learning-rate chart in the loss chart's cell: its text names
     * that chart before it says anything of the loss. Every other step shows the loss.
     */
    public boolean stepShowsLearningRate() {
        Open o = open.get();
        return o != null && showsLearningRate(o.lesson().steps().get(step));
    }

    static boolean showsLearningRate(Step s) {
        String text = s.text() == null ? "" : s.text().toLowerCase(java.util.Locale.ROOT).replace("*", "").replace("`", "");
        int chart = -1;
        for (String name : List.of("learning-rate chart", "learning rate chart", "learning rate\" switch",
                "learning-rate switch", "learning rate switch")) {
            int at = text.indexOf(name);
            if (at >= 0 && (chart < 0 || at < chart)) {
                chart = at;
            }
        }
        int loss = text.indexOf("loss");
        return chart >= 0 && (loss < 0 || chart < loss);
    }

    /** What a step's text calls the gradient charts; "gradient" alone is too common (descent, clipping). */
    private static final List<String> GRADIENT_WORDS = List.of("gradient norm", "gradient-norm", "gradient chart", "gradients chart",
            "gradient heatmap", "vanishing gradient", "exploding gradient");
    /** What it calls the loss and accuracy charts, or what they show. */
    private static final List<String> OUTCOME_WORDS = List.of("loss", "accuracy");

    static boolean aboutGradients(Step s) {
        String text = s.text() == null ? "" : s.text().toLowerCase(java.util.Locale.ROOT).replace("*", "").replace("`", "");
        String title = s.title() == null ? "" : s.title().toLowerCase(java.util.Locale.ROOT);
        if (title.contains("gradient") && !title.contains("descent")) {
            return true;
        }
        // The chart the text names first: "watch the loss ... and the gradient norm" puts the loss first, as the
        // step's claims do not decide (a comparison's claims check gradients its text tells as learning or not).
        int gradients = firstOf(text, GRADIENT_WORDS);
        int outcome = firstOf(text, OUTCOME_WORDS);
        return gradients >= 0 && (outcome < 0 || gradients < outcome);
    }

    private static int firstOf(String text, List<String> words) {
        int first = -1;
        for (String w : words) {
            int at = text.indexOf(w);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * What work set up from the open lesson is called when it is saved: the lesson and the step on screen
     * ("Lesson 16 · Deep networks – step 3: Four layers"); {@code null} when no lesson is open.
     */
    public String workTitle() {
        Open o = open.get();
        if (o == null || !isLessonOpen()) {
            return null;
        }
        Step s = o.lesson().steps().get(step);
        String stepName = s.title() == null || s.title().isBlank() ? "" : ": " + s.title().strip();
        return title(o) + " – step " + (step + 1) + stepName;
    }

    /**
     * The lesson step on screen as a workbench file records where its work came from (the lesson's id, its file,
     * the step counted from 1 and the title); {@code null} when no lesson is open.
     */
    public WorkbenchLesson stepOrigin() {
        Open o = open.get();
        return o == null ? null
                : new WorkbenchLesson(o.lesson().id(), LessonFolders.remember(o.file()), step + 1, title(o));
    }

    /**
     * Finds the lesson {@code from} names (off the FX thread): its file where it was, else the catalogue's lesson
     * of that id (the app moved, the file was renamed). Completes on the FX thread with the file, or with
     * {@code null} when the lesson is gone.
     */
    public static CompletableFuture<Path> locate(WorkbenchLesson from) {
        CompletableFuture<Path> found = new CompletableFuture<>();
        inBackground("lesson-finder", () -> {
            Path file = find(from);
            return () -> found.complete(file);
        });
        return found;
    }

    private static Path find(WorkbenchLesson from) {
        try {
            Path file = LessonFolders.recall(from.file());
            if (file != null || from.id() == null || from.id().isBlank()) {
                return file;
            }
            return LessonCatalog.load(LessonFolders.catalogue(), datasetIds()).find(from.id())
                    .map(LessonCatalog.Entry::file).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Opens the lesson the work came from at its step (the step as the file saved it, or the lesson's last when
     * it has fewer now), without setting it up: the work on screen is the person's. Completes with whether it
     * was shown ({@code false}: the lesson is gone, or its file is no longer a valid lesson).
     */
    public CompletableFuture<Boolean> reopen(WorkbenchLesson from) {
        return locate(from).thenCompose(file -> {
            if (file == null) {
                return CompletableFuture.completedFuture(false);
            }
            return open(file).thenApply(v -> {
                Open o = open.get();
                if (o == null || !o.file().equals(file)) {
                    return false;
                }
                goTo(Math.max(0, Math.min(from.step() - 1, o.lesson().steps().size() - 1)));
                return true;
            });
        });
    }

    /** Runs {@code r} whenever another lesson is opened, or the lesson is closed. */
    public void onOpenChanged(Runnable r) {
        open.addListener((o, was, now) -> r.run());
    }

    /** Whether the lesson {@code from} names is the one open (by its id, else its file). */
    public boolean shows(WorkbenchLesson from) {
        Open o = open.get();
        if (o == null || from == null) {
            return false;
        }
        return from.id() != null && !from.id().isBlank() ? from.id().equals(o.lesson().id())
                : LessonFolders.remember(o.file()).equals(from.file());
    }

    public boolean isLessonOpen() {
        return open.get() != null && dock.showsLesson();
    }

    public int step() {
        return step;
    }

    public boolean isShown() {
        return split.getItems().contains(dock);
    }

    /** Opens the start-up lesson, or else the lesson open at the last exit (progress.json remembers it). */
    public void applyStartup() {
        String path = System.getProperty(STARTUP_PROPERTY);
        if (path == null || path.isBlank()) {
            path = progress.openLesson();
        }
        Path file = LessonFolders.recall(path);
        if (file != null) {
            open(file);
        }
    }

    // ---- opening -------------------------------------------------------------------------------

    /**
     * Loads {@code file} off the FX thread and shows it at the step the user was at; completes when shown.
     * A file that is not a valid lesson never replaces the lesson on screen: its problems are shown above
     * the step, which stays as it was (with no lesson on screen they fill the panel).
     */
    public CompletableFuture<Void> open(Path file) {
        boolean over = isLessonOpen() && isShown();
        if (!over) {
            dock.showMessage("Lessons", "Opening " + file.getFileName() + " …");
            show(true);
        }
        opening++;
        return inBackground("lesson-loader", () -> {
            Loaded<Lesson> loaded = LessonLoader.load(file, datasetIds());
            List<StepRuns> runs = loaded.value() != null && loaded.problems().isEmpty()
                    ? loaded.value().runs(SpecJson.folderOf(file)) : null;
            return () -> {
                opening--;
                boolean setUp = setUpWhenShown && opening == 0;
                if (opening == 0) {
                    setUpWhenShown = false;
                }
                if (runs == null) {
                    if (isLessonOpen() && isShown()) {
                        dock.showOpenProblems(file, loaded.problems());
                    } else {
                        dock.showProblems(file, loaded.problems());
                        show(true);
                    }
                } else {
                    dock.clearNotice();
                    show(true);
                    opened(new Open(file, loaded.value(), runs));
                    if (setUp) {
                        setUpOrSayWhyNot(); // Enter came while the lesson was still being read
                    }
                }
            };
        });
    }

    /**
     * Runs {@code work} on a daemon thread named {@code name}, then what it returns on the FX thread; the
     * future completes when that has run (a lesson shown, the catalogue listed, a track loaded).
     */
    private static CompletableFuture<Void> inBackground(String name, java.util.function.Supplier<Runnable> work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Runnable show = work.get();
            Platform.runLater(() -> {
                try {
                    show.run();
                } finally {
                    done.complete(null);
                }
            });
        }, name);
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Lists the built-in lessons and the user's own (read off the FX thread) in the dock; completes when shown. */
    public CompletableFuture<Void> showCatalogue() {
        return showCatalogue(LessonFolders.catalogue());
    }

    public CompletableFuture<Void> showCatalogue(Path folder) {
        return showCatalogue(List.of(folder));
    }

    private CompletableFuture<Void> showCatalogue(List<Path> folders) {
        dock.showMessage("Lessons", "Reading the lessons …");
        show(true);
        return inBackground("lesson-catalogue", () -> {
            LessonCatalog catalog = LessonCatalog.load(folders, datasetIds());
            return () -> dock.showCatalogue(new CataloguePane(catalog, progress, this::open));
        });
    }

    /** File → Open lesson…: any lesson file, chosen in {@code dialogs} (the window's, or a test's script). */
    public void chooseAndOpen(dev.deepforward.ui.files.FileDialogs dialogs) {
        Path folder = LessonFolders.catalogue().stream()
                .filter(p -> p.getFileSystem() == java.nio.file.FileSystems.getDefault() && Files.isDirectory(p))
                .reduce((first, second) -> second).orElse(LessonFolders.user());
        dialogs.chooseLessonToOpen(Files.isDirectory(folder) ? folder.toAbsolutePath() : null).ifPresent(this::open);
    }

    private static Set<String> datasetIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (CatalogEntry e : DatasetCatalog.entries()) {
            ids.add(e.id());
        }
        ids.add(DatasetCatalog.CSV);
        ids.add(DatasetCatalog.IDX);
        return ids;
    }

    private void opened(Open o) {
        open.set(o);
        progress.setOpenLesson(LessonFolders.remember(o.file()));
        LessonProgress p = progress.of(o.lesson().id());
        goTo(Math.max(0, Math.min(p.step, o.lesson().steps().size() - 1)));
        showTrackLine();
    }

    /**
     * The track's line under the lesson header, only while it is true: the track's own message before its
     * first demo, then "Demo k of n …" while the screen shows that demo ({@link #showsDemo}). Another step
     * (P, PgDn), another lesson, or Ctrl+Z of the demo's set-up take the line away; going back to the step with
     * the set-up in place (N, Ctrl+Y, Enter there) brings it back; an edit after that Ctrl+Z loses the set-up
     * ({@link #forgetLostDemo}). D and Shift+D still set up the next and
     * previous demo.
     */
    private void showTrackLine() {
        Open o = open.get();
        boolean over = track != null && (demo < 0 ? o == null || !dock.showsLesson() : showsDemo());
        dock.showTrack(over ? demoStatus.get() : "", hasNextDemo(), hasPreviousDemo());
    }

    /** Hides the dock (the lesson stays loaded; Lessons → Catalogue or opening a lesson brings it back). */
    public void close() {
        if (engine != null) {
            engine.cancelPretraining();
        }
        open.set(null);
        aboutGradients.set(false);
        progress.setOpenLesson(null);
        progress.save();
        show(false);
    }

    private void show(boolean on) {
        if (on && !isShown()) {
            split.getItems().add(dock);
            split.setDividerPositions(presenter ? PRESENTER_DIVIDER : DIVIDER);
        } else if (!on && isShown()) {
            split.getItems().remove(dock);
        }
    }

    /**
     * Puts the lesson column at its share of the width again (presenter mode's or the workbench's): the
     * split keeps the column's pixel width when the window is resized, so after the full-screen resize it
     * would stay as narrow as in the smaller window.
     */
    public void placeDivider() {
        if (isShown()) {
            split.setDividerPositions(presenter ? PRESENTER_DIVIDER : DIVIDER);
        }
    }

    /** Presenter mode: larger lesson text (lesson.css) and a wider column. */
    public void setPresenter(boolean on) {
        presenter = on;
        dock.setPresenter(on);
        if (isShown()) {
            split.setDividerPositions(on ? PRESENTER_DIVIDER : DIVIDER);
        }
    }

    // ---- lecture tracks ------------------------------------------------------------------------

    /**
     * Loads a lecture track (off the FX thread, with the catalogue its demos must name) and waits at its
     * start: {@link #nextDemo()} sets up the first demo. Problems are shown in the dock as a lesson's are.
     */
    public CompletableFuture<Void> openTrack(Path file) {
        dock.showMessage("Lecture track", "Opening " + file.getFileName() + " …");
        show(true);
        return inBackground("lecture-track-loader", () -> {
            LessonCatalog catalog = LessonCatalog.load(LessonFolders.catalogue(), datasetIds());
            Loaded<LectureTrack> loaded = LectureTracks.load(file, catalog);
            return () -> {
                if (!loaded.ok()) {
                    dock.showProblems(file, loaded.problems());
                } else {
                    track = loaded.value();
                    trackCatalog = catalog;
                    demo = -1;
                    demoStatus.set("“" + track.title() + "”: " + track.demos().size() + " demos, "
                            + track.minutes() + " min");
                    dock.showMessage("Lecture track", "Lecture track “" + track.title() + "”: " + track.demos().size() + " demos, "
                            + track.minutes() + " minutes. Press D (or Lessons → Next demo) to set up the first.");
                }
            };
        });
    }

    /** Lessons → Open lecture track…: any track file. */
    public void chooseAndOpenTrack(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open lecture track");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lecture tracks (*." + LectureTracks.EXTENSION
                + ")", "*." + LectureTracks.EXTENSION));
        Path folder = LessonFolders.user();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toAbsolutePath().toFile());
        }
        var f = dev.deepforward.ui.KeepMaximized.around(owner, chooser::showOpenDialog);
        if (f != null) {
            openTrack(f.toPath());
        }
    }

    /** The built-in lecture tracks (the {@code *.dftrack} files beside the built-in lessons). */
    public static List<Path> builtInTracks() {
        Path folder = LessonFolders.builtIn();
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + LectureTracks.EXTENSION)).sorted().toList();
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Next demo: opens the next demo's lesson at its step and sets the step up, as the Set up button would.
     * Does nothing without a track or after its last demo. Completes when the step is set up.
     */
    public CompletableFuture<Void> nextDemo() {
        return track == null ? CompletableFuture.completedFuture(null) : setUpDemo(demo + 1);
    }

    /**
     * Previous demo (Shift+D): the lecture goes back one demo, its lesson opened at its step and set up as D set
     * it up. Does nothing before the second demo. Completes when the step is set up.
     */
    public CompletableFuture<Void> previousDemo() {
        return hasPreviousDemo() ? setUpDemo(demo - 1) : CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> setUpDemo(int index) {
        if (track == null || index < 0 || index >= track.demos().size()) {
            return CompletableFuture.completedFuture(null);
        }
        if (!owner.mayReplace()) {
            return CompletableFuture.completedFuture(null); // the person kept their unsaved work; D again asks again
        }
        demo = index;
        demoUndoDepth = Integer.MAX_VALUE; // nothing of this demo is set up yet: no "Demo k of n" line
        LectureTrack.Demo d = track.demos().get(index);
        var entry = trackCatalog.find(d.lesson());
        if (entry.isEmpty()) {
            dock.showMessage("Lecture track", "No lesson '" + d.lesson() + "' in the catalogue any more.");
            return CompletableFuture.completedFuture(null);
        }
        return open(entry.get().file()).thenRun(() -> {
            Open o = open.get();
            if (o == null || !o.lesson().id().equals(d.lesson()) || demo != index) {
                return;
            }
            goTo(d.step() - 1);
            setUpStep(false, true);
            demoSetUp();
            demoStatus.set("Demo " + (index + 1) + " of " + track.demos().size() + " · " + d.minutes() + " min"
                    + (d.note() == null || d.note().isBlank() ? "" : " · " + d.note()));
            showTrackLine();
        });
    }

    /** The track's state for the menu: its title before the first demo, then "Demo k of n · m min · note". */
    public ReadOnlyStringProperty demoStatusProperty() {
        return demoStatus.getReadOnlyProperty();
    }

    /** The Next demo menu item's text: which demo comes next, or why there is none. */
    public String nextDemoLabel() {
        if (track == null) {
            return "Next demo (open a lecture track first)";
        }
        if (!hasNextDemo()) {
            return "Next demo (the track is done)";
        }
        LectureTrack.Demo d = track.demos().get(demo + 1);
        return "Next demo: " + (demo + 2) + " of " + track.demos().size() + ", " + d.lesson() + " step " + d.step()
                + ", " + d.minutes() + " min";
    }

    /** Whether a track is loaded and has a demo after the current one. */
    public boolean hasNextDemo() {
        return track != null && demo + 1 < track.demos().size();
    }

    /** Whether a track is loaded and a demo before the current one (Shift+D goes back to it). */
    public boolean hasPreviousDemo() {
        return track != null && demo > 0;
    }

    /**
     * Whether the demo set up last is what the screen shows: its lesson at its step, its set-up not undone
     * (the document's undo history still holds the set-up's edit).
     */
    public boolean showsDemo() {
        Open o = open.get();
        if (track == null || demo < 0 || o == null) {
            return false;
        }
        LectureTrack.Demo d = track.demos().get(demo);
        return o.lesson().id().equals(d.lesson()) && step == d.step() - 1 && dock.showsLesson()
                && doc.history().undoSize() >= demoUndoDepth;
    }

    /** The demo's set-up is the newest edit: "Demo k of n" shows while the history holds it. */
    private void demoSetUp() {
        demoUndoDepth = doc.history().undoSize();
        demoUndone = false;
    }

    /**
     * A new edit after Ctrl+Z of the demo's set-up empties the redo stack, so the set-up is gone for good: the
     * undo depth coming back to the set-up's must not bring "Demo k of n" back over other work. A new document
     * (the history cleared) loses it too. Only D, Shift+D or Enter on the demo's step set it up again.
     */
    private void forgetLostDemo(DocumentListener.Kind kind) {
        if (demoUndoDepth == Integer.MAX_VALUE) {
            return;
        }
        if (kind == DocumentListener.Kind.REPLACED || kind == DocumentListener.Kind.APPLIED && demoUndone) {
            demoUndoDepth = Integer.MAX_VALUE;
            demoUndone = false;
            showTrackLine();
            return;
        }
        demoUndone = doc.history().undoSize() < demoUndoDepth;
    }

    // ---- steps ---------------------------------------------------------------------------------

    public void next() {
        if (isLessonOpen() && step + 1 < open.get().lesson().steps().size()) {
            goTo(step + 1);
        }
    }

    public void previous() {
        if (isLessonOpen() && step > 0) {
            goTo(step - 1);
        }
    }

    public void goTo(int index) {
        Open o = Objects.requireNonNull(open.get(), "no lesson open");
        if (engine != null) {
            engine.cancelPretraining(); // leaving the step; a transfer already made stays with its design
        }
        step = index;
        LessonProgress p = progress.of(o.lesson().id());
        p.step = index;
        p.visited.add(index);
        progress.save();
        Step s = o.lesson().steps().get(index);
        aboutGradients.set(aboutGradients(s));
        StepRuns runs = o.runs().get(index);
        watches.clear();
        List<String> names = new ArrayList<>(runs.variants().keySet());
        s.checkpoints().forEach(c -> watches.add(new CheckpointWatch(c, names)));
        stepView = new StepView(s, runs, o.file().toAbsolutePath().getParent(), p, index, new StepView.Actions() {
            @Override
            public void setUp() {
                setUpStep();
            }

            @Override
            public void answered(int question, List<Integer> picked) {
                p.answer(index, question, picked);
                progress.save();
            }
        });
        dock.showStep(o.lesson(), index, stepView);
        showTrackLine(); // "Demo k of n" only over the demo's own step
    }

    /** Lessons being read (off the FX thread) for {@link #open}; Enter meanwhile sets up once one is shown. */
    private int opening;
    private boolean setUpWhenShown;

    /** Whether a lesson file is being read to be shown (the panel says "Opening … "). */
    public boolean isOpening() {
        return opening > 0;
    }

    /**
     * Enter while a lesson is still being read (a card just clicked, a busy machine): the step it opens at is
     * set up as soon as it is shown, as if Enter had come a moment later.
     */
    public void setUpWhenShown() {
        if (isOpening()) {
            setUpWhenShown = true;
        }
    }

    /** Enter on the open step: set up its run, or say in the status bar that it has none. */
    public void setUpOrSayWhyNot() {
        String nothing = nothingToSetUp();
        if (nothing != null) {
            node().fireEvent(new dev.deepforward.ui.NumberEntry.Notice(nothing)); // bubbles up to the status bar
        } else {
            setUpStep();
        }
    }

    /**
     * What Enter says on a step that has no run to set up (a reading step), or {@code null} when the open
     * step has one (or no lesson is open).
     */
    public String nothingToSetUp() {
        Open o = open.get();
        if (o == null || StepSetup.offered(o.lesson().steps().get(step), o.runs().get(step))) {
            return null;
        }
        return step + 1 < o.lesson().steps().size()
                ? "This step has nothing to set up: PgDn goes to the next step"
                : "This step has nothing to set up, and it is the lesson's last";
    }

    /** Set up: the current step's run and variants, one undoable edit (nothing for a step without a run). */
    public boolean setUpStep() {
        return setUpStep(true);
    }

    /**
     * Set up, asking first about the person's unsaved file when {@code ask} (not when the caller already did);
     * the work it makes is untitled, never the file that was open.
     */
    private boolean setUpStep(boolean ask) {
        return setUpStep(ask, false);
    }

    /**
     * As above; {@code demo}: a lecture track's demo, which sets up the run its step shows even on a reading
     * step (the run the step continues: "The gradient chart: layer 1 gets almost nothing" is demo 1's network),
     * so D and Shift+D never leave another demo's comparison under it.
     */
    private boolean setUpStep(boolean ask, boolean demo) {
        Open o = open.get();
        if (o == null) {
            return false;
        }
        Step s = o.lesson().steps().get(step);
        String what = s.title() == null ? "step " + (step + 1) : "“" + s.title() + "”";
        StepRuns runs = o.runs().get(step);
        if (demo ? !runs.hasRun() : !StepSetup.offered(s, runs)) {
            return false; // a reading step: the work stays as it is (Enter says so in the status bar)
        }
        if (ask && !owner.mayReplace()) {
            return false;
        }
        if (compare != null) {
            compare.forgetLessonPlan(); // C brings back this step's variants, not an earlier step's
        }
        boolean changed = owner.replace(() -> setup.apply("Set up lesson step " + what, runs, s.variants()));
        if (track != null && this.demo >= 0 && o.lesson().id().equals(track.demos().get(this.demo).lesson())
                && step == track.demos().get(this.demo).step() - 1) {
            demoSetUp(); // Enter on the demo's step sets the demo up again
            showTrackLine();
        }
        afterSetUp.run();
        if (pointsAtNetwork(s)) {
            showNetwork.run(); // "the Network panel's header shows…": not after H has put it away
        }
        if (engine != null && runs.hasRun()) {
            Transfer t = runs.transfer();
            if (t != null) {
                // The source network trains in the background; then the step's runs start from its layers.
                engine.pretrainAndTransfer(t.from(), t.layers(), t.variants());
                return true;
            }
            engine.clearTransfer();
        }
        return changed;
    }

    /**
     * Key A: shows the right answer of the current step's next quiz question that does not show it yet,
     * scrolled into view. False when the step has no question left to reveal.
     */
    public boolean revealAnswer() {
        if (!isLessonOpen() || stepView == null) {
            return false;
        }
        Node q = stepView.revealNextAnswer();
        if (q != null) {
            dock.scrollTo(q);
        }
        return q != null;
    }

    /** ↑/↓ in presenter mode: scrolls the lesson text a third of its visible height down (+1) or up (-1). */
    public void scrollText(int direction) {
        dock.scrollBy(direction / 3.0);
    }

    /** Whether the lesson column wears presenter mode's look (its key hint line is shown). */
    public boolean isPresenter() {
        return presenter;
    }

    // ---- checkpoints ---------------------------------------------------------------------------

    @Override
    public void event(RunEvent e) {
        Open o = open.get();
        if (o == null || stepView == null) {
            return;
        }
        LessonProgress p = progress.of(o.lesson().id());
        for (int i = 0; i < watches.size(); i++) {
            if (watches.get(i).event(e) && !p.checkpointMet(step, i)) {
                p.checkpoints.add(LessonProgress.key(step, i));
                stepView.showCheckpoint(i, true);
                progress.save();
            }
        }
    }

    @Override
    public void cleared() {
        watches.forEach(CheckpointWatch::clear);
    }

    /** The problems of a file that could not be opened, in the dock. */
    /** One problem as a student reads it, the file named above it: "line 3, column 14, at units: …". */
    static Label problemLabel(FileProblem p) {
        Label l = new Label(p.inWords());
        l.setWrapText(true);
        l.getStyleClass().add("catalogue-problem");
        return l;
    }

    Lesson lesson() {
        return open.get() == null ? null : open.get().lesson();
    }
}
