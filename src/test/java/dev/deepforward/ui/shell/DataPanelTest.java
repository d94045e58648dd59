package dev.deepforward.ui.shell;

import static dev.deepforward.Waits.within;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.data.DataPreview;
import dev.deepforward.ui.data.TablePreview;
import dev.deepforward.ui.model.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data panel on its own: choosing, previewing, editing and importing data. */
@ExtendWith(ApplicationExtension.class)
class DataPanelTest {

    private final DesignDocument doc = new DesignDocument();
    private DataPanel panel;

    @Start
    void start(Stage stage) {
        panel = new DataPanel(doc);
        stage.setScene(new Scene(panel, 260, 760));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(panel::close);
    }


    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String id) {
        javafx.scene.control.ListView<?> list = robot.lookup("#dataset-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> ((javafx.scene.control.ListView<String>) list).getSelectionModel().select(id));
    }

    @Test
    void theDefaultSpiralShowsAScatterOfItsPoints() throws Exception {
        within(10, () -> panel.preview().kind() == DataPreview.Kind.SCATTER);
        assertThat(panel.loadedProperty().get().size()).isEqualTo(500);
        assertThat(robot(panel).lookupSizes()).contains("train 300").contains("validation 100").contains("test 100");
    }

    @Test
    void choosingIrisShowsATablePreview(FxRobot robot) throws Exception {
        choose(robot, "iris");
        assertThat(doc.getSpec().data().dataset()).isEqualTo("iris");
        within(10, () -> panel.preview().kind() == DataPreview.Kind.TABLE);
        TablePreview table = robot.lookup("#preview-table").queryAs(TablePreview.class);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).hasSize(30);
        assertThat(table.getColumns()).hasSize(5); // 4 measurements and the species
        // classes in turn, so all three species are in the first rows
        assertThat(table.getItems().subList(0, 3).stream().map(i -> table.data().labels()[i]).distinct()).hasSize(3);
        assertThat(robot.lookup("#dataset-title").queryAs(Label.class).getText()).contains("Iris");
    }

    @Test
    void choosingMnistShowsAGridOfDigits(FxRobot robot) throws Exception {
        choose(robot, "mnist");
        within(20, () -> panel.preview().kind() == DataPreview.Kind.IMAGES);
        var grid = robot.lookup("#preview-digits").queryAs(dev.deepforward.ui.data.DigitGridPreview.class);
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.shown()).hasSize(20);
        // one of each digit before any repeats
        assertThat(java.util.Arrays.stream(grid.shown()).limit(10).map(i -> panel.loadedProperty().get().labels()[i])
                .sorted().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(robot.lookup("#shift-spinner").queryAs(Spinner.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#jitter-spinner").queryAs(Spinner.class).isDisabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheSplitIsOneUndoableEdit(FxRobot robot) throws Exception {
        Spinner<Double> validation = robot.lookup("#validation-spinner").queryAs(Spinner.class);
        int before = doc.history().undoSize();
        robot.interact(() -> validation.increment());
        assertThat(doc.getSpec().data().validationFraction()).isEqualTo(0.25);
        assertThat(doc.getSpec().data().testFraction()).isEqualTo(0.2);
        assertThat(doc.history().undoSize()).isEqualTo(before + 1);
        within(10, () -> robot(panel).lookupSizes().contains("validation 125"));
        robot.interact(doc::undo);
        assertThat(doc.getSpec().data().validationFraction()).isEqualTo(0.2);
        assertThat(validation.getValue()).isEqualTo(0.2);
    }

    @Test
    void aBadCsvShowsTheLoadersMessageAndKeepsThePreviousDataset(FxRobot robot) throws Exception {
        within(10, () -> panel.preview().kind() == DataPreview.Kind.SCATTER);
        Path bad = Files.createTempDirectory("df-csv").resolve("flowers.csv");
        Files.writeString(bad, "a,b,label\n1,2,x\n3,oops,y\n");
        robot.interact(() -> panel.importCsv(bad, null));
        within(10, () -> robot.lookup("#data-error").queryAs(Label.class).isVisible());
        String message = robot.lookup("#data-error").queryAs(Label.class).getText();
        assertThat(message).contains("flowers.csv:3").contains("oops");
        assertThat(doc.getSpec().data().dataset()).isEqualTo("spiral");
        assertThat(doc.history().undoSize()).isZero();
        assertThat(panel.preview().kind()).isEqualTo(DataPreview.Kind.SCATTER);
    }

    @Test
    void aGoodCsvBecomesTheDatasetWithItsSizes(FxRobot robot) throws Exception {
        Path good = Files.createTempDirectory("df-csv").resolve("pets.csv");
        StringBuilder csv = new StringBuilder("weight,height,legs,kind\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i).append(',').append(i % 7).append(",4,").append(i % 2 == 0 ? "cat" : "dog").append('\n');
        }
        Files.writeString(good, csv);
        robot.interact(() -> panel.importCsv(good, null));
        within(10, () -> "csv".equals(doc.getSpec().data().dataset()));
        assertThat(doc.getSpec().data().labelColumn()).isEqualTo("kind");
        within(10, () -> doc.getInputs() == 3 && doc.getOutputs() == 2);
        assertThat(panel.preview().kind()).isEqualTo(DataPreview.Kind.TABLE);
        assertThat(robot.lookup("#label-column").query().isVisible()).isTrue();
        assertThat(robot.lookup("#data-error").queryAs(Label.class).isVisible()).isFalse();
    }

    private static Finder robot(DataPanel p) {
        return new Finder(p);
    }

    /** Small lookups inside the panel. */
    private record Finder(DataPanel p) {
        String lookupSizes() {
            return ((Label) p.lookup("#data-sizes")).getText();
        }
    }

    @Test
    void theSamplesFieldShowsWhatTheDefaultAmountsToNeverABareZero(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> samples = robot.lookup("#samples-spinner").queryAs(javafx.scene.control.Spinner.class);
        assertThat(doc.getSpec().data().samples()).isZero();
        assertThat(samples.getEditor().getText()).isEqualTo("500"); // the spiral generator's default
        choose(robot, "mnist");
        assertThat(samples.getEditor().getText()).isEqualTo("all");
        robot.interact(() -> {
            samples.getEditor().setText("3000");
            samples.commitValue();
        });
        assertThat(doc.getSpec().data().samples()).isEqualTo(3000);
        robot.interact(() -> {
            samples.getEditor().setText("all");
            samples.commitValue();
        });
        assertThat(doc.getSpec().data().samples()).isZero();
    }
}
