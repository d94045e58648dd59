package dev.deepforward.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Variant;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare → Custom variants… on a lesson's comparison (lesson 14 step 1: four learning rates) shows each
 * variant's own settings, and OK keeps them, changing only what was changed in the dialog.
 */
@ExtendWith(ApplicationExtension.class)
class CustomVariantsKeepALessonsSettingsTest {

    private static final Path SEARCH = Path.of("lessons/14-hyperparameter-and-architecture-search.json");

    @RegisterExtension
    final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private void setUpLesson14(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(SEARCH)));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER); // sets up the four rates
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison().fixed()).hasSize(4);
    }

    private void openCustomVariants(FxRobot robot) {
        robot.clickOn("#compare-button");
        robot.clickOn("Custom variants…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String eta(FxRobot robot, int row) {
        return robot.lookup("#variant-eta-" + row).queryAs(TextField.class).getText();
    }

    private static double rate(Variant v) {
        return ((Number) v.set().get("training.learningRate")).doubleValue();
    }

    @Test
    void theDialogShowsEachLessonVariantsOwnLearningRateAndWhatItIs(FxRobot robot) throws Exception {
        setUpLesson14(robot);
        openCustomVariants(robot);

        assertThat(List.of(eta(robot, 0), eta(robot, 1), eta(robot, 2), eta(robot, 3)))
                .containsExactly("1e-4", "0.003", "0.03", "1");
        assertThat(robot.lookup("#variant-what-0").queryAs(Label.class).getText()).isEqualTo("Adam, η = 0.0001");
        assertThat(robot.lookup("#variant-activation-0").queryAs(ChoiceBox.class).getValue()).isEqualTo("as designed");
        robot.clickOn("Cancel");
    }

    @Test
    void okAfterChangingOnlyDsRateKeepsTheOtherRatesAndSaysDsNewRate(FxRobot robot) throws Exception {
        setUpLesson14(robot);
        List<Variant> before = window.document().design().variants();
        openCustomVariants(robot);

        robot.doubleClickOn("#variant-eta-3");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("0.3");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        List<Variant> after = window.document().design().variants();
        assertThat(after).hasSize(4);
        assertThat(after.subList(0, 3)).isEqualTo(before.subList(0, 3)); // A–C exactly as the lesson wrote them
        assertThat(after.stream().map(CustomVariantsKeepALessonsSettingsTest::rate).toList())
                .containsExactly(1e-4, 0.003, 0.03, 0.3);
        assertThat(after.get(3).name()).isEqualTo("1");
        assertThat(after.get(3).description()).isEqualTo("Adam, η = 0.3");
        // the runs the comparison trains: each at its own rate
        assertThat(after.stream().map(v -> v.applyTo(window.document().getSpec()).training().learningRate()).toList())
                .containsExactly(1e-4, 0.003, 0.03, 0.3);
        assertThat(window.document().getComparison().caption(window.document().getSpec()))
                .startsWith("A: 1e-4 (Adam, η = 0.0001) · B: 3e-3 (Adam, η = 0.003)").contains("D: 1 (Adam, η = 0.3)");

        // the dialog opened again shows what OK kept
        openCustomVariants(robot);
        assertThat(List.of(eta(robot, 0), eta(robot, 1), eta(robot, 2), eta(robot, 3)))
                .containsExactly("1e-4", "0.003", "0.03", "0.3");
        robot.clickOn("Cancel");
    }

    @Test
    void okWithNothingChangedLeavesTheLessonsComparisonAsItWas(FxRobot robot) throws Exception {
        setUpLesson14(robot);
        var before = window.document().design();
        openCustomVariants(robot);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().design().variants()).isEqualTo(before.variants());
    }
}
