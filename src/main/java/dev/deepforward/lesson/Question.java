package dev.deepforward.lesson;

import java.util.List;

/**
 * A quiz question.
 *
 * @param text    the question (Markdown-lite, one paragraph)
 * @param kind    single choice (exactly one correct answer, the default) or multiple choice (at least one)
 * @param choices {@value #MIN_CHOICES} to {@value #MAX_CHOICES} answers
 */
public record Question(String text, QuestionKind kind, List<QuizChoice> choices) {

    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 6;

    public Question {
        choices = Lists.copy(choices);
    }

    public static Question defaults() {
        return new Question(null, QuestionKind.SINGLE, List.of());
    }
}
