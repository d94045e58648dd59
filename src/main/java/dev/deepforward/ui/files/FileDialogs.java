package dev.deepforward.ui.files;

import dev.deepforward.spec.json.FileProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the file commands ask the user. The window uses {@link FxFileDialogs}; tests script the
 * answers, since a modal dialog would block a headless test forever.
 */
public interface FileDialogs {

    /** What to do with unsaved changes when the window closes or other work replaces them. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen(Path initialDir);

    /** File → Open lesson…: a lesson file ({@code *.dflesson}, {@code *.json}); {@code initialDir} may be null. */
    Optional<Path> chooseLessonToOpen(Path initialDir);

    /** Data → Import → CSV table…: a table to import; {@code initialDir} may be null. */
    default Optional<Path> chooseCsvToImport(Path initialDir) {
        return chooseFileToOpen(initialDir);
    }

    Optional<Path> chooseFileToSave(Path initialDir, String suggestedName);

    /** Same question for any file type (charts as PNG, metrics as CSV). */
    Optional<Path> chooseExportFile(Path initialDir, String suggestedName, String description, String extension);

    UnsavedChoice askUnsaved(String documentName);

    /** A file could not be opened; {@code problems} say where and why. */
    void showProblems(Path file, List<FileProblem> problems);

    void showError(String title, String message);

    /**
     * A data file could not be imported and the data in use stay as they were; {@code message} is the
     * reader's, one bad line per text line ({@code bad.csv:4:2: column 'y': 'oops' is not a number}), with the
     * count of bad lines last when there are several.
     */
    default void showImportProblems(Path file, String message) {
        showError(file.getFileName() + " could not be imported; your current data is unchanged", message);
    }
}
