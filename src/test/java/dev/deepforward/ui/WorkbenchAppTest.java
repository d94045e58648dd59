package dev.deepforward.ui;

import static org.testfx.assertions.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WorkbenchAppTest {

    @Start
    void start(Stage stage) {
        new WorkbenchApp().start(stage);
    }

    @Test
    void theWindowOpensWithTheProductName(FxRobot robot) {
        Label title = robot.lookup("#title").queryAs(Label.class);
        assertThat(title).hasText("DeepForward Workbench");
        org.assertj.core.api.Assertions.assertThat(robot.window(0).getScene().getWindow()).isNotNull();
    }
}
