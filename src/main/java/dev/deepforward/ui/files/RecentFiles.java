package dev.deepforward.ui.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.deepforward.spec.io.BoundedInput;
import dev.deepforward.spec.json.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workbench files opened or saved most recently, and the lessons and lecture tracks File → Open… opened,
 * newest first, at most {@link #MAX}; kept in a small JSON list next to the window settings so File → Open
 * Recent survives a restart.
 */
public final class RecentFiles {

    public static final int MAX = 8;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        load();
    }

    /** Newest first; the menu observes it. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Moves {@code file} to the top (adding it if new) and saves the list. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
        save();
    }

    /** Forgets a file that could not be opened any more. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void load() {
        try {
            if (Files.isRegularFile(store)) {
                String[] names = JSON.readValue(BoundedInput.readText(store, BoundedInput.TEXT_FILE_BYTES,
                        "a settings file"), String[].class);
                Arrays.stream(names).limit(MAX).map(Path::of).forEach(files::add);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Ignoring unreadable recent-files list " + store + ": " + e.getMessage());
        }
    }

    private void save() {
        List<String> names = new ArrayList<>();
        files.forEach(p -> names.add(p.toString()));
        try {
            AtomicWrite.text(store, JSON.writeValueAsString(names));
        } catch (IOException e) {
            System.err.println("Could not save the recent-files list " + store + ": " + e.getMessage());
        }
    }
}
