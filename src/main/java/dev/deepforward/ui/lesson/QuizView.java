package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.Question;
import dev.deepforward.lesson.QuestionKind;
import dev.deepforward.lesson.QuizChoice;
import dev.deepforward.ui.ChoiceArrows;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * One quiz question. Single choice answers the moment a choice is picked; multiple choice when "Check" is
 * pressed (ticking one box is not yet an answer). After answering, every choice shows whether it is right
 * and why — a reader learns as much from why a wrong answer is wrong — and the reader may change the
 * answer and try again.
 *
 * <p>Ids for tests: {@code quiz-<n>} on the question, {@code quiz-<n>-choice-<i>}, {@code quiz-<n>-verdict},
 * {@code quiz-<n>-explanation-<i>}.
 */
final class QuizView extends VBox {

    private final Question question;
    private final List<ButtonBase> boxes = new ArrayList<>();
    private final List<VBox> explanations = new ArrayList<>();
    private final Label verdict = new Label();
    private final Consumer<List<Integer>> answered;
    private final int number;

    QuizView(int number, Question question, List<Integer> previous, Consumer<List<Integer>> answered) {
        this.question = question;
        this.answered = answered;
        this.number = number;
        getStyleClass().add("lesson-quiz");
        setId("quiz-" + number);
        TextFlow text = LessonText.inline(question.text());
        text.getStyleClass().add("quiz-question");
        Label kind = new Label(question.kind() == QuestionKind.MULTIPLE ? "Tick every right answer." : "Pick one answer.");
        kind.getStyleClass().add("lesson-muted");
        getChildren().addAll(text, kind);

        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < question.choices().size(); i++) {
            QuizChoice c = question.choices().get(i);
            ButtonBase box;
            if (question.kind() == QuestionKind.MULTIPLE) {
                box = new CheckBox();
            } else {
                RadioButton r = new RadioButton();
                r.setToggleGroup(group);
                box = r;
            }
            box.setId("quiz-" + number + "-choice-" + i);
            box.getStyleClass().add(ChoiceArrows.STYLE_CLASS); // the arrows move among the choices
            box.setGraphic(LessonText.inline(c.text()));
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            boxes.add(box);
            VBox why = new VBox();
            why.setId("quiz-" + number + "-explanation-" + i);
            why.getStyleClass().add("quiz-explanation");
            why.setVisible(false);
            why.managedProperty().bind(why.visibleProperty());
            explanations.add(why);
            getChildren().add(box);
            if (question.kind() != QuestionKind.MULTIPLE) {
                box.setOnAction(e -> answer());
            }
        }
        verdict.setId("quiz-" + number + "-verdict");
        verdict.getStyleClass().add("quiz-verdict");
        verdict.setWrapText(true);
        // Its line is kept while it is hidden, and the explanations come after every choice: answering adds
        // text below the choices, so no choice moves under the pointer (the next click lands where aimed).
        verdict.setVisible(false);
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (question.kind() == QuestionKind.MULTIPLE) {
            Button check = new Button("Check");
            check.setId("quiz-" + number + "-check");
            check.setOnAction(e -> answer());
            // the verdict beside it wraps; the button keeps its word (it shrank to "…" beside a long verdict)
            check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            verdict.setMinWidth(0);
            HBox row = new HBox(10, check, verdict);
            HBox.setHgrow(verdict, Priority.ALWAYS);
            getChildren().add(row);
        } else {
            getChildren().add(verdict);
        }
        getChildren().addAll(explanations);
        if (!previous.isEmpty()) {
            for (int i : previous) {
                if (i >= 0 && i < boxes.size()) {
                    select(boxes.get(i), true);
                }
            }
            show(previous);
        }
    }

    private static void select(ButtonBase b, boolean on) {
        if (b instanceof ToggleButton t) {
            t.setSelected(on);
        } else if (b instanceof CheckBox c) {
            c.setSelected(on);
        }
    }

    private static boolean selected(ButtonBase b) {
        return b instanceof ToggleButton t ? t.isSelected() : ((CheckBox) b).isSelected();
    }

    private void answer() {
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (selected(boxes.get(i))) {
                picked.add(i);
            }
        }
        show(picked);
        answered.accept(picked);
    }

    /**
     * Shows the right answer — its choices ticked, every choice's explanation — as a lecturer does for the
     * room once it has voted (key A). Not recorded as the reader's own answer. False if it showed already.
     */
    boolean reveal() {
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < question.choices().size(); i++) {
            if (question.choices().get(i).correct()) {
                right.add(i);
            }
        }
        if (verdict.isVisible() && verdict.getStyleClass().contains("right")) {
            return false;
        }
        for (int i = 0; i < boxes.size(); i++) {
            select(boxes.get(i), right.contains(i));
        }
        show(right);
        return true;
    }

    /** Whether {@code picked} is exactly the set of right choices. */
    static boolean correct(Question q, List<Integer> picked) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).correct() != picked.contains(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A wrong answer's verdict. For several right answers it also counts what is off, the wrong ticks and the
     * right answers not ticked yet, without naming which (that is the next try's work): "✗ Not quite: 1 ticked
     * answer is wrong; 2 right answers are not ticked yet. Read why below, then try again."
     */
    static String notQuite(Question q, List<Integer> picked) {
        if (q.kind() != QuestionKind.MULTIPLE) {
            return "✗ Not quite — read why below, then try again.";
        }
        int wrong = 0;
        int missed = 0;
        for (int i = 0; i < q.choices().size(); i++) {
            boolean ticked = picked.contains(i);
            boolean correct = q.choices().get(i).correct();
            if (ticked && !correct) {
                wrong++;
            } else if (!ticked && correct) {
                missed++;
            }
        }
        List<String> parts = new ArrayList<>();
        if (wrong > 0) {
            parts.add(wrong + (wrong == 1 ? " ticked answer is wrong" : " ticked answers are wrong"));
        }
        if (missed > 0) {
            parts.add(missed + (missed == 1 ? " right answer is not ticked yet" : " right answers are not ticked yet"));
        }
        return "✗ Not quite: " + String.join("; ", parts) + ". Read why below, then try again.";
    }

    private void show(List<Integer> picked) {
        boolean right = correct(question, picked);
        verdict.setText(right ? "✓ Correct." : picked.isEmpty() ? "Tick at least one answer."
                : notQuite(question, picked));
        verdict.getStyleClass().removeAll("right", "wrong");
        verdict.getStyleClass().add(right ? "right" : "wrong");
        verdict.setVisible(true);
        for (int i = 0; i < explanations.size(); i++) {
            QuizChoice c = question.choices().get(i);
            VBox why = explanations.get(i);
            // Explain what was picked; once right, explain every choice (the others are worth reading too).
            boolean show = picked.contains(i) || right;
            why.getChildren().clear();
            if (show) {
                // Below all the choices, so each explanation says which choice it is about.
                Label mark = new Label(c.correct() ? "✓ Right answer:" : "✗ Wrong answer:");
                mark.getStyleClass().add(c.correct() ? "right" : "wrong");
                mark.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                // The mark on its own line above the choice's text: beside it, in the narrow lesson column
                // at 1280x800, the text was squeezed to a word-piece per line.
                TextFlow which = LessonText.inline(c.text());
                which.getStyleClass().add("quiz-explained-choice");
                which.setId("quiz-" + number + "-explained-choice-" + i);
                TextFlow because = LessonText.inline(c.explanation());
                because.setId("quiz-" + number + "-because-" + i);
                why.getChildren().addAll(mark, which, because);
            }
            why.setVisible(show && !picked.isEmpty());
        }
    }
}
