package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.ui.files.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Data → Import in the real window: a file that cannot be imported says why where the person looks. */
@ExtendWith(ApplicationExtension.class)
class DataImportUiTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("df-import");
        window = new WorkbenchWindow(stage, new PrefsStore(home.resolve("ui.json")),
                new WorkbenchWindow.Options(dialogs, 1280, 800, true));
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.dispose());
    }

    @Test
    void aCsvWithBadLinesIsRefusedWithADialogThatListsAndCountsThemAndTheStatusBarSaysWhy(FxRobot robot)
            throws Exception {
        Path bad = Files.createTempDirectory("df-csv").resolve("bad.csv");
        Files.writeString(bad, "x,y,label\n1,2,a\n3,4,b\n5,oops,a\n6,b\n7,8,b\n");
        dialogs.files.add(bad);
        robot.clickOn("#import-menu");
        robot.clickOn("CSV table…");
        Waits.within(Waits.HANG, () -> !dialogs.errorsShown.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errorsShown).containsExactly("bad.csv could not be imported; your current data is unchanged: "
                + "bad.csv:4:2: column 'y': 'oops' is not a number\n"
                + "bad.csv:5: 2 values, but there are 3 columns (x, y, label)\n"
                + "2 lines cannot be read.");
        Label status = robot.lookup("#status-notice").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).endsWith("Not imported: bad.csv:4:2: column 'y': 'oops' is not a number"
                + " · 2 lines cannot be read.");
        assertThat(window.document().getSpec().data().dataset()).isEqualTo("spiral");
    }
}
