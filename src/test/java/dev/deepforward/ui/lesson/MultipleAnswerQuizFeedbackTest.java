package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.Question;
import dev.deepforward.lesson.QuestionKind;
import dev.deepforward.lesson.QuizChoice;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 5 step 2's maxout question in the lesson column's width: a wrong Check keeps the button's word and
 * says how many right answers are still unticked.
 */
@ExtendWith(ApplicationExtension.class)
class MultipleAnswerQuizFeedbackTest {

    private static final Question MAXOUT = new Question(
            "A maxout unit with k = 2 pieces can represent which of these activations exactly?",
            QuestionKind.MULTIPLE, List.of(
                    new QuizChoice("ReLU", true, "max(w·x + b, 0)."),
                    new QuizChoice("|z|", true, "max(z, −z)."),
                    new QuizChoice("leaky ReLU", true, "max(z, αz)."),
                    new QuizChoice("sigmoid", false, "A maximum of lines is piecewise linear.")));

    @Start
    void start(Stage stage) {
        QuizView quiz = new QuizView(1, MAXOUT, List.of(), picked -> { });
        StackPane column = new StackPane(quiz);
        column.setPrefWidth(300); // the lesson column at 1280x800
        stage.setScene(new Scene(column, 300, 600));
        stage.show();
    }

    @Test
    void afterAWrongCheckTheButtonStillReadsCheckAndTheVerdictCountsTheUntickedRightAnswers(FxRobot robot) {
        robot.clickOn("#quiz-1-choice-0"); // ReLU: right
        robot.clickOn("#quiz-1-choice-3"); // sigmoid: wrong
        robot.clickOn("#quiz-1-check");
        WaitForAsyncUtils.waitForFxEvents();
        Button check = robot.lookup("#quiz-1-check").queryAs(Button.class);
        Text shown = (Text) check.lookup(".text");
        assertThat(shown.getText()).isEqualTo("Check");
        assertThat(robot.lookup("#quiz-1-verdict").queryAs(Label.class).getText()).isEqualTo(
                "✗ Not quite: 1 ticked answer is wrong; 2 right answers are not ticked yet."
                        + " Read why below, then try again.");
        // which ones are missing stays for the next try: only the ticked choices are explained
        assertThat(robot.lookup("#quiz-1-explanation-1").query().isVisible()).isFalse();
        assertThat(robot.lookup("#quiz-1-explanation-3").query().isVisible()).isTrue();

        robot.clickOn("#quiz-1-choice-3"); // untick sigmoid
        robot.clickOn("#quiz-1-check");
        assertThat(robot.lookup("#quiz-1-verdict").queryAs(Label.class).getText())
                .startsWith("✗ Not quite: 2 right answers are not ticked yet.");
        robot.clickOn("#quiz-1-choice-1");
        robot.clickOn("#quiz-1-choice-2");
        robot.clickOn("#quiz-1-check");
        assertThat(robot.lookup("#quiz-1-verdict").queryAs(Label.class).getText()).isEqualTo("✓ Correct.");
        assertThat(((Text) check.lookup(".text")).getText()).isEqualTo("Check");
    }
}
