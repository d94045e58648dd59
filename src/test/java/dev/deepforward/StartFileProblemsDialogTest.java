package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.WorkbenchApp;
import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file given at start that cannot be opened gets the same wide dialog, with its reasons, as File > Open. */
@ExtendWith(ApplicationExtension.class)
class StartFileProblemsDialogTest {

    private Stage stage;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(window::dispose);
        }
    }

    @Test
    void aCsvGivenAsTheStartFileShowsAWideDialogWithItsReasons(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("df-start-bad");
        Path csv = Files.writeString(home.resolve("bad.csv"), "x,y,label\n0.1,0.2,a\n");
        @SuppressWarnings("unchecked")
        CompletableFuture<WorkbenchWindow>[] filled = new CompletableFuture[1];
        robot.interact(() -> filled[0] = WorkbenchApp.open(stage, new PrefsStore(home.resolve("ui.json")),
                Launcher.startArguments(new String[] {csv.toString()}).file()));
        // shown first, sized on a later pulse: under load the width was read as NaN in between
        Waits.within(Waits.HANG, () -> dialog(robot) != null && dialog(robot).getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        window = filled[0].getNow(null);
        Window d = dialog(robot);
        assertThat(((Stage) d).getTitle()).isEqualTo("Cannot open bad.csv");
        assertThat(d.getWidth()).as("the dialog's width").isGreaterThanOrEqualTo(560);
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) d.getScene().getRoot();
        assertThat(pane.getContent()).as(pane.getHeaderText() + " / " + pane.getContentText()).isInstanceOf(TextArea.class);
        TextArea reasons = (TextArea) pane.getContent();
        assertThat(pane.getHeaderText()).startsWith("bad.csv could not be opened");
        assertThat(reasons.getText()).startsWith("line 1, column 1: a CSV table, not a workbench, lesson or run spec file")
                .contains("Data → Import… → CSV table…");
        assertThat(reasons.getHeight()).as("the reasons' box shows its line").isGreaterThan(30);
        robot.interact(() -> ((Stage) d).close());
        WaitForAsyncUtils.waitForFxEvents();
        if (window == null) {
            Waits.within(Waits.HANG, filled[0]::isDone);
            window = filled[0].get();
        }
        assertThat(stage.isShowing()).isTrue();
    }

    private static Window dialog(FxRobot robot) {
        return robot.listTargetWindows().stream()
                .filter(w -> w.isShowing() && w instanceof Stage s && s.getTitle() != null
                        && s.getTitle().startsWith("Cannot open"))
                .findFirst().orElse(null);
    }
}
