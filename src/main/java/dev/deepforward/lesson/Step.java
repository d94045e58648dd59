package dev.deepforward.lesson;

import dev.deepforward.spec.Variant;
import java.util.List;

/**
 * One page of a lesson.
 *
 * @param title       the step's heading (plain text)
 * @param text        what the reader reads, in {@link MarkdownLite}
 * @param image       an optional figure: a PNG, JPEG or GIF path relative to the lesson's folder
 * @param setup       the run this step sets up; without one the step keeps the previous step's run
 * @param variants    2 to 4 named changes of the step's run, trained side by side; not inherited by later steps
 * @param tryThis     "try this" prompts: things to change and watch (Markdown-lite, one paragraph each)
 * @param checkpoints how far to train before reading on
 * @param quiz        questions on the step
 * @param claims      machine-checkable statements about the step's runs
 */
public record Step(
        String title,
        String text,
        String image,
        Setup setup,
        List<Variant> variants,
        List<String> tryThis,
        List<Checkpoint> checkpoints,
        List<Question> quiz,
        List<Claim> claims) {

    public static final int MAX_VARIANTS = 4;

    public Step {
        variants = Lists.copy(variants);
        tryThis = Lists.copy(tryThis);
        checkpoints = Lists.copy(checkpoints);
        quiz = Lists.copy(quiz);
        claims = Lists.copy(claims);
    }

    public static Step defaults() {
        return new Step(null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A step with only a title and text, to build on with the {@code with…} methods. */
    public static Step of(String title, String text) {
        return new Step(title, text, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Step withSetup(Setup s) {
        return new Step(title, text, image, s, variants, tryThis, checkpoints, quiz, claims);
    }

    public Step withVariants(List<Variant> v) {
        return new Step(title, text, image, setup, v, tryThis, checkpoints, quiz, claims);
    }

    public Step withClaims(List<Claim> c) {
        return new Step(title, text, image, setup, variants, tryThis, checkpoints, quiz, c);
    }

    public Step withQuiz(List<Question> q) {
        return new Step(title, text, image, setup, variants, tryThis, checkpoints, q, claims);
    }
}
