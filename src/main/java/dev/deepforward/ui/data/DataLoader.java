package dev.deepforward.ui.data;

import dev.deepforward.data.DataException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs data loading (files, generators, the shipped MNIST) on one background thread and hands the result
 * back on the FX thread. Only the newest request counts: a result that arrives after a newer request was
 * made is dropped, so clicking through datasets quickly never shows a stale preview.
 */
public final class DataLoader {

    /** A load that may fail with the loader's own message (file and line). */
    @FunctionalInterface
    public interface Job<T> {
        T load() throws DataException;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-preview");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long generation;

    /** Starts {@code job}; {@code done} or {@code failed} runs on the FX thread unless superseded. Call on the FX thread. */
    public <T> void load(Job<T> job, Consumer<T> done, Consumer<String> failed) {
        long gen = ++generation;
        busy.set(true);
        try {
            thread.execute(() -> {
                T result = null;
                String error = null;
                try {
                    result = job.load();
                } catch (DataException e) {
                    error = e.getMessage();
                } catch (RuntimeException | OutOfMemoryError e) {
                    error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                }
                T r = result;
                String err = error;
                Platform.runLater(() -> {
                    if (gen != generation) {
                        return;
                    }
                    busy.set(false);
                    if (err != null) {
                        failed.accept(err);
                    } else {
                        done.accept(r);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void close() {
        thread.shutdownNow();
    }
}
