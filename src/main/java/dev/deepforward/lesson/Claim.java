package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;

/**
 * A statement about the runs a step sets up that a machine can check: {@code left op right·factor + margin}.
 *
 * <p>"After 300 iterations, the sigmoid network's first layer gets less than 1/1000 of the gradient its
 * output layer gets" is {@code iterations 300, left {sigmoid, gradient_norm, layer 1}, op "<", right
 * {sigmoid, gradient_norm, layer "last"}, factor 0.001}; "ReLU's final validation accuracy exceeds
 * sigmoid's by 0.2" is {@code left {relu, validation_accuracy}, op ">", right {sigmoid,
 * validation_accuracy}, margin 0.2}.
 *
 * <p>With {@code "layer": "each"} on one side the claim must hold for every hidden layer; on both sides,
 * layer by layer. With {@code seeds} above 1 it must hold for the runs of every seed s, s+1, … (s the
 * spec's seed). A value that is undefined (NaN, or {@code diverged_at} of a run that did not diverge) makes
 * the claim fail.
 *
 * @param text       the sentence the reader sees (Markdown-lite, one paragraph)
 * @param iterations train every run of the step for this many iterations before checking (replacing the
 *                   spec's length); left out (with {@code epochs}) means as long as the spec says
 * @param epochs     the same in epochs; at most one of the two
 * @param seeds      how many seeds the claim must hold for (default 1)
 * @param left       the quantity the claim is about
 * @param op         {@code <, <=, >, >=} for numbers, {@code ==, !=} for run states, {@code between}
 * @param right      a number, a run state, {@code [low, high]} for between, or a quantity; kept as written,
 *                   read through {@link #rightOperand()}
 * @param factor     multiplies a quantity on the right ("below 1/1000 of" is 0.001); default 1
 * @param margin     is added to a quantity on the right after the factor ("exceeds by 0.2" is 0.2); default 0
 * @param atLeast    with {@code seeds} n: the claim holds when it holds on at least this many of the n seeds
 *                   ("on at least 3 of 4 seeds"); left out, on every seed
 * @param evaluateEvery also evaluate the training and validation parts every this many iterations (besides
 *                   iteration 0, the epoch ends and the end), so "first iteration above 0.9" is read finely
 * @param any        instead of left/op/right: conditions (claims without text) of which at least one must hold
 * @param all        instead of left/op/right: conditions that must all hold
 */
public record Claim(
        String text,
        Integer iterations,
        Integer epochs,
        Integer seeds,
        Quantity left,
        Op op,
        Object right,
        Double factor,
        Double margin,
        Integer atLeast,
        Integer evaluateEvery,
        java.util.List<Claim> any,
        java.util.List<Claim> all) {

    public static final int MAX_SEEDS = 10;

    public static Claim defaults() {
        return new Claim(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A claim comparing {@code left} with a number or another quantity. */
    public static Claim of(String text, Quantity left, Op op, Object right) {
        Object r = right instanceof Quantity q ? SpecTree.toTree(q) : SpecTree.toTree(right);
        return new Claim(text, null, null, null, left, op, r, null, null, null, null, null, null);
    }

    /** A claim that holds when at least one of {@code conditions} does ({@code any}) or all do. */
    public static Claim combining(String text, boolean any, java.util.List<Claim> conditions) {
        return new Claim(text, null, null, null, null, null, null, null, null, null, null,
                any ? conditions : null, any ? null : conditions);
    }

    public Claim afterIterations(int n) {
        return new Claim(text, n, null, seeds, left, op, right, factor, margin, atLeast, evaluateEvery, any, all);
    }

    public Claim withFactor(double f) {
        return new Claim(text, iterations, epochs, seeds, left, op, right, f, margin, atLeast, evaluateEvery, any, all);
    }

    public Claim withMargin(double m) {
        return new Claim(text, iterations, epochs, seeds, left, op, right, factor, m, atLeast, evaluateEvery, any, all);
    }

    /** On {@code n} seeds, holding on at least {@code k} of them. */
    public Claim onSeeds(int n, Integer k) {
        return new Claim(text, iterations, epochs, n, left, op, right, factor, margin, k, evaluateEvery, any, all);
    }

    public Claim evaluatingEvery(int n) {
        return new Claim(text, iterations, epochs, seeds, left, op, right, factor, margin, atLeast, n, any, all);
    }

    public int effectiveSeeds() {
        return seeds == null ? 1 : seeds;
    }

    /** How many seeds must hold: {@code atLeast}, or all of them. */
    public int requiredSeeds() {
        return atLeast == null ? effectiveSeeds() : atLeast;
    }

    /** Whether this claim combines conditions ({@code any}/{@code all}) instead of comparing two sides. */
    public boolean isCombination() {
        return any != null || all != null;
    }

    /** The conditions of a combination (empty for a plain claim). */
    public java.util.List<Claim> conditions() {
        return any != null ? any : all != null ? all : java.util.List.of();
    }

    /** Every quantity the claim reads, its conditions' and expressions' included. */
    public java.util.List<Quantity> quantities() {
        java.util.List<Quantity> out = new java.util.ArrayList<>();
        if (isCombination()) {
            conditions().forEach(c -> out.addAll(c.quantities()));
            return out;
        }
        if (left != null) {
            out.addAll(left.parts());
        }
        Operand r = right == null ? null : Operand.parse(right, "right", new Problems());
        if (r instanceof Operand.Measured m) {
            out.addAll(m.quantity().parts());
        } else if (r instanceof Operand.Range range) {
            for (Operand o : java.util.List.of(range.low(), range.high())) {
                if (o instanceof Operand.Measured m) {
                    out.addAll(m.quantity().parts());
                }
            }
        }
        return out;
    }

    public double effectiveFactor() {
        return factor == null ? 1.0 : factor;
    }

    public double effectiveMargin() {
        return margin == null ? 0.0 : margin;
    }

    /** The right-hand side, typed. Throws on an invalid one; a loaded lesson never has one. */
    public Operand rightOperand() {
        Operand o = Operand.parse(right, "right", new Problems());
        if (o == null) {
            throw new IllegalStateException("invalid 'right' in " + this + "; validate the lesson first");
        }
        return o;
    }
}
