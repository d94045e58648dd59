package dev.deepforward.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.compare.HeadlineToggle;
import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.shell.Theme;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save, open, autosave and export, through the real window with scripted dialogs. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFileUiTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(WorkbenchWindow.Options.defaults().withDialogs(dialogs));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void saveThenReopenGivesTheSameWorkbench(FxRobot robot) throws Exception {
        Path file = workbench.home().resolve("lecture.json");
        robot.interact(() -> {
            window.document().apply(NetworkEdits.setUnits(0, 5));
            window.setTheme(Theme.DARK);
            window.applyLayout(new WorkbenchLayout(0.2, 0.7, 0.45, "dark"));
        });
        assertThat(window.stage().getTitle()).startsWith("Untitled •");
        WorkbenchLayout savedLayout = window.currentLayout();
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
        // The default design's name was given to another network: the saved one is named as it is.
        RunSpec saved = window.document().getSpec();
        assertThat(saved.name()).isEqualTo("2-5-16-2 ReLU on spiral");
        assertThat(window.stage().getTitle()).isEqualTo("lecture.json — DeepForward Workbench");

        // Change everything, then open the file again (Ctrl+O, discarding the changes).
        robot.interact(() -> {
            window.document().apply(NetworkEdits.setUnits(1, 3));
            window.applyLayout(new WorkbenchLayout(0.1, 0.8, 0.6, "light"));
        });
        assertThat(window.stage().getTitle()).isEqualTo("lecture.json • — DeepForward Workbench");
        dialogs.unsavedAnswers.add(FileDialogs.UnsavedChoice.DISCARD);
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(window.document().getSpec()).isEqualTo(saved);
        WorkbenchLayout l = window.currentLayout();
        assertThat(l.theme()).isEqualTo("dark");
        assertThat(window.theme()).isEqualTo(Theme.DARK);
        assertThat(l.leftDivider()).isCloseTo(savedLayout.leftDivider(), offset(0.01));
        assertThat(l.rightDivider()).isCloseTo(savedLayout.rightDivider(), offset(0.01));
        assertThat(l.chartDivider()).isCloseTo(savedLayout.chartDivider(), offset(0.01));
        assertThat(window.stage().getTitle()).isEqualTo("lecture.json — DeepForward Workbench");
        assertThat(window.session().recent().files()).first().isEqualTo(file.toAbsolutePath().normalize());
        // Undo back to the saved design is "saved" again: the • follows the content, not an edit count.
        robot.interact(() -> window.document().apply(NetworkEdits.setUnits(0, 7)));
        assertThat(window.session().isUnsaved()).isTrue();
        robot.interact(() -> window.document().undo());
        assertThat(window.session().isUnsaved()).isFalse();
    }

    @Test
    void aCorruptFileShowsItsProblemsAndKeepsTheCurrentWork(FxRobot robot) throws Exception {
        robot.interact(() -> window.document().apply(NetworkEdits.setUnits(0, 5)));
        RunSpec before = window.document().getSpec();
        Path bad = workbench.home().resolve("broken.json");
        Files.writeString(bad, "{\n  \"format\": 1,\n  \"spec\": { \"seed\": \"many\" \n}");
        dialogs.unsavedAnswers.add(FileDialogs.UnsavedChoice.DISCARD);
        boolean opened = WaitForAsyncUtils.asyncFx(() -> window.session().open(bad)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).isFalse();
        assertThat(dialogs.problemsShown).isNotEmpty();
        assertThat(dialogs.problemsShown.get(0).toString()).matches("\\Q" + bad + "\\E:\\d+:\\d+: .*");
        assertThat(window.document().getSpec()).isEqualTo(before);
        assertThat(window.document().history().canUndoProperty().get()).isTrue();
        assertThat(window.session().file()).isEmpty();

        dialogs.problemsShown.clear();
        Files.writeString(bad, "{ \"format\": 1, \"spec\": { \"seed\": \"many\" } }");
        robot.interact(() -> window.session().openWithoutAsking(bad));
        assertThat(dialogs.problemsShown).extracting(Object::toString)
                .anySatisfy(s -> assertThat(s).startsWith(bad + ":1:").contains("spec.seed", "expected a whole number"));
        assertThat(window.document().getSpec()).isEqualTo(before);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.interact(() -> window.document().apply(NetworkEdits.setUnits(0, 5)));
        dialogs.unsavedAnswers.add(FileDialogs.UnsavedChoice.CANCEL);
        robot.interact(window::requestClose);
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(window.stage().isShowing()).isTrue();
    }

    @Test
    void theWorkComesBackAfterARestart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.document().apply(NetworkEdits.setUnits(0, 9));
            window.document().apply(NetworkEdits.setUnits(1, 4));
            window.autosave().flush();
        });
        RunSpec work = window.document().getSpec();
        assertThat(workbench.home().resolve(Autosave.FILE_NAME)).exists();
        robot.interact(window::dispose);

        // A new window on the same home, as after quitting and starting again.
        WorkbenchWindow[] again = new WorkbenchWindow[1];
        robot.interact(() -> again[0] = workbench.again(new Stage())); // closed after the test
        assertThat(again[0].document().getSpec()).isEqualTo(work);
        assertThat(again[0].session().isUnsaved()).isTrue();
        assertThat(again[0].stage().getTitle()).startsWith("Untitled •");
    }

    @Test
    void chartsExportAsPngAndMetricsAsCsv(FxRobot robot) throws Exception {
        robot.interact(() -> window.runController().play());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.runController().status().iterationProperty().get() > 150);
        robot.interact(() -> window.runController().pause());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.runController().status().phaseProperty().get() == RunPhase.PAUSED);
        robot.sleep(200);

        Path png = workbench.home().resolve("loss.png");
        dialogs.files.add(png);
        robot.interact(() -> window.exports().exportChart(window.exports().entries().get(0)));
        assertThat(dialogs.errorsShown).isEmpty();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.round(window.charts().lossChart().getWidth()));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in the exported chart").isGreaterThan(20);

        Path csv = workbench.home().resolve("metrics.csv");
        dialogs.files.add(csv);
        robot.interact(() -> window.exports().exportMetrics());
        var lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("variant,kind,iteration,epoch,loss,lr,grad_norm_1,grad_norm_2,grad_norm_3,train_loss");
        assertThat(lines).filteredOn(s -> s.startsWith(",iteration,")).hasSizeGreaterThan(150);
        assertThat(lines).filteredOn(s -> s.startsWith(",epoch,")).isNotEmpty();
        assertThat(lines.get(1)).startsWith(",iteration,1,0,");
    }

    @Test
    void aComparisonIsSavedWithTheWorkbenchAndOpeningTheFileTrainsTheSameVariants(FxRobot robot) throws Exception {
        Path file = workbench.home().resolve("compare.json");
        robot.type(KeyCode.C); // compare on: sigmoid vs ReLU
        WaitForAsyncUtils.waitForFxEvents();
        ComparePlan plan = window.compareMode().plan();
        assertThat(plan).isEqualTo(ComparePlan.of(HeadlineToggle.ACTIVATION));
        assertThat(window.session().isUnsaved()).isTrue();
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).contains("\"variants\"").contains("sigmoid");
        assertThat(window.session().isUnsaved()).isFalse();

        // Switch the comparison off (unsaved again), then open the file: its variants are compared again.
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.compareMode().plan()).isNull();
        assertThat(window.session().isUnsaved()).isTrue();
        dialogs.unsavedAnswers.add(FileDialogs.UnsavedChoice.DISCARD);
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.compareMode().plan()).isEqualTo(plan);
        assertThat(window.session().isUnsaved()).isFalse();
        robot.interact(() -> window.runController().togglePlay());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.runController().status().iterationProperty().get() > 0);
        assertThat(window.runController().status().variantsProperty().get()).contains("sigmoid").contains("ReLU");
        robot.interact(() -> window.runController().reset());
    }

    @Test
    void undoSwitchesACompareMenuChangeBackAndRedoAgain(FxRobot robot) {
        robot.clickOn("#compare-button").clickOn(HeadlineToggle.INIT.menuText());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.compareMode().plan()).isEqualTo(ComparePlan.of(HeadlineToggle.INIT));
        assertThat(window.document().history().undoLabelProperty().get()).startsWith("Compare");
        assertThat(window.stage().getTitle()).startsWith("Untitled •");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.compareMode().plan()).isNull();
        assertThat(window.stage().getTitle()).startsWith("Untitled —");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.compareMode().plan()).isEqualTo(ComparePlan.of(HeadlineToggle.INIT));
    }

    @Test
    void aShippedWorkbenchOpensAsATemplateThatSaveNeverOverwrites(FxRobot robot) throws Exception {
        Path shipped = Path.of("assets/workbenches/ten-layers.json").toAbsolutePath();
        String original = Files.readString(shipped);
        boolean opened = WaitForAsyncUtils.asyncFx(() -> window.session().openWithoutAsking(shipped)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).isTrue();
        assertThat(window.stage().getTitle()).startsWith("ten-layers.json (template)");
        robot.interact(() -> window.document().apply(NetworkEdits.setUnits(0, 5)));
        Path copy = workbench.home().resolve("my-ten-layers.json");
        dialogs.files.add(copy);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(shipped)).isEqualTo(original);
        assertThat(copy).exists();
        assertThat(window.stage().getTitle()).isEqualTo("my-ten-layers.json — DeepForward Workbench");
    }
}
