package dev.deepforward.ui.files;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.WorkbenchLesson;
import dev.deepforward.ui.model.Design;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.SpecChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The workbench as a file: which file the design belongs to, whether it has unsaved changes, and the
 * Open / Save / Save As commands. "Unsaved" compares the design with what was last saved (not an edit
 * counter), so undoing back to the saved design clears the • again.
 *
 * <p>A file that cannot be read changes nothing: its problems are shown and the current work stays.
 * FX thread only.
 */
public final class DocumentSession {

    public static final String APP_TITLE = "DeepForward Workbench";

    private final DesignDocument doc;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private Consumer<Path> lessonOpener;
    private Consumer<Path> trackOpener;
    private final Supplier<WorkbenchLayout> layoutNow;
    private Supplier<List<dev.deepforward.ui.run.LiveChange>> liveChanges = List::of;
    /** What is open that work without a file of its own is named after (the lesson step on screen); null for nothing. */
    private Supplier<String> workTitle = () -> null;
    private final Consumer<WorkbenchLayout> applyLayout;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /**
     * The design (spec and comparison) as last saved or opened; {@code null} when nothing saved matches the
     * work (always unsaved).
     */
    private final ObjectProperty<Design> saved = new SimpleObjectProperty<>(this, "saved");
    /** Whether the file was shipped with the app (a workbench or lesson of its own): Save asks for a new name. */
    private final ReadOnlyBooleanWrapper template = new ReadOnlyBooleanWrapper(this, "template");
    private final BooleanBinding unsaved;
    private final StringBinding title;
    /** The lesson step on screen, which a set-up makes the work's lesson (the window's lesson player); null for none. */
    private Supplier<WorkbenchLesson> lessonStep = () -> null;
    private boolean discarded;
    /**
     * The lesson step the work came from (its set-up), or null for none: the title names that lesson, not
     * whichever lesson happens to be open. Saved with the work ({@code lesson} in the file) and read back on
     * Open, so a file reopened another day still knows it; New makes work of no lesson.
     */
    private final ObjectProperty<WorkbenchLesson> workLesson = new SimpleObjectProperty<>(this, "workLesson");
    /** The lesson step of the work as last saved or opened (what a "Don't save" autosave keeps with the file). */
    private WorkbenchLesson savedLesson;
    /** Set while a lesson's set-up is applied: its edit makes the work a document of its own. */
    private boolean settingUpLesson;
    /**
     * The lesson set-ups, with the file (or none) and saved state of the work they replaced: undoing one gives
     * the work back to its file and saved state, redoing it makes it the set-up's untitled work again.
     */
    private final java.util.Map<dev.deepforward.ui.model.Edit, Owner> detached = new java.util.HashMap<>();
    /**
     * The design the work's name describes (as opened, saved or set up by a lesson); {@code null} for none.
     * When the network or the data set have been changed since, the name is stale: Save names the work
     * after the design as it is ("2-256-256-2 ReLU on spiral").
     */
    private RunSpec namedSpec;

    /** Which file the work belonged to, and as what it was saved there. */
    private record Owner(Path file, Design saved, boolean template, WorkbenchLesson lesson) {
    }

    public DocumentSession(DesignDocument doc, FileDialogs dialogs, RecentFiles recent,
            Supplier<WorkbenchLayout> layoutNow, Consumer<WorkbenchLayout> applyLayout) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.recent = recent;
        this.layoutNow = layoutNow;
        this.applyLayout = applyLayout;
        saved.set(doc.design());
        namedSpec = doc.getSpec();
        unsaved = Bindings.createBooleanBinding(() -> !Objects.equals(doc.design(), saved.get()),
                doc.specProperty(), doc.comparisonProperty(), saved);
        title = Bindings.createStringBinding(this::title, file, unsaved, template, workLesson);
        doc.addListener((kind, edit) -> {
            switch (kind) {
                case APPLIED -> {
                    if (settingUpLesson) {
                        namedSpec = doc.getSpec(); // the work is the lesson step's, and named after it
                        detached.put(edit, new Owner(file.get(), saved.get(), template.get(), workLesson.get()));
                        setUp();
                    }
                }
                case UNDONE -> {
                    Owner o = detached.get(edit);
                    if (o != null) {
                        file.set(o.file());
                        saved.set(o.saved());
                        template.set(o.template());
                        workLesson.set(o.lesson());
                    }
                }
                case REDONE -> {
                    if (detached.containsKey(edit)) {
                        setUp();
                    }
                }
                case REPLACED -> detached.clear();
            }
        });
    }

    /**
     * The work is a lesson step's set-up: untitled (it belongs to no file, so Save asks for a name), and not
     * unsaved: the set-up is the lesson's, which Enter on the step makes again, not the person's work. The
     * person's own edits after it are unsaved, so Open, New and closing the window ask about them.
     */
    private void setUp() {
        file.set(null);
        saved.set(doc.design());
        template.set(false);
        discarded = false;
        workLesson.set(lessonStep.get());
    }

    // ---- lesson set-ups ------------------------------------------------------------------------

    /**
     * Before a lesson step or a lecture demo replaces the work: when the work has the person's unsaved
     * changes (to their file, to a lesson's set-up, to a new design), asks first (Save / Don't save /
     * Cancel), as New and Open do. A set-up alone is not unsaved: one set-up replaces another unasked.
     *
     * @return whether the set-up may go ahead (false: the person cancelled, or saving failed)
     */
    public boolean mayReplaceWithLesson() {
        return confirmDiscard();
    }

    /**
     * Applies a lesson's set-up so that it makes a document of its own: the work no longer belongs to the
     * file that was open (an untitled lesson set-up, which Save asks a new name for), so saving it can never
     * overwrite the person's file with the lesson's network. Ctrl+Z gives the work back to its file.
     *
     * @return what {@code setUp} answered (whether the design changed)
     */
    public boolean setUpLesson(java.util.function.BooleanSupplier setUp) {
        settingUpLesson = true;
        try {
            return setUp.getAsBoolean();
        } finally {
            settingUpLesson = false;
        }
    }

    // ---- commands ------------------------------------------------------------------------------

    /** File → New: the default design, after asking about unsaved changes. */
    public void newDesign() {
        if (!confirmDiscard()) {
            return;
        }
        doc.replace(new Design(RunSpec.defaults(), null), "New design");
        workLesson.set(null); // the default design is no lesson's
        markSaved(null);
    }

    /** File → Open…: asks for a file, then {@link #open(Path)}. */
    public boolean open() {
        if (!confirmDiscard()) {
            return false;
        }
        return dialogs.chooseFileToOpen(initialDir()).map(this::openWithoutAsking).orElse(false);
    }

    /** Open Recent: asks about unsaved changes, then opens. */
    public boolean open(Path path) {
        return confirmDiscard() && openWithoutAsking(path);
    }

    /**
     * Where Open hands a lesson file ({@link FileKind}): the window's lesson player, so File → Open… and Open
     * Recent open a lesson as the command line does, and a broken lesson reports its own errors.
     */
    public void openLessonsWith(Consumer<Path> opener) {
        lessonOpener = opener;
    }

    /** Where Open hands a lecture track ({@link FileKind#TRACK}): the lesson player, which loads it ready for D. */
    public void openTracksWith(Consumer<Path> opener) {
        trackOpener = opener;
    }

    /**
     * Opens a workbench file, or hands a lesson file or a lecture track to the lesson player. A bad workbench file shows its
     * problems and leaves the current work as it is.
     *
     * @return whether the file was opened (for a lesson: handed on)
     */
    public boolean openWithoutAsking(Path path) {
        FileKind kind = (lessonOpener != null || trackOpener != null) && Files.isRegularFile(path) ? FileKind.of(path)
                : FileKind.WORKBENCH;
        if (lessonOpener != null && kind == FileKind.LESSON) {
            lessonOpener.accept(path);
            recent.add(path); // Open Recent opens it again the same way
            return true;
        }
        if (trackOpener != null && kind == FileKind.TRACK) {
            trackOpener.accept(path);
            recent.add(path);
            return true;
        }
        Loaded<WorkbenchFile> loaded = WorkbenchFiles.read(path);
        if (!loaded.ok()) {
            if (!Files.exists(path)) {
                recent.remove(path);
            }
            dialogs.showProblems(path, loaded.problems());
            return false;
        }
        WorkbenchFile wb = loaded.value();
        // The file's variants are part of the design: opening it starts their comparison.
        doc.replace(Design.of(wb.spec(), wb.variants()), "Open " + path.getFileName());
        applyLayout.accept(wb.layout());
        // the lesson the file was saved from, if any: not the one that happens to be open; set before markSaved,
        // which remembers it as the saved version's lesson (what the autosave names after "Don't save")
        workLesson.set(wb.lesson());
        markSaved(path);
        template.set(ShippedFiles.isShipped(path));
        recent.add(path);
        return true;
    }

    /**
     * File → Save: to the current file, or Save As when there is none or the file was shipped with the
     * app (saving a lesson's set-up over a shipped workbench would change it for every later user).
     */
    public boolean save() {
        Path f = file.get();
        if (f == null || template.get()) {
            return saveAs();
        }
        if (!nameFits()) {
            rename(named(describe()));
        }
        return saveTo(f);
    }

    /**
     * File → Save As… Work with no file of its own (new, a lesson's set-up, a shipped template) is offered
     * the name of what is open — the lesson step on screen — and, once saved, the design carries that name
     * too (one undoable edit), so the file and the name inside it agree.
     */
    public boolean saveAs() {
        // A name the design has outgrown (another network or data set since it was given) is not proposed.
        String title = !nameFits() ? named(describe()) : ownFile() ? null : named(lessonTitle());
        Optional<Path> chosen = dialogs.chooseFileToSave(saveDir(), suggestedName(title));
        if (chosen.isEmpty()) {
            return false;
        }
        rename(title);
        return saveTo(chosen.get());
    }

    /**
     * What work without a file of its own is named after: the lesson step it was set up from ("Lesson 8 ·
     * Optimizers – step 2"), even when another lesson is open by now (Enter on lesson 9 asks to save lesson
     * 8's work: that work is saved as lesson 8's); the step on screen when the work is that step's or no lesson's.
     */
    private String lessonTitle() {
        WorkbenchLesson from = workLesson.get();
        WorkbenchLesson onScreen = lessonStep.get();
        if (from == null || onScreen != null && Objects.equals(from.id(), onScreen.id())
                && Objects.equals(from.file(), onScreen.file()) && from.step() == onScreen.step()) {
            return workTitle.get();
        }
        String lesson = from.title() != null && !from.title().isBlank() ? from.title().strip()
                : from.id() != null ? from.id() : "";
        return lesson.isEmpty() ? null : lesson + " – step " + from.step();
    }

    /** Gives the design the name {@code title} (one undoable edit; nothing for null or the name it has). */
    private void rename(String title) {
        if (title != null && !title.equals(doc.getSpec().name())) {
            doc.apply(SpecChange.of("Name the design “" + title + "”", s -> s.withName(title)));
        }
        namedSpec = doc.getSpec();
    }

    /**
     * Whether the design's name still describes it: the network and the data set are those it had when the
     * name was given (opened, saved, set up by a lesson). Training settings do not make a name stale.
     */
    boolean nameFits() {
        return doc.getSpec().sameNetworkAndData(namedSpec);
    }

    /** The design in words, for a name: "2-256-256-2 ReLU on spiral" (sizes in, hidden, out; the activation; the data). */
    String describe() {
        RunSpec s = doc.getSpec();
        StringBuilder b = new StringBuilder().append(doc.getInputs());
        java.util.Set<String> activations = new java.util.LinkedHashSet<>();
        for (var layer : s.network().hidden()) {
            b.append('-').append(layer.units());
            activations.add(layer.activation() != null ? layer.activation().displayName() : String.valueOf(layer.kind()).toLowerCase(Locale.ROOT));
        }
        b.append('-').append(doc.getOutputs());
        if (activations.size() == 1) {
            b.append(' ').append(activations.iterator().next());
        } else if (activations.size() > 1) {
            b.append(" mixed");
        }
        String data = s.data().dataset() == null || s.data().dataset().isBlank() ? "" : s.data().dataset();
        return data.isEmpty() ? b.toString() : b + " on " + data;
    }

    /** A title fit to be a design's name (at most {@link RunSpec#MAX_NAME} characters), or null. */
    private static String named(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip().replaceAll("\\p{Cntrl}", " ");
        return t.length() <= RunSpec.MAX_NAME ? t : t.substring(0, RunSpec.MAX_NAME - 1).strip() + "…";
    }

    /** Whether the work belongs to a file of the person's own (not none, not one shipped with the app). */
    private boolean ownFile() {
        return file.get() != null && !template.get();
    }

    /** Names work that has no file of its own after what is open (the window passes the lesson step on screen). */
    public void setWorkTitle(Supplier<String> title) {
        workTitle = Objects.requireNonNull(title);
    }

    /** Writes the workbench to {@code path} (atomically) and makes it the current file. */
    public boolean saveTo(Path path) {
        try {
            WorkbenchFiles.write(path, snapshot());
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not save " + path.getFileName(), path + ": " + e.getMessage());
            return false;
        }
        markSaved(path);
        recent.add(path);
        return true;
    }

    /**
     * Before the work is replaced or the window closes: true when it may go (saved, or the user said so),
     * false when the user cancelled or saving failed.
     */
    public boolean confirmDiscard() {
        if (!unsaved.get()) {
            return true;
        }
        return switch (dialogs.askUnsaved(workName())) {
            case SAVE -> save();
            case DISCARD -> {
                discarded = true;
                yield true;
            }
            case CANCEL -> false;
        };
    }

    // ---- state ---------------------------------------------------------------------------------

    /** The workbench as it is now, ready to be written, with where it came from. */
    public WorkbenchFile snapshot() {
        return new WorkbenchFile(doc.getSpec(), doc.design().variants(), layoutNow.get()).withLesson(workLesson.get())
                .withProvenance(WorkbenchProvenance.now(doc.getSpec(), liveChanges.get()));
    }

    /** Where the live η/λ changes of the run on screen come from (the window's engine). */
    public void setLiveChanges(Supplier<List<dev.deepforward.ui.run.LiveChange>> source) {
        liveChanges = source;
    }

    /**
     * What the autosave should hold: the work and where it came from; or, after the user chose "Don't save"
     * on closing, the file's saved version ({@code null}: nothing worth restoring).
     */
    public WorkbenchFile autosaveSnapshot() {
        Path f = file.get();
        if (discarded) {
            return saved.get() == null || f == null ? null
                    : new WorkbenchFile(saved.get().spec(), saved.get().variants(), layoutNow.get())
                            .withLesson(savedLesson).withSession(new WorkbenchSession(f.toString(), false));
        }
        return snapshot().withSession(new WorkbenchSession(f == null ? null : f.toString(), unsaved.get()));
    }

    /** Takes over work restored from the autosave (the design, variants too, is already in the document). */
    public void restored(WorkbenchFile wb) {
        WorkbenchSession s = wb.session() == null ? WorkbenchSession.defaults() : wb.session();
        Path f = s.file() == null ? null : Path.of(s.file());
        file.set(f != null && Files.isRegularFile(f) ? f : null);
        if (s.unsaved()) {
            // The saved version is not at hand; the work counts as unsaved until it is saved again.
            saved.set(null);
        } else {
            saved.set(doc.design());
        }
        template.set(f != null && ShippedFiles.isShipped(f));
        discarded = false;
        namedSpec = doc.getSpec();
        workLesson.set(wb.lesson());
        savedLesson = wb.lesson();
    }

    private void markSaved(Path path) {
        savedLesson = workLesson.get();
        namedSpec = doc.getSpec();
        file.set(path);
        saved.set(doc.design());
        template.set(false);
        discarded = false;
    }

    /**
     * The window's title: the work's name ({@link #workName()}), the unsaved marker and the app's name.
     */
    private String title() {
        return workName() + (unsaved.get() ? " •" : "") + " — " + APP_TITLE;
    }

    /**
     * The work's name, one for the title and the questions about it: the file (then the lesson it was set up
     * from, when saved in this session); with no file, the lesson it was set up from; else "Untitled". Not
     * the lesson that happens to be open: after New or Open that lesson is not what the work is.
     */
    public String workName() {
        WorkbenchLesson from = workLesson.get();
        String lesson = from == null || from.title() == null ? "" : from.title().strip();
        if (file.get() == null) {
            return lesson.isEmpty() ? displayName() : lesson;
        }
        return displayName() + (template.get() ? " (template)" : "") + (lesson.isEmpty() ? "" : " · " + lesson);
    }

    /** Where a lesson's set-up learns which lesson step it is (the window's lesson player). */
    public void setLessonStep(Supplier<WorkbenchLesson> step) {
        lessonStep = Objects.requireNonNull(step);
    }

    /** The lesson step the work came from (set up, or saved in the file opened); null for work of no lesson. */
    public ReadOnlyObjectProperty<WorkbenchLesson> workLessonProperty() { return workLesson; }

    public String displayName() {
        Path f = file.get();
        return f == null ? "Untitled" : f.getFileName().toString();
    }

    /**
     * Where file choosers start: the folder of the file last opened or saved (the recent list remembers it
     * across restarts); the first time, the workbenches shipped with the app. Save As of a shipped file
     * starts in the user's last folder, never in the app's own.
     */
    private Path initialDir() {
        Path f = file.get();
        if (f != null && !template.get() && f.toAbsolutePath().getParent() != null) {
            return f.toAbsolutePath().getParent();
        }
        for (Path r : recent.files()) {
            Path dir = r.toAbsolutePath().getParent();
            if (dir != null && Files.isDirectory(dir) && !(template.get() && ShippedFiles.isShipped(r))) {
                return dir;
            }
        }
        Path shipped = template.get() ? null : ShippedFiles.workbenchesFolder();
        return shipped != null ? shipped : Path.of(System.getProperty("user.home"));
    }

    /**
     * Where Save starts: the folder of the person's own file; else the last folder a workbench was saved to
     * or opened from; else the user's Documents folder (or home). Never the app's own folders (the shipped
     * workbenches, the bundled lessons): they are read-only when installed, and an update replaces them.
     */
    Path saveDir() {
        Path f = file.get();
        if (ownFile() && f.toAbsolutePath().getParent() != null && !ShippedFiles.isShipped(f)) {
            return f.toAbsolutePath().getParent();
        }
        for (Path r : recent.files()) {
            Path dir = r.toAbsolutePath().getParent();
            if (dir != null && Files.isDirectory(dir) && !ShippedFiles.isShipped(r)) {
                return dir;
            }
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    String suggestedName(String title) {
        Path f = file.get();
        if (ownFile()) {
            return f.getFileName().toString();
        }
        String slug = (title != null ? title : doc.getSpec().name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "workbench" : shortSlug(slug, MAX_SLUG)) + "." + WorkbenchFiles.EXTENSION;
    }

    /** The longest file name Save proposes (before ".dfw"): it stands whole in the dialog's name field. */
    static final int MAX_SLUG = 40;

    /**
     * A slug cut to at most {@code max} characters at a word: the lesson's first words and its step
     * ("lesson-2b-primer-the-forward-pass-step-1", not 90 characters cut in the field).
     */
    static String shortSlug(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-step-\\d+").matcher(slug);
        String tail = m.find() ? m.group() : "";
        String head = tail.isEmpty() ? slug : slug.substring(0, m.start());
        StringBuilder b = new StringBuilder();
        for (String w : head.split("-")) {
            if (b.length() + (b.length() > 0 ? 1 : 0) + w.length() + tail.length() > max) {
                break;
            }
            b.append(b.length() > 0 ? "-" : "").append(w);
        }
        if (b.length() == 0) {
            b.append(head, 0, Math.max(1, max - tail.length()));
        }
        return b + tail;
    }

    public Optional<Path> file() { return Optional.ofNullable(file.get()); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public BooleanBinding unsavedProperty() { return unsaved; }
    public boolean isUnsaved() { return unsaved.get(); }
    public StringBinding titleProperty() { return title; }
    /** Whether the file was shipped with the app: Save then asks for a new name. */
    public ReadOnlyBooleanProperty templateProperty() { return template.getReadOnlyProperty(); }
    public boolean isTemplate() { return template.get(); }
    public RecentFiles recent() { return recent; }
    public FileDialogs dialogs() { return dialogs; }
    /** The folder to start file choosers in. */
    public Path lastDirectory() { return initialDir(); }
}
