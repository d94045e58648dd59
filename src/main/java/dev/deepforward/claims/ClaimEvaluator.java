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
        Quantity left = claim.left();
        RunRecord leftRun = runs.apply(left.variant());
        Operand right = claim.rightOperand();
        RunRecord rightRun = right instanceof Operand.Measured m ? runs.apply(m.quantity().variant()) : null;
        String failure = failure(left, leftRun);
        if (failure == null && right instanceof Operand.Measured m) {
            failure = failure(m.quantity(), rightRun);
        }
        if (failure != null) {
            return Verdict.unmeasurable(failure);
        }
        if (left.metric().isState()) {
            return states(claim.op(), leftRun.finalState(), right, rightRun);
        }
        return numbers(claim, values(left, leftRun), right, rightRun);
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

    private static Verdict numbers(Claim claim, List<Value> left, Operand right, RunRecord rightRun) {
        Op op = claim.op();
        List<String> failing = new ArrayList<>();
        boolean some = some(claim.left()) || right instanceof Operand.Measured m && some(m.quantity());
        String rightText;
        if (right instanceof Operand.Constant c) {
            for (Value v : left) {
                check(op.test(v.value(), c.value()) && !Double.isNaN(v.value()), v, failing);
            }
            rightText = Numbers.format(c.value());
        } else if (right instanceof Operand.Interval in) {
            for (Value v : left) {
                check(v.value() >= in.low() && v.value() <= in.high(), v, failing);
            }
            rightText = "[" + Numbers.format(in.low()) + ", " + Numbers.format(in.high()) + "]";
        } else if (right instanceof Operand.Measured m) {
            List<Value> raw = values(m.quantity(), rightRun);
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
        int compared = Math.max(left.size(), right instanceof Operand.Measured m ? values(m.quantity(), rightRun).size() : 1);
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
        return new Verdict(holds, show(left), rightText, String.join("; ", notes));
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

    /** The values one side reads: one, or one per hidden layer for "each". */
    private static List<Value> values(Quantity q, RunRecord run) {
        Metric m = q.metric();
        if (m.scope() == Metric.Scope.RUN) {
            return List.of(new Value("", run.runValue(m)));
        }
        LayerRef ref = q.layerRef();
        if (ref == null) {
            return List.of(new Value("", run.read(m, -1, q.moment())));
        }
        return switch (ref.kind()) {
            case HIDDEN -> List.of(new Value("", run.read(m, ref.index() - 1, q.moment())));
            case OUTPUT -> List.of(new Value("", run.read(m, run.outputLayer(), q.moment())));
            case EACH, SOME -> {
                List<Value> all = new ArrayList<>();
                for (int l = 0; l < run.hiddenLayers(); l++) {
                    all.add(new Value("layer " + (l + 1), run.read(m, l, q.moment())));
                }
                yield all;
            }
        };
    }

    private static String show(List<Value> values) {
        if (values.size() == 1) {
            return Numbers.format(values.get(0).value());
        }
        List<String> parts = values.stream().map(v -> Numbers.format(v.value())).toList();
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
