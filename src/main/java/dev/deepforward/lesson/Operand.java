package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Suggest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The right-hand side of a {@link Claim}, as written in the file: a number ({@code 0.5}), a run state
 * ({@code "diverged"}), an interval for {@code between} ({@code [0.8, 1.0]}) or another quantity
 * ({@code {"variant": "relu", "metric": "validation_accuracy"}}).
 */
public sealed interface Operand {

    record Constant(double value) implements Operand {
    }

    record State(RunState state) implements Operand {
    }

    record Interval(double low, double high) implements Operand {
    }

    record Measured(Quantity quantity) implements Operand {
    }

    /** An interval for {@code between} with a quantity at one end or both: each end a Constant or a Measured. */
    record Range(Operand low, Operand high) implements Operand {
    }

    /** The operand written as {@code node}, or {@code null} with the problems at {@code path}. */
    static Operand parse(Object node, String path, Problems problems) {
        if (node instanceof Number n) {
            return new Constant(n.doubleValue());
        }
        if (node instanceof String s) {
            String w = s.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (RunState st : RunState.values()) {
                if (st.id().equals(w)) {
                    return new State(st);
                }
            }
            List<String> ids = Arrays.stream(RunState.values()).map(RunState::id).toList();
            problems.add(path, "unknown run state '" + s + "'" + Suggest.didYouMean(w, ids) + "; one of: "
                    + String.join(", ", ids));
            return null;
        }
        if (node instanceof List<?> list) {
            if (list.size() != 2 || !(list.get(0) instanceof Number || list.get(0) instanceof Map<?, ?>)
                    || !(list.get(1) instanceof Number || list.get(1) instanceof Map<?, ?>)) {
                problems.add(path, "an interval is [low, high], each end a number or a quantity");
                return null;
            }
            if (list.get(0) instanceof Number lo && list.get(1) instanceof Number hi) {
                return new Interval(lo.doubleValue(), hi.doubleValue());
            }
            Operand low = parse(list.get(0), path + "[0]", problems);
            Operand high = parse(list.get(1), path + "[1]", problems);
            return low == null || high == null ? null : new Range(low, high);
        }
        if (node instanceof Map<?, ?>) {
            Quantity q = SpecTree.bind(node, Quantity.class, path, problems);
            return q == null ? null : new Measured(q);
        }
        problems.add(path, "expected a number, a run state, [low, high] or a quantity object, found "
                + SpecTree.describe(node));
        return null;
    }
}
