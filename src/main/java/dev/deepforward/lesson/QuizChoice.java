package dev.deepforward.lesson;

/**
 * One answer of a quiz question. Every field is required: a reader who picks a wrong answer deserves to
 * learn why it is wrong, and one who picks the right one why it is right.
 *
 * @param text        the answer as shown (Markdown-lite, one paragraph)
 * @param correct     whether it is a right answer
 * @param explanation shown after answering (Markdown-lite, one paragraph)
 */
public record QuizChoice(String text, boolean correct, String explanation) {
}
