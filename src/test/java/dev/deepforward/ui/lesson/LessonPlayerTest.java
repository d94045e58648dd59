package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonCatalog;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson player in the real window, on the shipped lessons and the real engine. */
@ExtendWith(ApplicationExtension.class)
class LessonPlayerTest {

    static final Path VANISHING = Path.of("lessons/03-vanishing-gradients.json");

    @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private static void await(FxRobot robot, Supplier<CompletableFuture<Void>> action) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(action.get()));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        await(robot, () -> window.lessons().open(file));
    }

    private static Lesson load(Path file) {
        var loaded = LessonLoader.load(file, null);
        assertThat(loaded.problems()).isEmpty();
        return loaded.value();
    }

    @Test
    void setUpAppliesTheStepsEffectiveSpecAsOneEditThatCtrlZReverts(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        Lesson lesson = load(VANISHING);
        RunSpec before = window.document().getSpec();
        assertThat(robot.lookup("#lesson-step-title").queryAs(Label.class).getText()).isEqualTo("Ten layers deep");
        assertThat(robot.lookup("#lesson-step-count").queryAs(Label.class).getText()).isEqualTo("Step 1 of 5");

        robot.clickOn("#lesson-setup");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getSpec()).isEqualTo(lesson.runs().get(0).spec());
        assertThat(window.compareMode().plan()).isNull();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getSpec()).isEqualTo(before);
    }

    @Test
    void enterInALessonSetsUpTheStepAndNeverStartsTheRunOfThePlayButton(FxRobot robot) throws Exception {
        Path forward = Path.of("lessons/02b-forward-and-backward-pass.json");
        open(robot, forward);
        Lesson lesson = load(forward);
        Node play = robot.lookup("#play-button").query();
        // The run controls take no keyboard focus, so Enter cannot land on Play.
        assertThat(play.isFocusTraversable()).isFalse();
        assertThat(play.isFocused()).isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getSpec()).isEqualTo(lesson.runs().get(0).spec());
        assertThat(window.runController().status().phaseProperty().get()).isIn(RunPhase.IDLE, RunPhase.PREPARING);

        // Even when Play is given focus by hand, Enter belongs to the lesson while one is open.
        robot.interact(() -> window.document().undo());
        assertThat(window.document().getSpec()).isNotEqualTo(lesson.runs().get(0).spec());
        robot.interact(play::requestFocus);
        assertThat(play.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getSpec()).isEqualTo(lesson.runs().get(0).spec());
        assertThat(window.runController().status().phaseProperty().get()).isIn(RunPhase.IDLE, RunPhase.PREPARING);
    }

    @Test
    void setUpOfAStepWithVariantsComparesThemAndOneUndoTakesBothBack(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        Lesson lesson = load(VANISHING);
        robot.interact(() -> window.lessons().goTo(2));
        RunSpec before = window.document().getSpec();
        // At 1280x800 the button says what it does in full: no "Set up these 2 run…".
        javafx.scene.control.Button setUp = robot.lookup("#lesson-setup").queryButton();
        assertThat(setUp.getText()).isEqualTo("Set up these " + lesson.steps().get(2).variants().size() + " runs");
        String drawn = setUp.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElseThrow();
        assertThat(drawn).isEqualTo(setUp.getText());
        robot.clickOn("#lesson-setup");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getSpec()).isEqualTo(lesson.runs().get(2).spec());
        var plan = window.compareMode().plan();
        assertThat(plan).isNotNull();
        assertThat(plan.variants(window.document().getSpec())).isEqualTo(lesson.steps().get(2).variants());
        // What the engine trains is what the lesson checker trains.
        for (var v : plan.variants(window.document().getSpec())) {
            assertThat(v.applyTo(window.document().getSpec())).isEqualTo(lesson.runs().get(2).variants().get(v.name()));
        }
        assertThat(window.document().history().undoSize()).isEqualTo(1);

        robot.interact(() -> window.document().undo());
        assertThat(window.document().getSpec()).isEqualTo(before);
        assertThat(window.compareMode().plan()).isNull();
        robot.interact(() -> window.document().redo());
        assertThat(window.compareMode().plan()).isEqualTo(plan);
    }

    @Test
    void aCheckpointIsTickedOnceTheRunHasTrainedFarEnough(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("df-lessons");
        Files.writeString(folder.resolve("tiny.json"), TINY);
        open(robot, folder.resolve("tiny.json"));
        Label cp = robot.lookup("#checkpoint-0").queryAs(Label.class);
        assertThat(cp.getText()).startsWith("○ Train for 3 iterations.");
        robot.clickOn("#lesson-setup");
        // S steps one minibatch (queued while ND4J warms up and the run is built).
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.S);
        }
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> cp.getText().startsWith("✓"));
        assertThat(cp.getText()).isEqualTo("✓ Train for 3 iterations. Reached.");
        assertThat(cp.getStyleClass()).contains("met");
        assertThat(window.lessons().progress().of("tiny").checkpointMet(0, 0)).isTrue();
    }

    @Test
    void aQuizAnswerShowsItsExplanation_wrongThenRight(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.lessons().step()).isEqualTo(1);
        Lesson lesson = load(VANISHING);
        var choices = lesson.steps().get(1).quiz().get(0).choices();

        fire(robot, "quiz-0-choice-2"); // 1/2: wrong
        Label verdict = robot.lookup("#quiz-0-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).startsWith("✗");
        Node why = robot.lookup("#quiz-0-explanation-2").query();
        assertThat(why.isVisible()).isTrue();
        assertThat(text(why)).contains("✗ Wrong answer").contains(plain(choices.get(2).explanation()));
        assertThat(robot.lookup("#quiz-0-explanation-0").query().isVisible()).isFalse();

        fire(robot, "quiz-0-choice-0"); // 1/4: right
        assertThat(verdict.getText()).isEqualTo("✓ Correct.");
        assertThat(text(robot.lookup("#quiz-0-explanation-0").query())).contains("✓ Right answer")
                .contains(plain(choices.get(0).explanation()));
    }

    @Test
    void inPresenterModeDownOnAQuizChoiceGoesToTheNextChoiceAndLeavesTheLessonText(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.lessons().step()).isEqualTo(1);
        javafx.scene.control.ScrollPane body = robot.lookup("#lesson-body").queryAs(javafx.scene.control.ScrollPane.class);
        Node first = byId(robot, "quiz-0-choice-0");
        robot.interact(first::requestFocus); // as Tab would reach it
        robot.interact(() -> body.setVvalue(body.getVmin()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getVvalue()).as("the choices took Down, not the lesson text").isEqualTo(body.getVmin());
        assertThat(window.stage().getScene().getFocusOwner()).isSameAs(byId(robot, "quiz-0-choice-1"));

        robot.interact(() -> robot.lookup("#lesson-body").query().requestFocus());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getVvalue()).as("away from the quiz Down scrolls the text").isGreaterThan(body.getVmin());
        robot.interact(() -> window.presenter().leave());
    }

    @Test
    void theAnsweredQuizReadsInWholeLinesAt1280x800And1024x700(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        robot.type(KeyCode.PAGE_DOWN);
        int count = load(VANISHING).steps().get(1).quiz().get(0).choices().size();
        javafx.scene.control.ScrollPane body = robot.lookup("#lesson-body").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> body.setVvalue(1));
        robot.clickOn("#quiz-0-choice-0"); // right: every choice's explanation shows
        WaitForAsyncUtils.waitForFxEvents();
        for (double[] size : new double[][] {{1280, 800}, {1024, 700}}) {
            robot.interact(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (int i = 0; i < count; i++) {
                // The choice's text under its "✓ Right answer:" / "✗ Wrong answer:" mark, then why, each as wide
                // as the quiz: a few words a line, not a word-piece a line.
                for (String part : new String[] {"explained-choice", "because"}) {
                    javafx.scene.layout.Region flow = (javafx.scene.layout.Region) byId(robot, "quiz-0-" + part + "-" + i);
                    assertThat(flow.isVisible()).isTrue();
                    assertThat(flow.getWidth()).as("%s %d at %.0fx%.0f", part, i, size[0], size[1])
                            .isGreaterThanOrEqualTo(MIN_QUIZ_TEXT_WIDTH);
                    assertThat(flow.getWidth()).isGreaterThanOrEqualTo(
                            robot.lookup("#quiz-0").queryAs(javafx.scene.layout.Region.class).getWidth() - 40);
                }
                Label mark = (Label) ((javafx.scene.Parent) byId(robot, "quiz-0-explanation-" + i)).getChildrenUnmodifiable().get(0);
                assertThat(mark.getText()).endsWith("answer:");
                assertThat(mark.getBoundsInParent().getMaxY())
                        .isLessThanOrEqualTo(byId(robot, "quiz-0-explained-choice-" + i).getBoundsInParent().getMinY());
            }
        }
    }

    /** The narrowest the answered quiz's texts may be (px): a few words to a line in the lesson column. */
    static final double MIN_QUIZ_TEXT_WIDTH = 200;

    @Test
    void answeringAQuizMovesNoneOfItsChoices(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        robot.type(KeyCode.PAGE_DOWN);
        int count = load(VANISHING).steps().get(1).quiz().get(0).choices().size();
        java.util.List<String> before = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            before.add(place(robot, i));
        }
        // The quiz sits at the end of the step: scroll there so the robot can click it as a person would.
        javafx.scene.control.ScrollPane body = robot.lookup("#lesson-body").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> body.setVvalue(1));
        robot.clickOn("#quiz-0-choice-2"); // wrong: its explanation and the verdict appear
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quiz-0-verdict").queryAs(Label.class).getText()).startsWith("✗");
        for (int i = 0; i < count; i++) {
            assertThat(place(robot, i)).as("choice " + i).isEqualTo(before.get(i));
        }
        robot.clickOn("#quiz-0-choice-0"); // right: every explanation appears, still below the choices
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < count; i++) {
            assertThat(place(robot, i)).as("choice " + i).isEqualTo(before.get(i));
        }
    }

    @Test
    void progressSurvivesARestart(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        robot.type(KeyCode.N);
        fire(robot, "quiz-0-choice-0");
        assertThat(Files.readString(workbench.home().resolve(ProgressStore.FILE_NAME))).contains("vanishing-gradients");
        robot.interact(() -> {
            window.dispose();
            window.stage().close();
        });

        AtomicReference<WorkbenchWindow> second = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            second.set(workbench.again(s));
            s.show();
        });
        window = second.get(); // closed by @AfterEach
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessons().step()).isEqualTo(1);
        Node root = window.scene().getRoot();
        assertThat(((RadioButton) root.lookup("#quiz-0-choice-0")).isSelected()).isTrue();
        assertThat(((Label) root.lookup("#quiz-0-verdict")).getText()).isEqualTo("✓ Correct.");
        assertThat(window.lessons().progress().of("vanishing-gradients").visited).containsExactly(0, 1);
        robot.interact(() -> window.stage().close());
    }

    @Test
    void theCatalogueListsEveryShippedLessonAndOpensOne(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().showCatalogue(Path.of("lessons")));
        LessonCatalog shipped = LessonCatalog.load(Path.of("lessons"), null);
        long files;
        try (var paths = java.nio.file.Files.list(Path.of("lessons"))) {
            files = paths.filter(f -> f.toString().endsWith(".json")).count();
        }
        assertThat(shipped.lessons()).hasSize((int) files).hasSizeGreaterThanOrEqualTo(13);
        for (Lesson l : shipped.lessons()) {
            assertThat(robot.lookup("#catalogue-" + l.id()).tryQuery()).as(l.id()).isPresent();
        }
        // The path through the catalogue: the primer comes between lessons 2 and 3, and each card says what comes before.
        assertThat(shipped.lessons()).extracting(Lesson::id).containsSubsequence("distributed-representations",
                "forward-and-backward-pass", "vanishing-gradients");
        assertThat(robot.lookup("#catalogue-vanishing-gradients").queryButton().getTooltip().getText())
                .endsWith("After: Primer: the forward pass, back-propagation and SGD");
        assertThat(robot.lookup("#catalogue-forward-and-backward-pass").queryButton().getTooltip().getText())
                .endsWith("After: Distributed representations");
        fire(robot, "catalogue-vanishing-gradients");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.lessons().isLessonOpen());
        assertThat(window.lessons().lesson().id()).isEqualTo("vanishing-gradients");
    }

    @Test
    void theCatalogueFitsInTwoScreensAt1280x800AndTheKeysOpenALesson(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().showCatalogue(Path.of("lessons")));
        javafx.scene.control.ScrollPane body = robot.lookup("#lesson-body").queryAs(javafx.scene.control.ScrollPane.class);
        Node catalogue = byId(robot, "lesson-catalogue");
        double content = catalogue.getBoundsInLocal().getHeight();
        double screen = body.getViewportBounds().getHeight();
        assertThat(content).as("catalogue height against the panel's %.0f px", screen).isLessThanOrEqualTo(2 * screen);
        LessonCatalog shipped = LessonCatalog.load(Path.of("lessons"), null);
        Lesson third = shipped.lessons().get(2);
        // The first card has the focus: Down, Down, Enter opens the third lesson.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#catalogue-" + shipped.lessons().get(0).id())
                .query().isFocused());
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertThat(robot.lookup("#catalogue-" + third.id()).query().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.lessons().isLessonOpen());
        assertThat(window.lessons().lesson().id()).isEqualTo(third.id());
    }

    @Test
    void theCatalogueShowsEachLessonsNumberMinutesAndLevelAndWholeTitle_andAllLessonsIsOffWhileItShows(FxRobot robot)
            throws Exception {
        await(robot, () -> window.lessons().showCatalogue(Path.of("lessons")));
        javafx.scene.control.Button all = robot.lookup("#lesson-catalogue-button").queryButton();
        assertThat(all.isDisabled()).as("All lessons while the catalogue shows").isTrue();
        LessonCatalog shipped = LessonCatalog.load(Path.of("lessons"), null);
        for (double[] size : new double[][] {{1280, 800}, {1152, 720}, {1024, 700}}) {
            robot.interact(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
                window.lessons().placeDivider(); // the lesson column at its share of this width
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (Lesson l : shipped.lessons()) {
                Label title = (Label) byId(robot, "catalogue-title-" + l.id());
                Label meta = (Label) byId(robot, "catalogue-meta-" + l.id());
                assertThat(title.getText()).isEqualTo(dev.deepforward.lesson.LessonNumber.of(
                        shipped.find(l.id()).orElseThrow().file(), l) + " · " + l.title());
                assertThat(meta.getText()).startsWith(l.minutes() + " min · ").endsWith(l.level().displayName());
                for (Label shown : java.util.List.of(title, meta, (Label) byId(robot, "catalogue-progress-" + l.id()))) {
                    // what the label draws is its whole text (wrapped, never "…"), inside the card
                    assertThat(drawn(shown)).as("%s at %.0fx%.0f", l.id(), size[0], size[1]).isEqualTo(shown.getText());
                    javafx.geometry.Bounds b = shown.localToScene(shown.getLayoutBounds());
                    javafx.geometry.Bounds card = byId(robot, "catalogue-" + l.id()).localToScene(
                            byId(robot, "catalogue-" + l.id()).getLayoutBounds());
                    assertThat(card.contains(b)).as("%s's %s inside its card", l.id(), shown.getId()).isTrue();
                }
            }
        }
        fire(robot, "catalogue-vanishing-gradients");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(all.isDisabled()).as("All lessons beside a lesson").isFalse();
        robot.clickOn(all);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lesson-catalogue").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(all.isDisabled()).isTrue();
    }

    /** The text a label draws now: its whole text, or a cut one ending in "…", with its wrapped lines joined. */
    private static String drawn(Label l) {
        StringBuilder sb = new StringBuilder();
        for (Node n : l.lookupAll(".text")) {
            if (n instanceof javafx.scene.text.Text t && t.getParent() != null) {
                sb.append(t.getText());
            }
        }
        return sb.toString().replace("\n", " ").replaceAll(" +", " ").trim();
    }

    @Test
    void invalidFilesAreListedWithTheirFirstProblem(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("df-lessons");
        Files.writeString(folder.resolve("tiny.json"), TINY);
        Files.writeString(folder.resolve("broken.json"), TINY.replace("\"title\": \"Tiny\"", "\"titel\": \"Tiny\""));
        await(robot, () -> window.lessons().showCatalogue(folder));
        assertThat(robot.lookup("#catalogue-tiny").tryQuery()).isPresent();
        Node bad = byId(robot, "catalogue-invalid-broken.json");
        assertThat(text(bad)).contains("not a valid lesson").contains("broken.json:").contains("title");
    }

    @Test
    void presenterModeKeepsTheLessonAndScalesItsText(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        double before = firstSpanSize(robot);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-dock").tryQuery()).isPresent();
        assertThat(firstSpanSize(robot)).isGreaterThan(before * 1.4);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.lessons().step()).isEqualTo(1);
        // The footer's words give way to arrows and "2 / 5" in presenter type, none of them cut short.
        Label count = robot.lookup("#lesson-step-count").queryAs(Label.class);
        javafx.scene.control.Button next = robot.lookup("#lesson-next").queryAs(javafx.scene.control.Button.class);
        assertThat(count.getText()).isEqualTo("2 / 5");
        assertThat(next.getText()).isEqualTo("▶");
        assertThat(count.getWidth()).isGreaterThanOrEqualTo(count.prefWidth(-1) - 0.5);
        robot.type(KeyCode.PAGE_UP);
        assertThat(window.lessons().step()).isZero();
        robot.interact(() -> window.presenter().leave());
        assertThat(count.getText()).isEqualTo("Step 1 of 5");
        assertThat(next.getText()).isEqualTo("Next ▶");
    }

    @Test
    void inPresenterModeEveryLessonActionHasAKeyAndALineOnTheWallSaysWhich(FxRobot robot) throws Exception {
        open(robot, VANISHING);
        RunSpec before = window.document().getSpec();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Label keys = robot.lookup("#lesson-keys").queryAs(Label.class);
        assertThat(keys.isVisible()).isTrue();
        // Step 1 has a run and no quiz: Enter sets it up, as "Set up this run" does, as one undoable edit.
        assertThat(keys.getText()).contains("Enter set up", "N/P step", "Esc leave").doesNotContain("A answer");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getSpec()).isNotEqualTo(before);
        assertThat(window.document().getSpec().network().hidden()).hasSize(10);
        robot.interact(() -> window.document().undo());
        assertThat(window.document().getSpec()).isEqualTo(before);

        // Step 2 asks two questions: A reveals the first answer, then the second.
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessons().step()).isEqualTo(1);
        assertThat(keys.getText()).contains("A answer");
        assertThat(byId(robot, "quiz-0-verdict").isVisible()).isFalse();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) byId(robot, "quiz-0-verdict")).getText()).startsWith("✓");
        assertThat(((RadioButton) byId(robot, "quiz-0-choice-0")).isSelected()).isTrue();
        assertThat(byId(robot, "quiz-1-verdict").isVisible()).isFalse();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) byId(robot, "quiz-1-verdict")).getText()).startsWith("✓");
        assertThat(((javafx.scene.control.CheckBox) byId(robot, "quiz-1-choice-0")).isSelected()).isTrue();
        assertThat(((javafx.scene.control.CheckBox) byId(robot, "quiz-1-choice-1")).isSelected()).isTrue();
        assertThat(((javafx.scene.control.CheckBox) byId(robot, "quiz-1-choice-2")).isSelected()).isFalse();
        // Revealed for the room, not answered by the reader.
        assertThat(window.lessons().progress().of(load(VANISHING).id()).answers).isEmpty();

        robot.type(KeyCode.P);
        assertThat(window.lessons().step()).isZero();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keys.isVisible()).isFalse();
    }

    /** Where quiz 0's choice {@code i} is laid out in its quiz: x, y, width, height (a focus ring aside). */
    private static String place(FxRobot robot, int i) {
        javafx.scene.layout.Region r = robot.lookup("#quiz-0-choice-" + i).queryAs(javafx.scene.layout.Region.class);
        return r.getLayoutX() + "," + r.getLayoutY() + " " + r.getWidth() + "x" + r.getHeight();
    }

    /** The node with this id (ids with dots are no CSS selectors). */
    private static Node byId(FxRobot robot, String id) {
        return robot.lookup((Node n) -> id.equals(n.getId())).query();
    }

    /**
     * Presses a button the way a click does. Quiz choices and catalogue rows may lie below the fold of the
     * lesson's scroll pane in the small test window, where the robot cannot click them.
     */
    private static void fire(FxRobot robot, String id) {
        Node n = byId(robot, id);
        robot.interact(() -> ((javafx.scene.control.ButtonBase) n).fire());
    }

    private static double firstSpanSize(FxRobot robot) {
        return robot.lookup(".lesson-span").queryAs(javafx.scene.text.Text.class).getFont().getSize();
    }

    private static String plain(String markdown) {
        return markdown.replace("*", "").replace("`", "");
    }

    /** Every text under a node, joined. */
    static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        collect(n, sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof javafx.scene.text.Text t) {
            sb.append(t.getText());
        } else if (n instanceof javafx.scene.control.Labeled l) {
            sb.append(l.getText()).append(' ');
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, sb);
            }
        }
    }

    static final String TINY = """
            {
              "format": 1, "id": "tiny", "title": "Tiny", "summary": "For tests.", "level": "beginner",
              "minutes": 1, "concepts": ["activations"],
              "steps": [
                {"title": "Three steps", "text": "Train *three* iterations of `circle`.",
                 "setup": {"spec": {"name": "small", "seed": 3, "data": {"dataset": "circle", "samples": 200},
                   "network": {"hidden": [{"units": 4, "activation": "relu"}]},
                   "training": {"iterations": 50}}},
                 "checkpoints": [{"kind": "iterations", "value": 3}]},
                {"title": "Two", "text": "More."}
              ]
            }
            """;
}
