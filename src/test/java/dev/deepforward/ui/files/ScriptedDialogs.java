package dev.deepforward.ui.files;

import dev.deepforward.spec.json.FileProblem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialog answers given in advance, and a record of what was shown: headless tests never block. */
public final class ScriptedDialogs implements FileDialogs {

    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final List<FileProblem> problemsShown = new ArrayList<>();
    public final List<String> errorsShown = new ArrayList<>();
    public int unsavedQuestions;
    /** The name the last question about unsaved changes gave the work ("Save the changes to …?"). */
    public String unsavedName;
    /** The folder and the name the last Save dialog proposed. */
    public Path saveDir;
    public String suggestedName;

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDir) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseLessonToOpen(Path initialDir) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDir, String suggestedName) {
        this.saveDir = initialDir;
        this.suggestedName = suggestedName;
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialDir, String suggestedName, String description, String extension) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        unsavedQuestions++;
        unsavedName = documentName;
        return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.poll();
    }

    @Override
    public void showProblems(Path file, List<FileProblem> problems) {
        problemsShown.addAll(problems);
    }

    @Override
    public void showError(String title, String message) {
        errorsShown.add(title + ": " + message);
    }
}
