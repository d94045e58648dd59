package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;

/** How much a lesson expects its reader to know already; the catalogue groups lessons by it. */
public enum Level implements Choice {
    BEGINNER("Beginner", "Needs no more than the idea of a neuron and a loss; introduces one thing at a time."),
    INTERMEDIATE("Intermediate", "Assumes gradient descent and back-propagation are familiar and looks at why training succeeds or fails."),
    ADVANCED("Advanced", "Combines several techniques and asks the reader to design and judge experiments of their own.");

    private final String displayName;
    private final String explanation;

    Level(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
