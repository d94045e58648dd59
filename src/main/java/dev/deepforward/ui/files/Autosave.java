package dev.deepforward.ui.files;

import dev.deepforward.spec.json.AtomicWrite;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.Loaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps the current work in {@code autosave.json} so it comes back after a restart (or a crash): written
 * a moment after the last change (debounced, so dragging a slider writes once, not sixty times a second)
 * and on exit. Writes are atomic and skipped when nothing changed.
 */
public final class Autosave {

    public static final String FILE_NAME = "autosave.json";
    static final Duration DELAY = Duration.millis(800);

    private final Path file;
    private final Supplier<WorkbenchFile> snapshot;
    private final PauseTransition debounce = new PauseTransition(DELAY);
    private String lastWritten;
    private boolean stopped;

    /**
     * @param snapshot the work to keep; {@code null} means there is nothing worth restoring
     * @param enabled  false: never touch the file (screenshots, and windows that are not the user's)
     */
    public Autosave(Path file, Supplier<WorkbenchFile> snapshot, boolean enabled) {
        this.file = file;
        this.snapshot = snapshot;
        this.stopped = !enabled;
        debounce.setOnFinished(e -> writeNow());
    }

    public Path file() {
        return file;
    }

    /** Something changed: write soon. */
    public void changed() {
        if (!stopped) {
            debounce.playFromStart();
        }
    }

    /** Writes now (on exit, and in tests instead of waiting for the debounce). */
    public void flush() {
        debounce.stop();
        writeNow();
    }

    /** Writes a last time and stops listening (the window is closing). */
    public void close() {
        if (!stopped) {
            flush();
            stopped = true;
        }
    }

    private void writeNow() {
        if (stopped) {
            return;
        }
        try {
            WorkbenchFile wb = snapshot.get();
            if (wb == null) {
                Files.deleteIfExists(file);
                lastWritten = null;
                return;
            }
            String text = dev.deepforward.spec.json.SpecJson.write(wb);
            if (!text.equals(lastWritten)) {
                AtomicWrite.text(file, text);
                lastWritten = text;
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[deepforward] could not autosave to " + file + ": " + e.getMessage());
        }
    }

    /**
     * The work kept in {@code file}, if there is any. An unreadable autosave is moved aside (never
     * overwritten, so nothing is lost) and the workbench starts fresh.
     */
    public static Optional<WorkbenchFile> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Loaded<WorkbenchFile> loaded = WorkbenchFiles.read(file);
        if (loaded.ok()) {
            return Optional.of(loaded.value());
        }
        Path aside = file.resolveSibling("autosave-unreadable-" + System.currentTimeMillis() + ".json");
        System.err.println("[deepforward] the autosaved work could not be restored; kept it as " + aside + ":");
        for (FileProblem p : loaded.problems()) {
            System.err.println("  " + p);
        }
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("[deepforward] could not move it aside: " + e.getMessage());
        }
        return Optional.empty();
    }
}
