package dev.deepforward.ui.shot;

import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.ui.files.FileDialogs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs for a window nobody sees: nothing is asked, problems go to the command's error stream. */
final class QuietDialogs implements FileDialogs {

    private final PrintWriter err;

    QuietDialogs(PrintWriter err) {
        this.err = err;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDir) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseLessonToOpen(Path initialDir) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDir, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialDir, String suggestedName, String description, String extension) {
        return Optional.empty();
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        return UnsavedChoice.DISCARD;
    }

    @Override
    public void showProblems(Path file, List<FileProblem> problems) {
        problems.forEach(err::println);
        err.flush();
    }

    @Override
    public void showError(String title, String message) {
        err.println(title + ": " + message);
        err.flush();
    }
}
