package dev.deepforward.claims;

import dev.deepforward.lesson.Claim;
import dev.deepforward.lesson.LayerRef;
import dev.deepforward.lesson.Metric;
import dev.deepforward.lesson.Op;
import dev.deepforward.lesson.Operand;
import dev.deepforward.lesson.Quantity;
import dev.deepforward.lesson.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Decides one claim, {@code left op right·factor + margin}, on recorded runs. Pure: the runs come in as
 * {@link RunRecord}s, so the rules can be tested on hand-made series.
 *
 * <p>A side reading {@code "layer": "each"} yields one value per hidden layer and the claim must hold for
 * all of them; with "each" on both sides the layers are compared pairwise. {@code "some"} reads the same
 * values and the claim holds when at least one of them (pair) passes. An undefined value (NaN) fails.
 */
final class ClaimEvaluator {

    private ClaimEvaluator() {
    }

    /** One value of a side and where it came from ("" for a single value, else "layer k"). */
    private record Value(String layer, double value) {
    }

    /**
     * @param runs the record of each variant named in the claim ({@code null} name: the step's single run)
     */
    static Verdict evaluate(Claim claim, Function<String, RunRecord> runs) {
        if (claim.isCombination()) {
            return combination(claim, runs);
        }
        Quantity left = claim.left();
        RunRecord leftRun = runs.apply(left.variant());
        Operand right = claim.rightOperand();
        RunRecord rightRun = right instanceof Operand.Measured m ? runs.apply(m.quantity().variant()) : null;
        for (Quantity q : claim.quantities()) {
            String failure = failure(q, runs.apply(q.variant()));
            if (failure != null) {
                return Verdict.unmeasurable(failure);
            }
        }
        if (left.metric().isState() && !left.isCrossing()) {
            return states(claim.op(), leftRun.finalState(), right, rightRun);
        }
        return numbers(claim, values(left, runs), right, runs);
    }

    /** {@code any}: at least one condition holds; {@code all}: every one does. Each condition's numbers are shown. */
    private static Verdict combination(Claim claim, Function<String, RunRecord> runs) {
        List<String> parts = new ArrayList<>();
        int held = 0;
        List<Claim> conditions = claim.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            Verdict v = evaluate(conditions.get(i), runs);
            if (v.passed()) {
                held++;
            }
            parts.add("(" + (i + 1) + ") " + (v.passed() ? "holds: " : "fails: ") + v.measured());
        }
        boolean any = claim.any() != null;
        boolean holds = any ? held > 0 : held == conditions.size();
        String how = held + " of " + conditions.size() + " conditions hold" + (any ? ", any must" : ", all must");
        return new Verdict(holds, String.join("; ", parts), "", how);
    }

    private static String failure(Quantity q, RunRecord run) {
        String who = q.variant() == null ? "the run" : "variant '" + q.variant() + "'";
        if (run == null) {
            return who + " was not trained";
        }
        return run.failure() == null ? null : who + ": " + run.failure();
    }

    private static Verdict states(Op op, RunState left, Operand right, RunRecord rightRun) {
        RunState r = right instanceof Operand.State s ? s.state()
                : right instanceof Operand.Measured ? rightRun.finalState() : null;
        if (left == null || r == null) {
            return Verdict.unmeasurable("a run state is missing");
        }
        boolean same = left == r;
        return new Verdict(op == Op.EQ ? same : op == Op.NE && !same, left.id(), r.id(), "");
    }

    private static Verdict numbers(Claim claim, List<Value> left, Operand right, Function<String, RunRecord> runs) {
        Op op = claim.op();
        List<String> failing = new ArrayList<>();
        boolean some = some(claim.left()) || right instanceof Operand.Measured m && some(m.quantity());
        if (right instanceof Operand.Range range) {
            double low = end(range.low(), runs);
            double high = end(range.high(), runs);
            for (Value v : left) {
                check(v.value() >= low && v.value() <= high, v, failing);
            }
            boolean holds = failing.isEmpty();
            List<String> notes = new ArrayList<>();
            List<String> layers = failing.stream().filter(x -> !x.isEmpty()).toList();
            if (!layers.isEmpty()) {
                notes.add("fails at " + String.join(", ", layers));
            }
            if (!holds && (undefined(left) || Double.isNaN(low) || Double.isNaN(high))) {
                notes.add("an undefined value fails the claim");
            }
            int d = digits(left, low, high);
            return new Verdict(holds, show(left, d), "[" + Numbers.format(low, d) + ", " + Numbers.format(high, d) + "]",
                    String.join("; ", notes));
        }
        String rightText;
        int digits = 4;
        if (right instanceof Operand.Constant c) {
            for (Value v : left) {
                check(op.test(v.value(), c.value()) && !Double.isNaN(v.value()), v, failing);
            }
            digits = digits(left, c.value());
            rightText = Numbers.format(c.value(), digits);
        } else if (right instanceof Operand.Interval in) {
            for (Value v : left) {
                check(v.value() >= in.low() && v.value() <= in.high(), v, failing);
            }
            int d = digits(left, in.low(), in.high());
            rightText = "[" + Numbers.format(in.low(), d) + ", " + Numbers.format(in.high(), d) + "]";
            digits = d;
        } else if (right instanceof Operand.Measured m) {
            List<Value> raw = values(m.quantity(), runs);
            double f = claim.effectiveFactor();
            double g = claim.effectiveMargin();
            if (left.size() > 1 && raw.size() > 1 && left.size() != raw.size()) {
                return new Verdict(false, show(left), show(raw), "the two sides have different numbers of hidden layers");
            }
            List<Value> target = raw.stream().map(v -> new Value(v.layer(), v.value() * f + g)).toList();
            int n = Math.max(left.size(), target.size());
            for (int i = 0; i < n; i++) {
                Value a = left.get(Math.min(i, left.size() - 1));
                Value b = target.get(Math.min(i, target.size() - 1));
                boolean ok = !Double.isNaN(a.value()) && !Double.isNaN(b.value()) && op.test(a.value(), b.value());
                check(ok, left.size() > 1 ? a : b, failing);
            }
            rightText = scaled(raw, target, f, g);
        } else {
            return Verdict.unmeasurable("a number cannot be compared with " + right);
        }
        List<String> notes = new ArrayList<>();
        List<String> layers = failing.stream().filter(s -> !s.isEmpty()).toList();
        int compared = Math.max(left.size(), right instanceof Operand.Measured m ? values(m.quantity(), runs).size() : 1);
        boolean holds = some ? failing.size() < compared : failing.isEmpty();
        if (some) {
            notes.add(holds ? "holds at " + (compared - failing.size()) + " of " + compared + " layers"
                    : "fails at every layer");
        } else if (!layers.isEmpty()) {
            notes.add("fails at " + String.join(", ", layers));
        }
        if (!holds && (undefined(left) || rightText.contains(Numbers.format(Double.NaN)))) {
            notes.add("an undefined value fails the claim");
        }
        return new Verdict(holds, show(left, digits), rightText, String.join("; ", notes));
    }

    /** Enough digits to tell every measured value from the bounds it is compared with. */
    private static int digits(List<Value> left, double... bounds) {
        double[] all = new double[left.size() + bounds.length];
        for (int i = 0; i < left.size(); i++) {
            all[i] = left.get(i).value();
        }
        System.arraycopy(bounds, 0, all, left.size(), bounds.length);
        return Numbers.digitsToTell(all);
    }

    private static boolean some(Quantity q) {
        LayerRef ref = q.layerRef();
        return ref != null && ref.kind() == LayerRef.Kind.SOME;
    }

    private static boolean undefined(List<Value> values) {
        return values.stream().anyMatch(v -> Double.isNaN(v.value()));
    }

    private static void check(boolean ok, Value where, List<String> failing) {
        if (!ok) {
            failing.add(where.layer());
        }
    }

    /** One end of a {@code between} interval: a constant or a single measured value. */
    private static double end(Operand o, Function<String, RunRecord> runs) {
        if (o instanceof Operand.Constant c) {
            return c.value();
        }
        if (o instanceof Operand.Measured m) {
            return values(m.quantity(), runs).get(0).value();
        }
        return Double.NaN;
    }

    /**
     * The values one side reads: one, or one per hidden layer for "each"/"some". An expression is
     * (value − minus) / over, each part read on its own variant's run.
     */
    private static List<Value> values(Quantity q, Function<String, RunRecord> runs) {
        List<Value> own = read(q, runs.apply(q.variant()));
        if (!q.isExpression()) {
            return own;
        }
        double v = own.get(0).value();
        if (q.minus() != null) {
            v -= values(q.minus(), runs).get(0).value();
        }
        if (q.over() != null) {
            v /= values(q.over(), runs).get(0).value();
        }
        return List.of(new Value("", v));
    }

    private static List<Value> read(Quantity q, RunRecord run) {
        Metric m = q.metric();
        if (m.scope() == Metric.Scope.RUN) {
            return List.of(new Value("", run.runValue(m)));
        }
        LayerRef ref = q.layerRef();
        if (ref == null) {
            return List.of(new Value("", one(q, run, -1)));
        }
        return switch (ref.kind()) {
            case HIDDEN -> List.of(new Value("", one(q, run, ref.index() - 1)));
            case OUTPUT -> List.of(new Value("", one(q, run, run.outputLayer())));
            case SUM -> {
                double sum = 0;
                for (int l = 0; l <= run.outputLayer(); l++) {
                    sum += one(q, run, l);
                }
                yield List.of(new Value("", sum));
            }
            case EACH, SOME -> {
                List<Value> all = new ArrayList<>();
                for (int l = 0; l < run.hiddenLayers(); l++) {
                    all.add(new Value("layer " + (l + 1), one(q, run, l)));
                }
                yield all;
            }
        };
    }

    /** The quantity's value on one engine layer: its moment's value, or the iteration of its first crossing. */
    private static double one(Quantity q, RunRecord run, int layer) {
        if (q.firstAbove() != null) {
            return run.firstCrossing(q.metric(), layer, true, q.firstAbove());
        }
        if (q.firstBelow() != null) {
            return run.firstCrossing(q.metric(), layer, false, q.firstBelow());
        }
        return run.read(q.metric(), layer, q.moment());
    }

    private static String show(List<Value> values) {
        return show(values, 4);
    }

    private static String show(List<Value> values, int digits) {
        if (values.size() == 1) {
            return Numbers.format(values.get(0).value(), digits);
        }
        List<String> parts = values.stream().map(v -> Numbers.format(v.value(), digits)).toList();
        return "layers 1–" + values.size() + " [" + String.join(", ", parts) + "]";
    }

    /** The right side with its arithmetic shown: "0.001 × 0.412 = 0.000412", "0.61 + 0.2 = 0.81". */
    private static String scaled(List<Value> raw, List<Value> target, double factor, double margin) {
        if (factor == 1 && margin == 0) {
            return show(raw);
        }
        String f = factor == 1 ? "" : Numbers.format(factor) + " × ";
        String g = margin == 0 ? "" : (margin > 0 ? " + " : " − ") + Numbers.format(Math.abs(margin));
        return f + show(raw) + g + " = " + show(target);
    }
}
