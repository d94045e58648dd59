package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonCatalog;
import dev.deepforward.lesson.Step;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson step never points at something put away: its set-up shows the Network panel it names. */
@ExtendWith(ApplicationExtension.class)
class LessonPointsAtWhatIsShownTest {

    private static final Path TIME = Path.of("lessons/16-time-and-hardware.json");

    @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void settingUpTheStepThatReadsTheNetworkHeaderBringsTheNetworkBackAfterHPutItAway(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(TIME)));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.H); // the network put away: the charts get the screen
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#total-params").tryQuery()).isEmpty();

        robot.type(KeyCode.ENTER); // step 1: "the Network panel's header shows its parameter count"
        WaitForAsyncUtils.waitForFxEvents();
        Label total = robot.lookup("#total-params").queryAs(Label.class);
        assertThat(total.isVisible()).isTrue();
        assertThat(total.getScene()).isSameAs(window.stage().getScene());
        assertThat(total.getText()).isEqualTo("269,322 parameters");
        assertThat(window.networkShownProperty().get()).isTrue();
    }

    @Test
    void everyShippedStepThatPointsAtTheNetworkPanelHasASetUpThatShowsIt() throws Exception {
        LessonCatalog shipped = LessonCatalog.load(Path.of("lessons"), null);
        List<String> pointing = new ArrayList<>();
        for (Lesson l : shipped.lessons()) {
            for (int i = 0; i < l.steps().size(); i++) {
                Step s = l.steps().get(i);
                String text = s.text() == null ? "" : s.text().toLowerCase(java.util.Locale.ROOT).replace("*", "");
                if (text.contains("network panel") || text.contains("network's header") || text.contains("layer card")) {
                    pointing.add(l.id() + " " + (i + 1));
                    assertThat(LessonPlayer.pointsAtNetwork(s)).as(l.id() + " step " + (i + 1)).isTrue();
                    // Enter shows the panel only on a step with a run to set up
                    assertThat(s.setup()).as(l.id() + " step " + (i + 1)).isNotNull();
                }
            }
        }
        assertThat(pointing).contains("time-and-hardware 1");
    }
}
