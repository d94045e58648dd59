package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.Backend;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EngineMenuTest {

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(WorkbenchWindow.Options.defaults().withDialogs(new ScriptedDialogs()));

    private WorkbenchWindow window;
    private RadioMenuItem nd4j;
    private RadioMenuItem auto;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @AfterEach
    void backToTheAutomaticEngine() {
        Backend.setProcessDefault(Backend.AUTO);
    }

    @Test
    void runEngineChoosesTheKernelsForTheNextNetworks(FxRobot robot) {
        assertThat(Backend.processDefault()).isEqualTo(Backend.AUTO);
        robot.clickOn("Run");
        robot.clickOn("Engine");
        robot.clickOn("ND4J operations (as on a GPU)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Backend.processDefault()).isEqualTo(Backend.ND4J);

        robot.clickOn("Run");
        robot.clickOn("Engine");
        robot.interact(() -> {
            var engine = (javafx.scene.control.Menu) robot.lookup("#menu-bar")
                    .queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                    .filter(m -> m.getText().equals("Run")).findFirst().orElseThrow().getItems().stream()
                    .filter(i -> "menu-engine".equals(i.getId())).findFirst().orElseThrow();
            nd4j = (RadioMenuItem) engine.getItems().stream().filter(i -> "menu-engine-nd4j".equals(i.getId()))
                    .findFirst().orElseThrow();
            auto = (RadioMenuItem) engine.getItems().stream().filter(i -> "menu-engine-auto".equals(i.getId()))
                    .findFirst().orElseThrow();
        });
        assertThat(nd4j.isSelected()).isTrue();
        robot.clickOn("Automatic (by network size)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Backend.processDefault()).isEqualTo(Backend.AUTO);
        assertThat(auto.isSelected()).isTrue();
    }
}
