package dev.deepforward.ui.files;

import dev.deepforward.spec.json.FileProblem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX file choosers and alerts, owned by the workbench window. */
public final class FxFileDialogs implements FileDialogs {

    /** The problems dialog is never narrower than this: its lines are {@code file:line:column: message}. */
    static final double PROBLEMS_MIN_WIDTH = 560;

    private final Supplier<Window> owner;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDir) {
        // Open takes a lesson and a lecture track too (DocumentSession hands them to the lesson player), so all are listed.
        FileChooser fc = chooser("Open workbench or lesson", initialDir);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                        "Workbench, lesson and lecture track files (*.dfw, *.dflesson, *.dftrack, *.json)",
                        "*." + WorkbenchFiles.EXTENSION, "*." + dev.deepforward.lesson.LessonLoader.EXTENSION,
                        "*." + dev.deepforward.lesson.LectureTracks.EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(dev.deepforward.ui.KeepMaximized.around(owner.get(), fc::showOpenDialog)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseLessonToOpen(Path initialDir) {
        FileChooser fc = chooser("Open lesson", initialDir);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lessons (*.dflesson, *.json)",
                "*." + dev.deepforward.lesson.LessonLoader.EXTENSION, "*.json"));
        return Optional.ofNullable(dev.deepforward.ui.KeepMaximized.around(owner.get(), fc::showOpenDialog)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDir, String suggestedName) {
        return chooseExportFile(initialDir, suggestedName, "Workbench files", WorkbenchFiles.EXTENSION);
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialDir, String suggestedName, String description, String extension) {
        FileChooser fc = chooser("Save as", initialDir);
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (*." + extension + ")", "*." + extension));
        return Optional.ofNullable(dev.deepforward.ui.KeepMaximized.around(owner.get(), fc::showSaveDialog)).map(File::toPath).map(p -> withExtension(p, extension));
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.", save, discard, cancel);
        a.initOwner(owner.get());
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + documentName + "?");
        safeFocus(a, save);
        dev.deepforward.ui.DialogSize.fitContent(a);
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    /**
     * The question comes up while the person is typing the workbench's keys, and the next one is often Space
     * (train). Space would press the focused button, which starts as the default Save and opened a Save dialog
     * nobody asked for. So Space does nothing on that button: the question stays until it is answered with
     * Enter (Save, the default), Esc (Cancel) or a click; Tab still moves to the other buttons, which Space presses.
     */
    static void safeFocus(Alert a, ButtonType save) {
        javafx.scene.Node s = a.getDialogPane().lookupButton(save);
        a.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && s.isFocused()) {
                e.consume();
            }
        });
    }

    @Override
    public void showProblems(Path file, List<FileProblem> problems) {
        // One problem per line, compiler style.
        showLines("Cannot open " + file.getFileName(),
                file.getFileName() + " could not be opened; your current work is unchanged.",
                problems.stream().map(FileProblem::inWords).collect(Collectors.joining("\n")), problems.size(),
                "open-problems");
    }

    @Override
    public Optional<Path> chooseCsvToImport(Path initialDir) {
        FileChooser fc = chooser("Import a CSV table", initialDir);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.csv.gz", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = dev.deepforward.ui.KeepMaximized.around(owner.get(), fc::showOpenDialog);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showImportProblems(Path file, String message) {
        // The reader's lines as they are (file:line:column: what).
        showLines("Cannot import " + file.getFileName(),
                file.getFileName() + " could not be imported; your current data is unchanged.", message,
                message.lines().count(), "import-problems");
    }

    /**
     * An error dialog whose content is {@code lines} lines of problems, selectable so they can be copied
     * into an editor or a bug report.
     */
    private void showLines(String title, String header, String text, long lines, String id) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount((int) Math.min(12, 2 * lines + 1)); // a long reason wraps to a second line
        area.setPrefColumnCount(60);
        area.setMinHeight(Region.USE_PREF_SIZE); // its rows, not cut to one with a scroll bar
        area.setId(id);
        a.getDialogPane().setContent(area);
        // As wide as the problems' lines, whatever the owner's state when it is raised: the dialog sizes
        // itself from its content's preferred size, which the window manager may otherwise cut down.
        a.getDialogPane().setMinWidth(PROBLEMS_MIN_WIDTH);
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.setResizable(true);
        dev.deepforward.ui.DialogSize.fitContent(a);
        a.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        dev.deepforward.ui.DialogSize.fitContent(a);
        a.showAndWait();
    }

    private static FileChooser chooser(String title, Path initialDir) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (initialDir != null && Files.isDirectory(initialDir)) {
            fc.setInitialDirectory(initialDir.toFile());
        }
        return fc;
    }

    private static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + "." + extension);
    }
}
