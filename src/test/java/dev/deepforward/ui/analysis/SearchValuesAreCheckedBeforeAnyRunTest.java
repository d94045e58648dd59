package dev.deepforward.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.SearchDimension;
import dev.deepforward.ui.model.DesignDocument;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hyperparameter search reads what is typed into its fields as the inspector does (a decimal comma in a
 * range is a point) and refuses a value no run could take (-1 units) before any run starts, as it refuses
 * "abc", instead of letting half the runs fail.
 */
@ExtendWith(ApplicationExtension.class)
class SearchValuesAreCheckedBeforeAnyRunTest {

    private AnalysisPane pane;

    @Start
    void start(Stage stage) {
        pane = new AnalysisPane(new DesignDocument(AnalysisToolsTest.spiral()));
        stage.setScene(new Scene(pane, 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(pane::dispose);
    }

    private void typeInto(FxRobot robot, SearchField f, String text) {
        robot.interact(() -> pane.getSelectionModel().select(pane.searchTab()));
        TextField field = robot.lookup("#search-values-" + f.name().toLowerCase()).queryAs(TextField.class);
        robot.doubleClickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        assertThat(field.getText()).isEqualTo(text);
    }

    private String start(FxRobot robot) {
        robot.clickOn("#search-start");
        WaitForAsyncUtils.waitForFxEvents();
        return pane.search().status().getText();
    }

    @Test
    void minusOneUnitsIsRefusedBeforeTheSearchStartsAndNoRunIsMade(FxRobot robot) {
        typeInto(robot, SearchField.UNITS, "8, -1");
        assertThat(start(robot)).isEqualTo("Units per layer: -1 is not a whole number of units from 1 to 4096");
        assertThat(pane.search().table().getItems()).isEmpty();
        assertThat(robot.lookup("#search-cancel").query().isDisabled()).as("nothing runs").isTrue();

        typeInto(robot, SearchField.UNITS, "8, 16");
        typeInto(robot, SearchField.LEARNING_RATE, "0.001, 200");
        assertThat(start(robot)).isEqualTo("Learning rate: 200 is not a learning rate above 0 and at most 100");
        typeInto(robot, SearchField.LEARNING_RATE, "0 .. 0.1");
        assertThat(start(robot)).startsWith("Learning rate: a range needs min < max and min > 0 (is 0 .. 0.1)");
        assertThat(pane.search().table().getItems()).isEmpty();
    }

    @Test
    void aDecimalCommaInARangeReadsAsAPointAndAListOfDecimalCommasIsRefusedWithItsFix(FxRobot robot) throws Exception {
        typeInto(robot, SearchField.LEARNING_RATE, "0,0001 .. 0,1");
        SearchDimension lr = WaitForAsyncUtils.asyncFx(() -> pane.search().space().dimensions().stream()
                .filter(d -> d.path().equals(SearchField.LEARNING_RATE.path())).findFirst().orElseThrow()).get();
        assertThat(lr.min()).isEqualTo(0.0001);
        assertThat(lr.max()).isEqualTo(0.1);

        typeInto(robot, SearchField.LEARNING_RATE, "1 .. 0,0001");
        assertThat(start(robot)).isEqualTo("Learning rate: a range needs min < max and min > 0 (is 1 .. 0,0001)");

        typeInto(robot, SearchField.LEARNING_RATE, "0,05, 0,1");
        assertThat(start(robot)).isEqualTo("Learning rate: in '0,05, 0,1' a comma separates values; write decimals with a point"
                + " (0.05, 0.1) or separate the values with ';' (0,05; 0,1)");
        typeInto(robot, SearchField.LEARNING_RATE, "0,05; 0,1");
        SearchDimension list = WaitForAsyncUtils.asyncFx(() -> pane.search().space().dimensions().stream()
                .filter(d -> d.path().equals(SearchField.LEARNING_RATE.path())).findFirst().orElseThrow()).get();
        assertThat(list.values()).isEqualTo(List.of(0.05, 0.1));
        assertThat(pane.search().table().getItems()).isEmpty();
    }

    @Test
    void aDecimalCommaBesideAValueWithAPointIsRefusedTooAndNotReadAsTwoValues(FxRobot robot) throws Exception {
        typeInto(robot, SearchField.LEARNING_RATE, "0.01, 1,5");
        assertThat(start(robot)).isEqualTo("Learning rate: in '0.01, 1,5' a comma separates values; write decimals with a point"
                + " (0.01, 1.5) or separate the values with ';' (0.01; 1,5)");
        assertThat(pane.search().table().getItems()).isEmpty();
        assertThat(robot.lookup("#search-cancel").query().isDisabled()).as("nothing runs").isTrue();

        typeInto(robot, SearchField.LEARNING_RATE, "0.05, 0.1");
        robot.clickOn("#search-use-l2"); // λ joins the search
        typeInto(robot, SearchField.L2, "0.1, 0,05");
        assertThat(start(robot)).isEqualTo("L2 λ: in '0.1, 0,05' a comma separates values; write decimals with a point"
                + " (0.1, 0.05) or separate the values with ';' (0.1; 0,05)");
        assertThat(pane.search().table().getItems()).isEmpty();

        typeInto(robot, SearchField.L2, "0.1; 0,05");
        SearchDimension lr = dimension(robot, SearchField.LEARNING_RATE);
        SearchDimension l2 = dimension(robot, SearchField.L2);
        assertThat(lr.values()).isEqualTo(List.of(0.05, 0.1));
        assertThat(l2.values()).isEqualTo(List.of(0.1, 0.05));
    }

    private SearchDimension dimension(FxRobot robot, SearchField f) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.search().space().dimensions().stream()
                .filter(d -> d.path().equals(f.path())).findFirst().orElseThrow()).get();
    }
}
