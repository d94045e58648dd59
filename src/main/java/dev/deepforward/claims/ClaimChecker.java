package dev.deepforward.claims;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.TrainedWeights;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.lesson.Claim;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.Step;
import dev.deepforward.lesson.StepRuns;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Checks a lesson's claims on the real engine. For every step with claims it trains the step's runs (its
 * effective spec, or all its variants side by side in a {@link Comparison}) once per training length and
 * seed the claims ask for (a step with a transfer first trains its source run to its end, once per seed, and
 * starts the listed variants from its first hidden layers), records what {@link dev.deepforward.lesson.Metric} defines, and decides each
 * claim with {@link ClaimEvaluator}; a claim with {@code seeds} n must hold for each of the n seeds.
 */
public final class ClaimChecker {

    /** A run that trains longer than this is stopped and its claims fail: CI must never hang on a lesson. */
    private static final long RUN_TIMEOUT_MINUTES = 10;

    private final Consumer<String> progress;

    /** @param progress receives one line per training, for a progress display (may ignore them) */
    public ClaimChecker(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Every claim of {@code lesson}, its data files taken as they are written (a lesson of built-in data). */
    public List<ClaimResult> check(Lesson lesson) throws InterruptedException {
        return check(lesson, null);
    }

    /**
     * Every claim of {@code lesson}, in file order, with its data files read from {@code folder} (the
     * lesson's own folder). The lesson must be valid (as loaded).
     */
    public List<ClaimResult> check(Lesson lesson, Path folder) throws InterruptedException {
        List<StepRuns> runs = lesson.runs(folder);
        List<ClaimResult> results = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            if (!step.claims().isEmpty()) {
                results.addAll(checkStep(lesson.id(), i + 1, step, runs.get(i)));
            }
        }
        return results;
    }

    private List<ClaimResult> checkStep(String lessonId, int number, Step step, StepRuns runs)
            throws InterruptedException {
        Map<RunKey, Needs> plan = new LinkedHashMap<>(); // each training, and what its recorder must measure
        for (Claim claim : step.claims()) {
            for (int k = 0; k < claim.effectiveSeeds(); k++) {
                Needs needs = new Needs(readsProbes(claim), claim.evaluateEvery() == null ? 0 : claim.evaluateEvery());
                plan.merge(RunKey.of(claim, k), needs, Needs::and);
            }
        }
        Map<RunKey, Trained> trained = new LinkedHashMap<>();
        Map<Integer, Source> sources = new HashMap<>(); // the transfer's source run, trained once per seed
        for (Map.Entry<RunKey, Needs> e : plan.entrySet()) {
            Source source = null;
            if (runs.transfer() != null) {
                int offset = e.getKey().seedOffset();
                source = sources.get(offset);
                if (source == null) {
                    RunSpec from = runs.transfer().from();
                    progress.accept(lessonId + "/" + number + ": training the transfer's source run for "
                            + new RunKey(null, null, offset).describe(from));
                    source = trainSource(from.withSeed(from.seed() + offset));
                    sources.put(offset, source);
                }
            }
            progress.accept(lessonId + "/" + number + ": training " + names(step) + " for "
                    + e.getKey().describe(runs.spec()));
            trained.put(e.getKey(), train(step, runs, e.getKey(), e.getValue(), source));
        }
        List<ClaimResult> results = new ArrayList<>();
        for (Claim claim : step.claims()) {
            results.add(decide(lessonId, number, claim, runs, trained));
        }
        return results;
    }

    /**
     * The claim on every seed it names, with what was measured on each: it holds when it holds on every
     * seed, or on at least {@code atLeast} of them.
     */
    private static ClaimResult decide(String lessonId, int number, Claim claim, StepRuns runs,
                                      Map<RunKey, Trained> trained) {
        int seeds = claim.effectiveSeeds();
        if (seeds == 1) {
            Verdict v = verdict(claim, trained.get(RunKey.of(claim, 0)));
            return new ClaimResult(lessonId, number, claim, v.passed(), v.measured());
        }
        List<String> lines = new ArrayList<>();
        int held = 0;
        for (int k = 0; k < seeds; k++) {
            Verdict v = verdict(claim, trained.get(RunKey.of(claim, k)));
            if (v.passed()) {
                held++;
            }
            lines.add("seed " + (runs.spec().seed() + k) + (v.passed() ? "" : " fails") + ": " + v.measured());
        }
        int required = claim.requiredSeeds();
        boolean holds = held >= required;
        String how = required == seeds ? "holds on " + held + " of " + seeds + " seeds, every seed must"
                : "holds on " + held + " of " + seeds + " seeds, at least " + required + " must";
        return new ClaimResult(lessonId, number, claim, holds, String.join("; ", lines) + "; " + how);
    }

    private static Verdict verdict(Claim claim, Trained t) {
        return t.error != null ? Verdict.unmeasurable(t.error)
                : ClaimEvaluator.evaluate(claim, name -> t.recorder.record(name == null ? "" : name));
    }

    private static boolean readsProbes(Claim claim) {
        return claim.quantities().stream().anyMatch(q -> RunRecorder.PROBED.contains(q.metric()));
    }

    /** What one training's recorder must measure: probe-batch metrics, and extra evaluation points. */
    private record Needs(boolean probes, int evaluateEvery) {
        Needs and(Needs other) {
            int every = evaluateEvery == 0 ? other.evaluateEvery : other.evaluateEvery == 0 ? evaluateEvery
                    : Math.min(evaluateEvery, other.evaluateEvery);
            return new Needs(probes || other.probes, every);
        }
    }

    private static String names(Step step) {
        return step.variants().isEmpty() ? "the run"
                : String.join(", ", step.variants().stream().map(Variant::name).toList());
    }

    /** A training's records, or why there are none. */
    private record Trained(RunRecorder recorder, String error) {
    }

    /** A transfer's source run trained to its end: its weights, or why there are none. */
    private record Source(TrainedWeights weights, String error) {
    }

    /** Trains the source run of a step's transfer to its end and copies its weights. */
    private Source trainSource(RunSpec from) throws InterruptedException {
        long start = System.nanoTime();
        try (TrainingRun run = TrainingRun.of(from, e -> { })) {
            run.start();
            if (!run.awaitSettled(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                run.stop();
                run.awaitSettled(1, TimeUnit.MINUTES);
                return new Source(null, "the transfer's source run took longer than " + RUN_TIMEOUT_MINUTES + " minutes");
            }
            RunSummary summary = run.summaries().get(0);
            if (summary == null || summary.state() != dev.deepforward.engine.run.RunState.FINISHED) {
                return new Source(null, "the transfer's source run did not finish"
                        + (summary == null ? "" : ": it " + summary.state().name().toLowerCase()
                        + (summary.message() == null ? "" : " (" + summary.message() + ")")));
            }
            progress.accept(String.format(java.util.Locale.ROOT, "  done in %.1f s", (System.nanoTime() - start) / 1e9));
            return new Source(run.trainedWeights(0), null);
        } catch (RunSetupException e) {
            return new Source(null, "the transfer's source run cannot be set up: " + e.getMessage());
        }
    }

    private Trained train(Step step, StepRuns runs, RunKey key, Needs needs, Source source)
            throws InterruptedException {
        if (source != null && source.error() != null) {
            return new Trained(null, source.error());
        }
        RunRecorder recorder = new RunRecorder(needs.probes(), needs.evaluateEvery());
        RunSpec base = key.apply(runs.spec());
        Comparison run;
        try {
            if (step.variants().isEmpty()) {
                run = TrainingRun.of(base, recorder);
            } else {
                List<Variant> variants = new ArrayList<>();
                for (Variant v : step.variants()) {
                    variants.add(key.apply(v, runs.variants().get(v.name())));
                }
                run = Comparison.of(base, variants, recorder);
            }
        } catch (RunSetupException e) {
            return new Trained(null, "the run cannot be set up: " + e.getMessage());
        }
        if (source != null) {
            int layers = runs.transfer().layers();
            try {
                if (step.variants().isEmpty()) {
                    run.transferFrom(source.weights(), layers);
                } else {
                    List<String> targets = runs.transfer().variants().isEmpty()
                            ? step.variants().stream().map(Variant::name).toList() : runs.transfer().variants();
                    run.transferFrom(source.weights(), layers, targets);
                }
            } catch (IllegalArgumentException e) {
                run.close();
                return new Trained(null, "the transfer fails: " + e.getMessage());
            }
        }
        long start = System.nanoTime();
        try (run) {
            run.setParameterProbe(recorder);
            run.start();
            if (!run.awaitSettled(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                run.stop();
                run.awaitSettled(1, TimeUnit.MINUTES);
                return new Trained(null, "training took longer than " + RUN_TIMEOUT_MINUTES + " minutes");
            }
        }
        progress.accept(String.format(java.util.Locale.ROOT, "  done in %.1f s", (System.nanoTime() - start) / 1e9));
        return new Trained(recorder, null);
    }
}
