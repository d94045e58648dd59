package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.Checkpoint;
import dev.deepforward.lesson.Step;
import dev.deepforward.lesson.StepRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * The content of one step: title, text, figure, the Set up button, "try this" prompts, checkpoints and
 * quiz. Built afresh for every step (steps are small); what it shows of the user's progress comes from
 * {@link LessonProgress}, and what the user does goes back through the {@link Actions}.
 */
final class StepView extends VBox {

    /** What the view's controls ask of the player. */
    interface Actions {
        void setUp();

        void answered(int question, List<Integer> picked);
    }

    private final List<Label> checkpointLabels = new ArrayList<>();
    private final List<QuizView> quizzes = new ArrayList<>();
    private final boolean hasSetUp;
    private final List<Checkpoint> checkpoints;

    StepView(Step step, StepRuns runs, Path folder, LessonProgress progress, int index, Actions actions) {
        getStyleClass().add("lesson-step");
        this.checkpoints = step.checkpoints();
        this.hasSetUp = StepSetup.offered(step, runs);
        Label title = new Label(step.title());
        title.setId("lesson-step-title");
        title.getStyleClass().add("lesson-step-title");
        title.setWrapText(true);
        getChildren().add(title);
        getChildren().add(LessonText.blocks(step.text()));
        if (step.image() != null && folder != null) {
            Path img = folder.resolve(step.image());
            if (Files.isRegularFile(img)) {
                ImageView view = new ImageView(new Image(img.toUri().toString(), true));
                view.setPreserveRatio(true);
                view.fitWidthProperty().bind(widthProperty().subtract(8));
                getChildren().add(view);
            }
        }
        if (hasSetUp) {
            // Short enough for the narrow dock; it wraps rather than cuts if the dock is narrower still.
            Button setUp = new Button(step.variants().isEmpty() ? "Set up this run" : "Set up these "
                    + step.variants().size() + " runs");
            setUp.setWrapText(true);
            setUp.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setUp.setId("lesson-setup");
            setUp.getStyleClass().add("lesson-setup");
            setUp.setMaxWidth(Double.MAX_VALUE);
            setUp.setTooltip(new Tooltip("Sets the network, data and training of this step"
                    + (step.variants().isEmpty() ? "" : " and compares its variants")
                    + " — one edit, Ctrl+Z takes it back."
                    + (runs.transfer() == null ? "" : " The source network is pretrained first (status bar);"
                    + " its layers then start the step's runs.")));
            setUp.setOnAction(e -> actions.setUp());
            getChildren().add(setUp);
            if (!step.variants().isEmpty()) {
                Label what = new Label("Compares " + String.join(" · ", step.variants().stream()
                        .map(v -> v.name() + " (" + v.description() + ")").toList()));
                what.setWrapText(true);
                what.getStyleClass().add("lesson-muted");
                getChildren().add(what);
            }
        }
        if (!step.tryThis().isEmpty()) {
            VBox box = section("Try this", "lesson-try");
            for (String t : step.tryThis()) {
                box.getChildren().add(LessonText.inline(t));
            }
            getChildren().add(box);
        }
        if (!checkpoints.isEmpty()) {
            VBox box = section("Checkpoints", "lesson-checkpoints");
            for (int i = 0; i < checkpoints.size(); i++) {
                Label l = new Label();
                l.setId("checkpoint-" + i);
                l.setWrapText(true);
                checkpointLabels.add(l);
                box.getChildren().add(l);
                showCheckpoint(i, progress.checkpointMet(index, i));
            }
            getChildren().add(box);
        }
        for (int q = 0; q < step.quiz().size(); q++) {
            int question = q;
            QuizView quiz = new QuizView(q, step.quiz().get(q), progress.answer(index, q),
                    picked -> actions.answered(question, picked));
            quizzes.add(quiz);
            getChildren().add(quiz);
        }
    }

    /** Whether the step has a run to set up (Set up this run; key Enter). */
    boolean hasSetUp() {
        return hasSetUp;
    }

    boolean hasQuiz() {
        return !quizzes.isEmpty();
    }

    /** Reveals the first question whose right answer is not shown yet; that question, or null if none is left. */
    Node revealNextAnswer() {
        for (QuizView q : quizzes) {
            if (q.reveal()) {
                return q;
            }
        }
        return null;
    }

    private static VBox section(String heading, String styleClass) {
        Label h = new Label(heading);
        h.getStyleClass().add("lesson-section-title");
        VBox box = new VBox(h);
        box.getStyleClass().addAll("lesson-section", styleClass);
        return box;
    }

    /** Shows checkpoint {@code i} as met (a tick and "reached") or still to reach. */
    void showCheckpoint(int i, boolean met) {
        Label l = checkpointLabels.get(i);
        String text = checkpoints.get(i).describe();
        l.setText((met ? "✓ " : "○ ") + text + (met ? " Reached." : ""));
        l.getStyleClass().removeAll("met", "open");
        l.getStyleClass().add(met ? "met" : "open");
    }
}
