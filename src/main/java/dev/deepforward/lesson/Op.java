package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;

/** The comparison of a {@link Claim}: {@code left op right}. Written in files by its symbol. */
public enum Op implements Choice {
    LT("<", "is below", "Holds when the left value is strictly less than the right one."),
    LE("<=", "is at most", "Holds when the left value is less than or equal to the right one."),
    GT(">", "is above", "Holds when the left value is strictly greater than the right one."),
    GE(">=", "is at least", "Holds when the left value is greater than or equal to the right one."),
    EQ("==", "is", "For run states only: holds when the left state is the right one."),
    NE("!=", "is not", "For run states only: holds when the left state is not the right one."),
    BETWEEN("between", "is between", "Holds when the left value lies in the closed interval [low, high] given as the right value.");

    private final String symbol;
    private final String words;
    private final String explanation;

    Op(String symbol, String words, String explanation) {
        this.symbol = symbol;
        this.words = words;
        this.explanation = explanation;
    }

    /** The symbol, so files read {@code "op": "<"}. */
    @Override public String id() { return symbol; }
    @Override public String displayName() { return symbol; }
    @Override public String explanation() { return explanation; }

    /** The comparison in words, for generated sentences: "is below". */
    public String words() { return words; }

    /** Whether the op compares states (== and !=) rather than numbers. */
    public boolean forStates() { return this == EQ || this == NE; }

    /** Whether a quantity on the right may be scaled by a factor and shifted by a margin. */
    public boolean ordering() { return this == LT || this == LE || this == GT || this == GE; }

    /** Applies the comparison to two numbers (not for {@link #BETWEEN} or the state ops). */
    public boolean test(double left, double right) {
        return switch (this) {
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
            default -> throw new IllegalStateException(symbol + " does not compare two numbers");
        };
    }
}
