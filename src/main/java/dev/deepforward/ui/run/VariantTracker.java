package dev.deepforward.ui.run;

import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.TrainingTime;
import dev.deepforward.ui.model.Numbers;
import java.util.Arrays;
import java.util.List;

/**
 * Per-variant bookkeeping of a run as the FX thread sees it: which index an event's variant name has, how
 * far each variant got, its state, and the state of the whole (training while any variant trains; the
 * others keep going when one diverges). A single run is a tracker of one unnamed variant.
 */
final class VariantTracker {

    private final List<String> names;
    private final List<String> labels;
    private final RunState[] states;
    private final long[] iterations;
    private final RateMeter[] rates;
    private final double[] stepsPerSecond;
    /** Each variant's own training time and speed, as summary.json of the run command gives them too. */
    private final TrainingTime[] times;
    /** The epoch in progress (1-based; 0 before the first step). */
    private final int[] epochs;
    /** Whether anything the status bar and the figures read has changed since {@link #takeChanged()}. */
    private boolean changed = true;

    /** @param names the engine's variant names in order (empty for a single run); labels as shown ("A: …") */
    VariantTracker(List<String> names, List<String> labels) {
        this.names = List.copyOf(names);
        this.labels = List.copyOf(labels);
        int n = Math.max(1, names.size());
        states = new RunState[n];
        iterations = new long[n];
        rates = new RateMeter[n];
        stepsPerSecond = new double[n];
        times = new TrainingTime[n];
        epochs = new int[n];
        for (int i = 0; i < n; i++) {
            rates[i] = new RateMeter();
        }
        clear();
    }

    static VariantTracker single() {
        return new VariantTracker(List.of(), List.of());
    }

    void clear() {
        Arrays.fill(states, RunState.IDLE);
        Arrays.fill(iterations, 0);
        Arrays.fill(stepsPerSecond, 0);
        Arrays.setAll(times, i -> new TrainingTime());
        Arrays.fill(epochs, 0);
        for (RateMeter r : rates) {
            r.clear();
        }
        changed = true;
    }

    /**
     * Whether anything the texts made from this tracker read (iterations, epochs, times, states) changed since
     * the last call; a new tracker has changed. The window rebuilds its texts only then, not on every frame.
     */
    boolean takeChanged() {
        boolean c = changed;
        changed = false;
        return c;
    }

    boolean compare() {
        return !names.isEmpty();
    }

    int size() {
        return states.length;
    }

    /** The index of an event's variant, or -1 when it belongs to none of them. */
    int indexOf(String variant) {
        if (names.isEmpty()) {
            return variant.isEmpty() ? 0 : -1;
        }
        return names.indexOf(variant);
    }

    void iteration(int i, long it) {
        iterations[i] = it;
        changed = true;
    }

    /** Variant {@code i} took a step: how far it got, in which epoch, after how much training time. */
    void iteration(int i, long it, int epoch, double trainingSeconds, long examplesSeen) {
        iterations[i] = it;
        epochs[i] = epoch;
        times[i].step(trainingSeconds, examplesSeen);
        changed = true;
    }

    /** Variant {@code i} ended epoch {@code done} (1-based) after {@code trainingSeconds}, its evaluation included. */
    void epochEnded(int i, int done, double trainingSeconds, double evaluatingSeconds) {
        times[i].epochEnded(done, trainingSeconds, evaluatingSeconds);
        changed = true;
    }

    /**
     * The variant the status bar's iteration and epoch follow, so they never mix variants: while any trains,
     * the one still training that is in the earliest epoch (the one the run waits for); once all have ended,
     * the one that ran the most iterations. 0 for a single run.
     */
    int slowest() {
        int best = -1;
        for (int i = 0; i < states.length; i++) {
            if (!states[i].isTerminal() && (best < 0 || epochs[i] < epochs[best]
                    || epochs[i] == epochs[best] && iterations[i] < iterations[best])) {
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        best = 0;
        for (int i = 1; i < states.length; i++) {
            if (iterations[i] > iterations[best]) {
                best = i;
            }
        }
        return best;
    }

    long iteration(int i) {
        return iterations[i];
    }

    /** The epoch variant {@code i} is in (1-based; 0 before its first step). */
    int epoch(int i) {
        return epochs[i];
    }

    /** Variant {@code i}'s letter ("A"), or "" for a single run. */
    String letter(int i) {
        if (!compare()) {
            return "";
        }
        String label = labels.get(i);
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }

    /**
     * Variant {@code i}'s time and speed: "A: 12 s computing · 1,940 examples/s · 3.1 s/epoch" (a single run
     * without the letter); the time per epoch once one has ended; empty before its first step. Under half a
     * second of computing, "A: < 0.5 s computing" alone: a speed from a few milliseconds is noise.
     */
    String figures(int i) {
        TrainingTime t = times[i];
        if (iterations[i] == 0 || t.examples() == 0) {
            return "";
        }
        // "computing": its own time, not the wall clock of the status bar, which the speed limit stretches.
        StringBuilder b = new StringBuilder(compare() ? letter(i) + ": " : "");
        b.append(Numbers.trainingTime(t.seconds())).append(" computing");
        if (Numbers.tooShortToTime(t.seconds())) {
            return b.toString();
        }
        // Examples per second of the steps: the per-epoch evaluations are in the time, not in the speed.
        if (!Double.isNaN(t.examplesPerSecond())) {
            b.append("  ·  ").append(Numbers.grouped(Math.round(t.examplesPerSecond())))
                    .append(" examples/s");
        }
        if (!Double.isNaN(t.secondsPerEpoch())) {
            b.append("  ·  ").append(Numbers.duration(t.secondsPerEpoch()))
                    .append("/epoch");
        }
        return b.toString();
    }

    void state(int i, RunState s) {
        states[i] = s;
        changed = true;
    }

    RunState state(int i) {
        return states[i];
    }

    /** The furthest any variant got (they advance in lockstep until one ends). */
    long iteration() {
        return Arrays.stream(iterations).max().orElse(0);
    }

    /** Updates each variant's rate at frame time {@code now}; returns the rate of the fastest (the lockstep). */
    double updateRates(long now) {
        double best = 0;
        for (int i = 0; i < states.length; i++) {
            stepsPerSecond[i] = rates[i].update(now, iterations[i]);
            best = Math.max(best, stepsPerSecond[i]);
        }
        return best;
    }

    /**
     * The state of the whole: a variant still going gives its state (they share one worker); once all have
     * ended, finished if any finished, otherwise diverged or failed — as the engine sums them up.
     */
    RunState overall() {
        for (RunState s : states) {
            if (!s.isTerminal()) {
                return s;
            }
        }
        if (states.length == 1) {
            return states[0];
        }
        if (Arrays.stream(states).anyMatch(s -> s == RunState.STOPPED)) {
            return RunState.STOPPED;
        }
        if (Arrays.stream(states).allMatch(s -> s == RunState.FAILED)) {
            return RunState.FAILED;
        }
        if (Arrays.stream(states).allMatch(s -> s == RunState.DIVERGED || s == RunState.FAILED)) {
            return RunState.DIVERGED;
        }
        return RunState.FINISHED;
    }

    /** "A: sigmoid 12,400/s · B: ReLU diverged" for the status bar; empty for a single run. */
    String summary() {
        return summary(true);
    }

    /**
     * The summary with each variant by its letter alone ("A ready  ·  B 1,200 steps/s"), for a narrow bar. Once
     * none is training, the letters are grouped by state, a diverged or failed one first, so the state a class
     * must see is never the part cut off: "C ⚠ diverged  ·  A B D finished".
     */
    String shortSummary() {
        if (!compare() || Arrays.stream(states).anyMatch(s -> s == RunState.RUNNING)) {
            return summary(false);
        }
        java.util.Map<String, StringBuilder> groups = new java.util.LinkedHashMap<>();
        for (boolean alarming : new boolean[] {true, false}) {
            for (int i = 0; i < states.length; i++) {
                RunState s = states[i];
                if ((s == RunState.DIVERGED || s == RunState.FAILED) == alarming) {
                    String state = s == RunState.DIVERGED ? "⚠ diverged" : RunPhase.of(s).label().toLowerCase();
                    StringBuilder letters = groups.computeIfAbsent(state, k -> new StringBuilder());
                    letters.append(letters.length() > 0 ? " " : "").append(letter(i));
                }
            }
        }
        StringBuilder b = new StringBuilder();
        groups.forEach((state, letters) -> b.append(b.length() > 0 ? "  ·  " : "").append(letters).append(' ').append(state));
        return b.toString();
    }

    private String summary(boolean names) {
        if (!compare()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < states.length; i++) {
            if (i > 0) {
                b.append("  ·  ");
            }
            String label = labels.get(i);
            int colon = label.indexOf(':');
            b.append(names || colon < 0 ? label : label.substring(0, colon)).append(' ');
            RunState s = states[i];
            if (s == RunState.RUNNING) {
                b.append(Numbers.grouped(Math.round(stepsPerSecond[i]))).append(" steps/s");
            } else if (s == RunState.DIVERGED) {
                b.append("⚠ diverged");
            } else {
                b.append(RunPhase.of(s).label().toLowerCase());
            }
        }
        return b.toString();
    }
}
