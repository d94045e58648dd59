package dev.deepforward.ui.files;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.ui.model.DesignDocument;
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
    private final Supplier<WorkbenchLayout> layoutNow;
    private Supplier<List<dev.deepforward.ui.run.LiveChange>> liveChanges = List::of;
    private final Consumer<WorkbenchLayout> applyLayout;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** The design as last saved or opened; {@code null} when nothing saved matches the work (always unsaved). */
    private final ObjectProperty<RunSpec> savedSpec = new SimpleObjectProperty<>(this, "savedSpec");
    /**
     * The side-by-side variants. The window does not edit them yet (compare mode is being built); they are
     * kept from the opened file so saving never drops them, and compare mode can bind to this property.
     */
    private final ObjectProperty<List<Variant>> variants = new SimpleObjectProperty<>(this, "variants", List.of());
    private final ObjectProperty<List<Variant>> savedVariants = new SimpleObjectProperty<>(this, "savedVariants", List.of());
    private final BooleanBinding unsaved;
    private final StringBinding title;
    private boolean discarded;

    public DocumentSession(DesignDocument doc, FileDialogs dialogs, RecentFiles recent,
            Supplier<WorkbenchLayout> layoutNow, Consumer<WorkbenchLayout> applyLayout) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.recent = recent;
        this.layoutNow = layoutNow;
        this.applyLayout = applyLayout;
        savedSpec.set(doc.getSpec());
        unsaved = Bindings.createBooleanBinding(
                () -> !Objects.equals(doc.getSpec(), savedSpec.get()) || !variants.get().equals(savedVariants.get()),
                doc.specProperty(), savedSpec, variants, savedVariants);
        title = Bindings.createStringBinding(() -> displayName() + (unsaved.get() ? " •" : "") + " — " + APP_TITLE,
                file, unsaved);
    }

    // ---- commands ------------------------------------------------------------------------------

    /** File → New: the default design, after asking about unsaved changes. */
    public void newDesign() {
        if (!confirmDiscard()) {
            return;
        }
        doc.replace(RunSpec.defaults(), "New design");
        variants.set(List.of());
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
     * Opens a workbench file. A bad file shows its problems and leaves the current work as it is.
     *
     * @return whether the file was opened
     */
    public boolean openWithoutAsking(Path path) {
        Loaded<WorkbenchFile> loaded = WorkbenchFiles.read(path);
        if (!loaded.ok()) {
            if (!Files.exists(path)) {
                recent.remove(path);
            }
            dialogs.showProblems(path, loaded.problems());
            return false;
        }
        WorkbenchFile wb = loaded.value();
        doc.replace(wb.spec(), "Open " + path.getFileName());
        variants.set(wb.variants());
        applyLayout.accept(wb.layout());
        markSaved(path);
        recent.add(path);
        return true;
    }

    /** File → Save: to the current file, or Save As when there is none. */
    public boolean save() {
        Path f = file.get();
        return f == null ? saveAs() : saveTo(f);
    }

    /** File → Save As… */
    public boolean saveAs() {
        return dialogs.chooseFileToSave(initialDir(), suggestedName()).map(this::saveTo).orElse(false);
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
        return switch (dialogs.askUnsaved(displayName())) {
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
        return new WorkbenchFile(doc.getSpec(), variants.get(), layoutNow.get())
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
            return savedSpec.get() == null || f == null ? null
                    : new WorkbenchFile(savedSpec.get(), savedVariants.get(), layoutNow.get())
                            .withSession(new WorkbenchSession(f.toString(), false));
        }
        return snapshot().withSession(new WorkbenchSession(f == null ? null : f.toString(), unsaved.get()));
    }

    /** Takes over work restored from the autosave (the design is already in the document). */
    public void restored(WorkbenchFile wb) {
        variants.set(wb.variants());
        WorkbenchSession s = wb.session() == null ? WorkbenchSession.defaults() : wb.session();
        Path f = s.file() == null ? null : Path.of(s.file());
        file.set(f != null && Files.isRegularFile(f) ? f : null);
        if (s.unsaved()) {
            // The saved version is not at hand; the work counts as unsaved until it is saved again.
            savedSpec.set(null);
            savedVariants.set(List.of());
        } else {
            savedSpec.set(doc.getSpec());
            savedVariants.set(variants.get());
        }
        discarded = false;
    }

    private void markSaved(Path path) {
        file.set(path);
        savedSpec.set(doc.getSpec());
        savedVariants.set(variants.get());
        discarded = false;
    }

    public String displayName() {
        Path f = file.get();
        return f == null ? "Untitled" : f.getFileName().toString();
    }

    private Path initialDir() {
        Path f = file.get();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            return f.toAbsolutePath().getParent();
        }
        return recent.files().isEmpty() ? Path.of(System.getProperty("user.home")) : recent.files().get(0).getParent();
    }

    private String suggestedName() {
        Path f = file.get();
        if (f != null) {
            return f.getFileName().toString();
        }
        String slug = doc.getSpec().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "workbench" : slug) + "." + WorkbenchFiles.EXTENSION;
    }

    public Optional<Path> file() { return Optional.ofNullable(file.get()); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public BooleanBinding unsavedProperty() { return unsaved; }
    public boolean isUnsaved() { return unsaved.get(); }
    public StringBinding titleProperty() { return title; }
    public ObjectProperty<List<Variant>> variantsProperty() { return variants; }
    public RecentFiles recent() { return recent; }
    public FileDialogs dialogs() { return dialogs; }
    /** The folder to start file choosers in. */
    public Path lastDirectory() { return initialDir(); }
}
