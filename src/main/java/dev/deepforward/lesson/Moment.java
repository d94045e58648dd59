package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which value of a metric's series a claim reads. Written in files as {@code "final"} (the default),
 * {@code "initial"}, {@code "best"}, {@code "min"}, {@code "max"}, an iteration number such as {@code 300},
 * or {@code {"meanOfLast": 50}}.
 *
 * @param kind which value
 * @param n    the iteration for {@link Kind#ITERATION}, the window for {@link Kind#MEAN_OF_LAST}, else 0
 */
public record Moment(Kind kind, int n) {

    public static final Moment FINAL = new Moment(Kind.FINAL, 0);
    public static final int MAX_WINDOW = 100_000;

    public enum Kind implements Choice {
        FINAL("final", "The last recorded value of the run."),
        INITIAL("initial", "The first recorded value: iteration 0 (the untrained network) for evaluation metrics, iteration 1 for per-iteration ones."),
        BEST("best", "The lowest value of a loss or the highest of an accuracy; only for those metrics."),
        MIN("min", "The smallest recorded value."),
        MAX("max", "The largest recorded value."),
        MEAN_OF_LAST("meanOfLast", "The mean of the last N recorded values, which smooths a noisy per-iteration metric."),
        ITERATION("iteration", "The last value recorded at or before iteration N.");

        private final String displayName;
        private final String explanation;

        Kind(String displayName, String explanation) {
            this.displayName = displayName;
            this.explanation = explanation;
        }

        @Override public String displayName() { return displayName; }
        @Override public String explanation() { return explanation; }
    }

    public static Moment iteration(int t) {
        return new Moment(Kind.ITERATION, t);
    }

    public static Moment meanOfLast(int window) {
        return new Moment(Kind.MEAN_OF_LAST, window);
    }

    /** The form written in files. */
    public Object toTree() {
        return switch (kind) {
            case ITERATION -> (long) n;
            case MEAN_OF_LAST -> Map.of("meanOfLast", (long) n);
            default -> kind.id();
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ITERATION -> "at iteration " + n;
            case MEAN_OF_LAST -> "mean of the last " + n;
            default -> kind.id();
        };
    }

    private static final List<String> WORDS = List.of("final", "initial", "best", "min", "max");

    /** The moment written as {@code node} ({@code null} means final), or {@code null} with a problem. */
    static Moment parse(Object node, String path, Problems problems) {
        if (node == null) {
            return FINAL;
        }
        if (node instanceof String s) {
            String w = s.trim().toLowerCase(Locale.ROOT);
            for (Kind k : Kind.values()) {
                if (WORDS.contains(w) && k.id().equals(w)) {
                    return new Moment(k, 0);
                }
            }
            List<String> hints = new ArrayList<>(WORDS);
            problems.add(path, "unknown moment '" + s + "'" + Suggest.didYouMean(w, hints)
                    + "; use one of " + String.join(", ", WORDS) + ", an iteration number or {\"meanOfLast\": N}");
            return null;
        }
        if (node instanceof Number num) {
            Integer t = whole(num, 0, Integer.MAX_VALUE);
            if (t == null) {
                problems.add(path, "an iteration is a whole number of at least 0; found " + num);
                return null;
            }
            return iteration(t);
        }
        if (node instanceof Map<?, ?> map) {
            if (map.size() != 1 || !map.containsKey("meanOfLast")) {
                String key = map.isEmpty() ? "" : String.valueOf(map.keySet().iterator().next());
                problems.add(path, "a moment object is {\"meanOfLast\": N}"
                        + (map.size() == 1 ? Suggest.didYouMean(key, List.of("meanOfLast")) : ""));
                return null;
            }
            Object v = map.get("meanOfLast");
            Integer w = v instanceof Number num ? whole(num, 1, MAX_WINDOW) : null;
            if (w == null) {
                problems.add(Problems.at(path, "meanOfLast"), "must be a whole number between 1 and " + MAX_WINDOW
                        + ", found " + SpecTree.describe(v));
                return null;
            }
            return meanOfLast(w);
        }
        problems.add(path, "expected a moment (\"final\", \"best\", an iteration number, {\"meanOfLast\": N}, …), found "
                + SpecTree.describe(node));
        return null;
    }

    private static Integer whole(Number n, int min, int max) {
        double d = n.doubleValue();
        return d == Math.rint(d) && d >= min && d <= max ? (int) d : null;
    }
}
