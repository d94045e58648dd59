package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;

/** Whether a quiz question has one right answer or possibly several. */
public enum QuestionKind implements Choice {
    SINGLE("Single choice", "Exactly one of the choices is correct; the reader picks one."),
    MULTIPLE("Multiple choice", "One or more of the choices are correct; the reader ticks every one that is.");

    private final String displayName;
    private final String explanation;

    QuestionKind(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
