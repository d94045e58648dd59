package dev.deepforward.spec;

/** How the learning rate changes over the iterations t of a run (see {@link ScheduleSpec#rate}). */
public enum ScheduleKind implements Choice {
    CONSTANT("Constant", "The same learning rate η for the whole run."),
    STEP("Step decay", "η multiplied by γ every stepSize iterations: η·γ^⌊t/stepSize⌋."),
    EXPONENTIAL("Exponential decay", "A smooth decay η·γ^(t/stepSize)."),
    INVERSE_TIME("Inverse-time decay", "η / (1 + γ·t/stepSize): falls fast at first, then slowly."),
    COSINE("Cosine", "Half a cosine from η down to the minimum rate over the run."),
    WARMUP("Warm-up", "Rises linearly from 0 to η over the warm-up iterations, then stays at η.");

    private final String displayName;
    private final String explanation;

    ScheduleKind(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
