package dev.deepforward.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.RealWindowTest;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Long work of the analysis tools shows in the status bar from every tab, and a click leads back to it. */
class BackgroundWorkStatusTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aRunningSearchShowsInTheStatusBarAndAClickOpensTheAnalysisTab(FxRobot robot) throws Exception {
        TabPane views = robot.lookup("#views-tabs").queryAs(TabPane.class);
        robot.clickOn("#tab-analysis");
        SearchPanel search = window.views().analysis().search();
        robot.interact(() -> {
            window.views().analysis().getSelectionModel().select(window.views().analysis().searchTab());
            search.texts().get(SearchField.UNITS).setText("4, 8, 16, 24, 32, 48");
            search.gridButton().setSelected(true);
            search.iterationsSpinner().getValueFactory().setValue(100_000);
        });
        Label work = robot.lookup("#status-background").queryAs(Label.class);
        assertThat(work.isVisible()).isFalse();
        // The Start button may sit below the fold of the window's lower half: pressed as a keyboard user would.
        robot.interact(() -> robot.lookup("#search-start").queryButton().fire());
        robot.clickOn("#tab-training");
        within(10, () -> work.isVisible() && work.getText().matches("⟳ Hyperparameter search: \\d+ of \\d+ runs"));

        robot.clickOn(work);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-analysis");
        robot.interact(search::cancel);
        within(5, () -> !work.isVisible());
    }
}
