package dev.deepforward.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonLocation;
import dev.deepforward.ui.files.FileDialogs.UnsavedChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real dialogs, driven by keys: the question about unsaved work is safe against the Space a student
 * presses next to train, and a dialog is as large as its content even when the window manager first makes
 * it smaller.
 */
@ExtendWith(ApplicationExtension.class)
class RealDialogsTest {

    private Stage stage;
    private FxFileDialogs dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
        dialogs = new FxFileDialogs(() -> stage);
    }

    /** The dialog pane on screen, once its window is showing. */
    private static DialogPane shown(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<DialogPane> pane = new java.util.concurrent.atomic.AtomicReference<>();
        Waits.within(20, () -> {
            pane.set(robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class)
                    .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing()).orElse(null));
            return pane.get() != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return pane.get();
    }

    private CompletableFuture<UnsavedChoice> ask() {
        CompletableFuture<UnsavedChoice> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.askUnsaved("Lesson 8 · Optimizers")));
        return answer;
    }

    @Test
    void spaceInTheUnsavedQuestionPressesNothingSoNothingIsSavedOrThrownAway(FxRobot robot) throws Exception {
        CompletableFuture<UnsavedChoice> answer = ask();
        DialogPane pane = shown(robot);
        assertThat(pane.getHeaderText()).isEqualTo("Save the changes to Lesson 8 · Optimizers?");
        robot.type(KeyCode.SPACE); // the student's next key, to train
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer).isNotDone(); // the question is still there, unanswered
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(UnsavedChoice.CANCEL);
    }

    @Test
    void tabToDontSaveThenSpaceStillAnswersFromTheKeyboard(FxRobot robot) throws Exception {
        CompletableFuture<UnsavedChoice> answer = ask();
        shown(robot);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node focused = robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow())
                .lookup(".dialog-pane").query().getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(javafx.scene.control.Button.class);
        String text = ((javafx.scene.control.Button) focused).getText();
        robot.type(KeyCode.SPACE);
        assertThat(answer.get(20, TimeUnit.SECONDS))
                .isEqualTo(text.equals("Don't save") ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL);
    }

    @Test
    void enterInTheUnsavedQuestionStillSavesAndEscapeCancels(FxRobot robot) throws Exception {
        CompletableFuture<UnsavedChoice> answer = ask();
        shown(robot);
        robot.type(KeyCode.ENTER);
        assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(UnsavedChoice.SAVE);

        CompletableFuture<UnsavedChoice> again = ask();
        shown(robot);
        robot.type(KeyCode.ESCAPE);
        assertThat(again.get(20, TimeUnit.SECONDS)).isEqualTo(UnsavedChoice.CANCEL);
    }

    @Test
    void anErrorDialogCutDownByTheWindowManagerGrowsBackToItsContent(FxRobot robot) throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        FileProblem empty = new FileProblem("empty.json", JsonLocation.START, "",
                "the file is empty: a workbench file is a JSON object { … }");
        Platform.runLater(() -> {
            dialogs.showProblems(Path.of("empty.json"), List.of(empty));
            closed.complete(null);
        });
        DialogPane pane = shown(robot);
        Window window = pane.getScene().getWindow();
        robot.interact(() -> {
            window.setWidth(200); // as the first dialog of a busy session opened
            window.setHeight(120);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double[] need = new double[2];
        robot.interact(() -> {
            need[0] = pane.prefWidth(-1);
            need[1] = pane.prefHeight(need[0]);
        });
        // the window, its scene and the pane all as large as the content again
        assertThat(window.getWidth()).isGreaterThanOrEqualTo(need[0] - 1);
        assertThat(pane.getScene().getWidth()).isGreaterThanOrEqualTo(need[0] - 1);
        assertThat(pane.getScene().getHeight()).isGreaterThanOrEqualTo(need[1] - 1);
        assertThat(need[0]).isGreaterThanOrEqualTo(FxFileDialogs.PROBLEMS_MIN_WIDTH);
        assertThat(robot.lookup("OK").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        closed.get(20, TimeUnit.SECONDS);
    }
}
