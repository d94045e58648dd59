package dev.deepforward.lesson;

import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Suggest;
import dev.deepforward.spec.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a lesson beyond what binding its records checks: required fields, ranges, the chain of setups from
 * step to step, variants, checkpoints, quiz answers and claims against the runs they refer to, dataset ids
 * and file paths. Reports every problem; never stops at the first.
 *
 * <p>It also works on a lesson that only partly bound (see {@link LessonLoader}): a step that failed to
 * bind, or a field of it that did, is skipped, and a run that could not be worked out makes later checks
 * that need it quietly skip rather than pile consequential errors on the one already reported.
 */
final class LessonValidator {

    static final int MAX_STEPS = 60;
    static final int MAX_TITLE = 100;
    static final int MAX_SUMMARY = 600;
    static final int MAX_MINUTES = 600;
    static final int MAX_PROMPTS = 10;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int MAX_EPOCHS = 100_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> IMAGE_TYPES = List.of("png", "jpg", "jpeg", "gif");

    /** A step as bound: {@code step} is null when nothing of it bound; {@code broken} names fields that did not. */
    record BoundStep(Step step, Set<String> broken, boolean hasSetup) {
        static BoundStep whole(Step step) {
            return new BoundStep(step, Set.of(), step != null && step.setup() != null);
        }
    }

    /** Whether the run of the step being checked is known, absent, or unknown because of an earlier problem. */
    private enum Have { NONE, KNOWN, UNKNOWN }

    /** What the checks of one step's claims and checkpoints need to know about its runs. */
    private record StepContext(Have have, RunSpec spec, List<String> variantNames, Map<String, RunSpec> variantSpecs) {
        RunSpec specFor(String variant) {
            if (have != Have.KNOWN) {
                return null;
            }
            return variant == null ? spec : variantSpecs.get(variant);
        }
    }

    private final Set<String> datasets;
    private final Path folder;
    private final List<StepRuns> runs = new ArrayList<>();
    private Have have = Have.NONE;
    private RunSpec current;

    /**
     * @param datasets the known dataset ids, or {@code null} to accept any
     * @param folder   the lesson's folder, to check that named files exist; {@code null} to skip that
     */
    LessonValidator(Set<String> datasets, Path folder) {
        this.datasets = datasets;
        this.folder = folder;
    }

    /** The runs of each step, as worked out by the last validation. */
    List<StepRuns> runs() {
        return List.copyOf(runs);
    }

    void validate(Lesson lesson, String path, Problems problems) {
        List<BoundStep> steps = new ArrayList<>();
        for (Step s : lesson.steps()) {
            steps.add(BoundStep.whole(s));
        }
        validate(lesson, Set.of(), steps, path, problems);
    }

    /** Checks a header (a lesson whose steps are given separately) and its steps, any of them partly bound. */
    void validate(Lesson header, Set<String> brokenHeader, List<BoundStep> steps, String path, Problems problems) {
        header(header, brokenHeader, steps.size(), path, problems);
        for (int i = 0; i < steps.size(); i++) {
            step(steps.get(i), Problems.at(path, "steps") + "[" + i + "]", problems);
        }
    }

    // ------------------------------------------------------------------ the lesson's own fields

    private void header(Lesson l, Set<String> broken, int stepCount, String path, Problems p) {
        if (!broken.contains("format")) {
            if (l.format() == null) {
                p.add(Problems.at(path, "format"), "missing \"format\": " + Lesson.FORMAT
                        + " (the lesson file format version)");
            } else if (l.format() != Lesson.FORMAT) {
                p.add(Problems.at(path, "format"), "lesson format " + l.format() + " is not supported; this version reads format "
                        + Lesson.FORMAT);
            }
        }
        if (required(l.id(), "id", broken, path, p)) {
            if (l.id().length() > 64 || !ID.matcher(l.id()).matches()) {
                p.add(Problems.at(path, "id"), "'" + l.id() + "' is not a lesson id: use at most 64 lower-case letters, digits and single hyphens, such as 'vanishing-gradients'");
            }
        }
        if (required(l.title(), "title", broken, path, p)) {
            plainLine(l.title(), MAX_TITLE, Problems.at(path, "title"), p);
        }
        if (required(l.summary(), "summary", broken, path, p)) {
            markdown(l.summary(), true, MAX_SUMMARY, Problems.at(path, "summary"), p);
        }
        required(l.level(), "level", broken, path, p);
        if (required(l.minutes(), "minutes", broken, path, p)) {
            range(l.minutes(), 1, MAX_MINUTES, Problems.at(path, "minutes"), p);
        }
        if (l.order() != null) {
            range(l.order(), 0, 1_000_000, Problems.at(path, "order"), p);
        }
        Set<Concept> seen = new HashSet<>();
        for (int i = 0; i < l.concepts().size(); i++) {
            Concept c = l.concepts().get(i);
            String cp = Problems.at(path, "concepts") + "[" + i + "]";
            if (c == null) {
                p.add(cp, "must be a concept tag, not null");
            } else if (!seen.add(c)) {
                p.add(cp, "concept '" + c.id() + "' is listed twice");
            }
        }
        Set<String> before = new java.util.HashSet<>();
        for (int i = 0; i < l.prerequisites().size(); i++) {
            String id = l.prerequisites().get(i);
            String pp = Problems.at(path, "prerequisites") + "[" + i + "]";
            if (id == null || !ID.matcher(id).matches()) {
                p.add(pp, "a prerequisite is a lesson id: lower-case letters, digits and single hyphens");
            } else if (id.equals(l.id())) {
                p.add(pp, "a lesson cannot be its own prerequisite");
            } else if (!before.add(id)) {
                p.add(pp, "'" + id + "' is listed twice");
            }
        }
        if (l.objectives().size() > 10) {
            p.add(Problems.at(path, "objectives"), "at most 10 objectives (has " + l.objectives().size() + ")");
        }
        for (int i = 0; i < l.objectives().size(); i++) {
            String o = l.objectives().get(i);
            String op = Problems.at(path, "objectives") + "[" + i + "]";
            if (o == null) {
                p.add(op, "must be a sentence, not null");
            } else {
                markdown(o, true, 300, op, p);
            }
        }
        if (!broken.contains("steps")) {
            if (stepCount == 0) {
                p.add(Problems.at(path, "steps"), "a lesson needs at least one step");
            } else if (stepCount > MAX_STEPS) {
                p.add(Problems.at(path, "steps"), "at most " + MAX_STEPS + " steps (has " + stepCount + "); split the lesson");
            }
        }
    }

    // ------------------------------------------------------------------ steps

    private void step(BoundStep bound, String sp, Problems p) {
        Step s = bound.step();
        if (s == null) {
            if (bound.hasSetup()) {
                have = Have.UNKNOWN;
            }
            runs.add(new StepRuns(null, Map.of()));
            return;
        }
        Set<String> broken = bound.broken();
        if (required(s.title(), "title", broken, sp, p)) {
            plainLine(s.title(), MAX_TITLE, Problems.at(sp, "title"), p);
        }
        if (required(s.text(), "text", broken, sp, p)) {
            markdown(s.text(), false, 20_000, Problems.at(sp, "text"), p);
        }
        LessonPaths.check(s.image(), Problems.at(sp, "image"), folder, IMAGE_TYPES, p);

        if (broken.contains("setup")) {
            have = Have.UNKNOWN;
        } else if (s.setup() != null) {
            setup(s.setup(), Problems.at(sp, "setup"), p);
        }
        StepContext ctx = broken.contains("variants")
                ? new StepContext(Have.UNKNOWN, null, List.of(), Map.of())
                : variants(s.variants(), Problems.at(sp, "variants"), p);
        Transfer transfer = null;
        if (!broken.contains("setup") && s.setup() != null && s.setup().transfer() != null) {
            transfer = transfer(s.setup().transfer(), Problems.at(Problems.at(sp, "setup"), "transfer"), ctx, p);
        }
        runs.add(new StepRuns(have == Have.KNOWN ? current : null, ctx.variantSpecs(), transfer));

        List<String> prompts = s.tryThis();
        if (prompts.size() > MAX_PROMPTS) {
            p.add(Problems.at(sp, "tryThis"), "at most " + MAX_PROMPTS + " prompts (has " + prompts.size() + ")");
        }
        for (int i = 0; i < prompts.size(); i++) {
            String pp = Problems.at(sp, "tryThis") + "[" + i + "]";
            if (prompts.get(i) == null) {
                p.add(pp, "must be text, not null");
            } else {
                markdown(prompts.get(i), true, 2_000, pp, p);
            }
        }
        for (int i = 0; i < s.checkpoints().size(); i++) {
            checkpoint(s.checkpoints().get(i), Problems.at(sp, "checkpoints") + "[" + i + "]", ctx, p);
        }
        for (int i = 0; i < s.quiz().size(); i++) {
            question(s.quiz().get(i), Problems.at(sp, "quiz") + "[" + i + "]", p);
        }
        for (int i = 0; i < s.claims().size(); i++) {
            claim(s.claims().get(i), Problems.at(sp, "claims") + "[" + i + "]", ctx, p);
        }
    }

    /** Works out the step's effective spec from its setup, updating {@link #have} and {@link #current}. */
    private void setup(Setup setup, String sp, Problems p) {
        RunSpec before = have == Have.KNOWN ? current : null;
        if (setup.spec() != null && setup.patch() != null) {
            p.add(sp, "give either 'spec' or 'patch', not both");
            have = Have.UNKNOWN;
            return;
        }
        if (setup.spec() == null && setup.patch() == null) {
            p.add(sp, "a setup needs 'spec' (a whole run spec) or 'patch' (changes to the previous step's run)");
            have = Have.UNKNOWN;
            return;
        }
        String where;
        RunSpec spec;
        Problems local = new Problems();
        if (setup.spec() != null) {
            where = Problems.at(sp, "spec");
            spec = setup.spec();
            spec.validate(where, local);
        } else {
            where = Problems.at(sp, "patch");
            if (have == Have.NONE) {
                p.add(where, "there is no earlier run to patch: the first step with a setup needs a whole 'spec'");
                have = Have.UNKNOWN;
                return;
            }
            if (have == Have.UNKNOWN) {
                patchAlone(setup.patch(), where, p);
                return;
            }
            Object merged = SpecTree.merge(SpecTree.toTree(current), setup.patch());
            spec = SpecTree.bind(merged, RunSpec.class, where, local);
            if (spec != null) {
                spec.validate(where, local);
            }
        }
        p.addAll(local);
        if (!local.isEmpty() || spec == null) {
            have = Have.UNKNOWN;
            return;
        }
        have = Have.KNOWN;
        current = spec;
        if (before == null || !before.data().equals(spec.data())) {
            data(spec.data(), Problems.at(where, "data"), p);
        }
    }

    /**
     * Checks a patch whose base is unknown because of an earlier problem: merged onto the last run that was
     * known (or the defaults), only problems inside what the patch itself writes are reported, since those are
     * the patch's fault whatever the base turns out to be.
     */
    private void patchAlone(Map<String, Object> patch, String where, Problems p) {
        Object base = SpecTree.toTree(current != null ? current : RunSpec.defaults());
        Problems local = new Problems();
        RunSpec spec = SpecTree.bind(SpecTree.merge(base, patch), RunSpec.class, where, local);
        if (spec != null) {
            spec.validate(where, local);
        }
        Set<String> written = new HashSet<>();
        pathsOf(patch, where, written);
        for (dev.deepforward.spec.Problem pr : local.list()) {
            if (written.contains(pr.path())) {
                p.add(pr.path(), pr.message());
            }
        }
    }

    /** Every path a tree writes, named the way problems name them. */
    private static void pathsOf(Object node, String path, Set<String> out) {
        out.add(path);
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> pathsOf(v, Problems.at(path, String.valueOf(k)), out));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                pathsOf(list.get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** The dataset must be known and any file it names must be safely inside the lesson's folder. */
    private void data(DataSpec d, String dp, Problems p) {
        if (datasets != null && d.dataset() != null && !datasets.contains(d.dataset())) {
            p.add(Problems.at(dp, "dataset"), "unknown dataset '" + d.dataset() + "'" + Suggest.didYouMean(d.dataset(), datasets)
                    + "; known: " + String.join(", ", new TreeSet<>(datasets)));
        }
        LessonPaths.check(d.file(), Problems.at(dp, "file"), folder, null, p);
        LessonPaths.check(d.labelFile(), Problems.at(dp, "labelFile"), folder, null, p);
    }

    private StepContext variants(List<Variant> variants, String vp, Problems p) {
        List<String> names = new ArrayList<>();
        Map<String, RunSpec> specs = new LinkedHashMap<>();
        if (variants.isEmpty()) {
            return new StepContext(have, current, names, specs);
        }
        if (variants.size() < 2 || variants.size() > Step.MAX_VARIANTS) {
            p.add(vp, "a step compares 2 to " + Step.MAX_VARIANTS + " variants side by side (has " + variants.size() + ")");
        }
        if (have == Have.NONE) {
            p.add(vp, "variants change the step's run, but no step up to here sets one up; add a setup");
        }
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            String ip = vp + "[" + i + "]";
            if (v == null) {
                p.add(ip, "must be a variant, not null");
                continue;
            }
            v.validate(ip, p);
            if (v.name() != null && !v.name().isBlank()) {
                if (names.contains(v.name())) {
                    p.add(Problems.at(ip, "name"), "variant name '" + v.name() + "' is used twice in this step");
                }
                names.add(v.name());
            }
            if (have == Have.KNOWN) {
                Problems local = new Problems();
                RunSpec spec = v.applyTo(current, ip, local);
                p.addAll(local);
                if (spec != null && v.name() != null) {
                    specs.putIfAbsent(v.name(), spec);
                    if (!spec.data().equals(current.data())) {
                        data(spec.data(), Problems.at(ip, "set"), p);
                    }
                }
            }
        }
        return new StepContext(have, current, names, specs);
    }

    // ------------------------------------------------------------------ transfer

    /**
     * Checks a step's transfer: the source run as a spec, the layer count against the source and every target,
     * the listed variant names, and (when both are catalogue datasets) that source and targets take inputs of
     * the same size. Returns the transfer when it is valid and the step's runs are known, else null.
     */
    private Transfer transfer(Transfer t, String tp, StepContext ctx, Problems p) {
        Problems local = new Problems();
        String fp = Problems.at(tp, "from");
        RunSpec from = t.from();
        boolean fromOk = false;
        if (from == null) {
            local.add(fp, "missing required field 'from': the whole run spec of the source run to train first");
        } else {
            Problems own = new Problems();
            from.validate(fp, own);
            data(from.data(), Problems.at(fp, "data"), own);
            local.addAll(own);
            fromOk = own.isEmpty();
        }
        // the names it lists
        List<String> names = ctx.variantNames();
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < t.variants().size(); i++) {
            String name = t.variants().get(i);
            String vp = Problems.at(tp, "variants") + "[" + i + "]";
            if (name == null) {
                local.add(vp, "must be a variant name, not null");
            } else if (names.isEmpty()) {
                if (ctx.have() != Have.UNKNOWN) {
                    local.add(vp, "this step has no variants, so there is no '" + name
                            + "'; leave 'variants' out to transfer into the step's run");
                }
            } else if (!names.contains(name)) {
                local.add(vp, "no variant '" + name + "' in this step" + Suggest.didYouMean(name, names)
                        + "; its variants: " + String.join(", ", names));
            } else if (!listed.add(name)) {
                local.add(vp, "variant '" + name + "' is listed twice");
            }
        }
        // the targets it starts
        Map<String, RunSpec> targets = new LinkedHashMap<>();
        if (ctx.have() == Have.KNOWN) {
            if (names.isEmpty()) {
                targets.put(null, ctx.spec());
            } else {
                ctx.variantSpecs().forEach((n, spec) -> {
                    if (t.variants().isEmpty() || t.variants().contains(n)) {
                        targets.put(n, spec);
                    }
                });
            }
        }
        String lp = Problems.at(tp, "layers");
        if (t.layers() == null) {
            local.add(lp, "missing required field 'layers': how many hidden layers to transfer (1 or more)");
        } else if (t.layers() < 1) {
            local.add(lp, "must be at least 1 (is " + t.layers() + "): a transfer copies 1 or more hidden layers");
        } else {
            int k = t.layers();
            if (fromOk && k > from.network().hidden().size()) {
                local.add(lp, "the source run has " + from.network().hidden().size()
                        + " hidden layers, so at most that many can be transferred (is " + k + ")");
            }
            for (Map.Entry<String, RunSpec> e : targets.entrySet()) {
                int h = e.getValue().network().hidden().size();
                if (k > h) {
                    local.add(lp, runName(e.getKey()) + " has " + h + " hidden layers, so at most that many can be"
                            + " transferred into it (is " + k + ")");
                } else if (fromOk && k <= from.network().hidden().size()) {
                    for (int l = 0; l < k; l++) {
                        int a = from.network().hidden().get(l).units();
                        int b = e.getValue().network().hidden().get(l).units();
                        if (a != b) {
                            local.add(lp, "hidden layer " + (l + 1) + " has " + a + " units in the source run but "
                                    + b + " in " + runName(e.getKey()) + "; transferred layers need the same shape");
                            break;
                        }
                    }
                }
            }
        }
        // input sizes: only when both datasets are in the catalogue (files are read only when training)
        if (fromOk) {
            var source = dev.deepforward.data.DatasetCatalog.find(from.data().dataset());
            for (Map.Entry<String, RunSpec> e : targets.entrySet()) {
                var target = dev.deepforward.data.DatasetCatalog.find(e.getValue().data().dataset());
                if (source.isPresent() && target.isPresent()
                        && source.get().featureCount() != target.get().featureCount()) {
                    local.add(Problems.at(Problems.at(fp, "data"), "dataset"), "the source run's '"
                            + source.get().id() + "' has " + source.get().featureCount() + " inputs but "
                            + runName(e.getKey()) + "'s '" + target.get().id() + "' has "
                            + target.get().featureCount() + "; transferred layers need the same input size");
                    break;
                }
            }
        }
        p.addAll(local);
        return local.isEmpty() && ctx.have() == Have.KNOWN ? t : null;
    }

    // ------------------------------------------------------------------ checkpoints and quizzes

    private void checkpoint(Checkpoint c, String cp, StepContext ctx, Problems p) {
        if (c == null) {
            p.add(cp, "must be a checkpoint, not null");
            return;
        }
        if (ctx.have() == Have.NONE) {
            p.add(cp, "a checkpoint needs a run: give this step or an earlier one a setup");
        }
        if (c.kind() == null) {
            p.add(Problems.at(cp, "kind"), "missing required field 'kind'");
            return;
        }
        String kind = c.kind().id();
        switch (c.kind()) {
            case ITERATIONS, EPOCHS -> {
                if (c.value() == null) {
                    p.add(Problems.at(cp, "value"), "a " + kind + " checkpoint needs 'value', the number of " + kind);
                } else {
                    range(c.value(), 1, c.kind() == CheckpointKind.ITERATIONS ? MAX_ITERATIONS : MAX_EPOCHS,
                            Problems.at(cp, "value"), p);
                }
                notFor(c.patience(), "patience", CheckpointKind.VALIDATION_LOSS_STOPS_FALLING, cp, p);
                notFor(c.threshold(), "threshold", CheckpointKind.ACCURACY_ABOVE, cp, p);
                if (c.variant() != null) {
                    p.add(Problems.at(cp, "variant"), "a " + kind + " checkpoint applies to every run of the step; leave 'variant' out");
                }
            }
            case VALIDATION_LOSS_STOPS_FALLING, ACCURACY_ABOVE -> {
                notFor(c.value(), "value", null, cp, p);
                if (c.kind() == CheckpointKind.ACCURACY_ABOVE) {
                    notFor(c.patience(), "patience", CheckpointKind.VALIDATION_LOSS_STOPS_FALLING, cp, p);
                    if (c.threshold() == null) {
                        p.add(Problems.at(cp, "threshold"), "an accuracy_above checkpoint needs 'threshold', a share between 0 and 1");
                    } else if (!(c.threshold() > 0 && c.threshold() < 1)) {
                        p.add(Problems.at(cp, "threshold"), "must be above 0 and below 1, a share such as 0.9 for 90% (is "
                                + c.threshold() + ")");
                    }
                } else {
                    notFor(c.threshold(), "threshold", CheckpointKind.ACCURACY_ABOVE, cp, p);
                    if (c.patience() != null) {
                        range(c.patience(), 1, 1000, Problems.at(cp, "patience"), p);
                    }
                }
                if (c.variant() == null || variantRef(c.variant(), false, Problems.at(cp, "variant"), ctx, p)) {
                    List<RunSpec> meant = c.variant() != null ? single(ctx.specFor(c.variant()))
                            : ctx.variantNames().isEmpty() ? single(ctx.specFor(null)) : List.copyOf(ctx.variantSpecs().values());
                    for (RunSpec spec : meant) {
                        if (spec.data().validationFraction() <= 0) {
                            p.add(Problems.at(cp, "kind"), "'" + kind + "' watches the validation data, but "
                                    + runName(c.variant()) + " holds none out (data.validationFraction is 0)");
                            break;
                        }
                    }
                }
            }
        }
    }

    private static List<RunSpec> single(RunSpec spec) {
        return spec == null ? List.of() : List.of(spec);
    }

    private static void notFor(Object value, String field, CheckpointKind owner, String cp, Problems p) {
        if (value != null) {
            p.add(Problems.at(cp, field), owner == null ? "'" + field + "' applies only to iterations and epochs checkpoints"
                    : "'" + field + "' applies only to " + owner.id() + " checkpoints");
        }
    }

    private void question(Question q, String qp, Problems p) {
        if (q == null) {
            p.add(qp, "must be a question, not null");
            return;
        }
        if (q.text() == null) {
            p.add(Problems.at(qp, "text"), "missing required field 'text'");
        } else {
            markdown(q.text(), true, 2_000, Problems.at(qp, "text"), p);
        }
        if (q.kind() == null) {
            p.add(Problems.at(qp, "kind"), "must be single or multiple");
        }
        List<QuizChoice> choices = q.choices();
        String cp = Problems.at(qp, "choices");
        if (choices.size() < Question.MIN_CHOICES || choices.size() > Question.MAX_CHOICES) {
            p.add(cp, "a question has " + Question.MIN_CHOICES + " to " + Question.MAX_CHOICES + " choices (has " + choices.size() + ")");
        }
        int firstCorrect = -1;
        int correct = 0;
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            QuizChoice c = choices.get(i);
            String ip = cp + "[" + i + "]";
            if (c == null) {
                p.add(ip, "must be a choice, not null");
                continue;
            }
            markdown(c.text(), true, 1_000, Problems.at(ip, "text"), p);
            markdown(c.explanation(), true, 2_000, Problems.at(ip, "explanation"), p);
            if (c.text() != null && !texts.add(c.text().strip())) {
                p.add(Problems.at(ip, "text"), "the same choice is offered twice");
            }
            if (c.correct()) {
                correct++;
                if (firstCorrect < 0) {
                    firstCorrect = i;
                } else if (q.kind() == QuestionKind.SINGLE) {
                    p.add(Problems.at(ip, "correct"), "a single-choice question has exactly one correct choice, and choices["
                            + firstCorrect + "] already is; use \"kind\": \"multiple\" for several");
                }
            }
        }
        if (correct == 0 && !choices.isEmpty()) {
            p.add(cp, "no choice is marked \"correct\": true");
        }
    }

    // ------------------------------------------------------------------ claims

    private void claim(Claim c, String cp, StepContext ctx, Problems p) {
        claim(c, cp, ctx, p, null);
    }

    /** A claim, or with {@code whole} set a condition of that claim's {@code any}/{@code all}. */
    private void claim(Claim c, String cp, StepContext ctx, Problems p, Claim whole) {
        if (c == null) {
            p.add(cp, "must be a claim, not null");
            return;
        }
        if (whole == null && ctx.have() == Have.NONE) {
            p.add(cp, "a claim is about a run, but no step up to here sets one up; give this step or an earlier one a setup");
        }
        if (whole != null) {
            for (String field : new String[] {"iterations", "epochs", "seeds", "atLeast", "evaluateEvery"}) {
                Object v = switch (field) {
                    case "iterations" -> c.iterations();
                    case "epochs" -> c.epochs();
                    case "seeds" -> c.seeds();
                    case "atLeast" -> c.atLeast();
                    default -> c.evaluateEvery();
                };
                if (v != null) {
                    p.add(Problems.at(cp, field), "a condition is checked on the claim's runs; set '" + field
                            + "' on the claim, not on its conditions");
                }
            }
            if (c.text() != null) {
                markdown(c.text(), true, 1_000, Problems.at(cp, "text"), p);
            }
        } else if (c.text() == null) {
            p.add(Problems.at(cp, "text"), "missing required field 'text': the sentence the reader sees");
        } else {
            markdown(c.text(), true, 1_000, Problems.at(cp, "text"), p);
        }
        if (c.atLeast() != null) {
            if (c.seeds() == null) {
                p.add(Problems.at(cp, "atLeast"), "'atLeast' k counts seeds: set 'seeds' n too (\"on at least k of n seeds\")");
            } else {
                range(c.atLeast(), 1, c.seeds(), Problems.at(cp, "atLeast"), p);
            }
        }
        if (c.evaluateEvery() != null) {
            range(c.evaluateEvery(), 1, MAX_ITERATIONS, Problems.at(cp, "evaluateEvery"), p);
        }
        if (c.isCombination()) {
            if (c.any() != null && c.all() != null) {
                p.add(Problems.at(cp, "all"), "give 'any' or 'all', not both");
            }
            for (String field : new String[] {"left", "op", "right", "factor", "margin"}) {
                Object v = switch (field) {
                    case "left" -> c.left();
                    case "op" -> c.op();
                    case "right" -> c.right();
                    case "factor" -> c.factor();
                    default -> c.margin();
                };
                if (v != null) {
                    p.add(Problems.at(cp, field), "a claim with 'any' or 'all' states its conditions there; leave '"
                            + field + "' out");
                }
            }
            String key = c.any() != null ? "any" : "all";
            List<Claim> conditions = c.conditions();
            if (conditions.isEmpty() || conditions.size() > 10) {
                p.add(Problems.at(cp, key), "give 1 to 10 conditions (has " + conditions.size() + ")");
            }
            for (int i = 0; i < conditions.size(); i++) {
                claim(conditions.get(i), Problems.at(cp, key) + "[" + i + "]", ctx, p, whole == null ? c : whole);
            }
            return;
        }
        if (c.iterations() != null && c.epochs() != null) {
            p.add(Problems.at(cp, "epochs"), "give 'iterations' or 'epochs', not both");
        }
        if (c.iterations() != null) {
            range(c.iterations(), 1, MAX_ITERATIONS, Problems.at(cp, "iterations"), p);
        }
        if (c.epochs() != null) {
            range(c.epochs(), 1, MAX_EPOCHS, Problems.at(cp, "epochs"), p);
        }
        if (c.seeds() != null) {
            range(c.seeds(), 1, Claim.MAX_SEEDS, Problems.at(cp, "seeds"), p);
        }
        Metric left = null;
        if (c.left() == null) {
            p.add(Problems.at(cp, "left"), "missing required field 'left': the quantity the claim is about");
        } else {
            left = quantity(c.left(), Problems.at(cp, "left"), whole == null ? c : whole, ctx, p);
        }
        if (c.op() == null) {
            p.add(Problems.at(cp, "op"), "missing required field 'op': one of <, <=, >, >=, ==, !=, between");
        }
        Operand right = null;
        String rp = Problems.at(cp, "right");
        if (c.right() == null) {
            p.add(rp, "missing required field 'right': a number, a run state, [low, high] or a quantity");
        } else {
            right = Operand.parse(c.right(), rp, p);
        }
        Metric rightMetric = null;
        if (right instanceof Operand.Measured m) {
            rightMetric = quantity(m.quantity(), rp, whole == null ? c : whole, ctx, p);
        } else if (right instanceof Operand.Range range) {
            int end = 0;
            for (Operand o : List.of(range.low(), range.high())) {
                if (o instanceof Operand.Measured m) {
                    quantity(m.quantity(), rp + "[" + end + "]", whole == null ? c : whole, ctx, p);
                } else if (o instanceof Operand.Constant k) {
                    constant(k.value(), left, rp + "[" + end + "]", p);
                } else {
                    p.add(rp + "[" + end + "]", "an end of an interval is a number or a quantity");
                }
                end++;
            }
        }
        if (c.factor() != null && !(c.factor() > 0 && Double.isFinite(c.factor()))) {
            p.add(Problems.at(cp, "factor"), "must be a number above 0 (is " + c.factor() + ")");
        }
        if (c.margin() != null && !Double.isFinite(c.margin())) {
            p.add(Problems.at(cp, "margin"), "must be a finite number");
        }
        if (c.op() != null && right != null) {
            comparison(c, left, right, rightMetric, cp, p);
        }
        if (right instanceof Operand.Measured m && mixesEachAndSome(c.left(), m.quantity())) {
            p.add(Problems.at(Problems.at(cp, "right"), "layer"), "\"each\" on one side and \"some\" on the other"
                    + " say two different things; use the same on both sides, or a single layer on one");
        }
    }

    private static boolean mixesEachAndSome(Quantity a, Quantity b) {
        LayerRef x = a == null || a.layer() == null ? null : LayerRef.parse(a.layer(), "", new Problems());
        LayerRef y = b == null || b.layer() == null ? null : LayerRef.parse(b.layer(), "", new Problems());
        return x != null && y != null && x.kind().allLayers() && y.kind().allLayers() && x.kind() != y.kind();
    }

    /** Whether op, the two sides and the factor/margin fit together. */
    private void comparison(Claim c, Metric left, Operand right, Metric rightMetric, String cp, Problems p) {
        Op op = c.op();
        String opp = Problems.at(cp, "op");
        String rp = Problems.at(cp, "right");
        boolean scaled = c.factor() != null || c.margin() != null;
        if (scaled && !(op.ordering() && right instanceof Operand.Measured)) {
            p.add(Problems.at(cp, c.factor() != null ? "factor" : "margin"), op.ordering()
                    ? "'factor' and 'margin' scale a quantity on the right; with a number there, write the result"
                    : "'factor' and 'margin' apply only to <, <=, > and >=");
        }
        if (left != null && left.isState()) {
            if (!op.forStates()) {
                p.add(opp, "'" + left.id() + "' is a run state; compare it with == or !=");
            } else if (!(right instanceof Operand.State) && !(rightMetric != null && rightMetric.isState())) {
                p.add(rp, "compare a run state with one of: finished, diverged, stopped_early");
            }
            return;
        }
        if (op.forStates()) {
            p.add(opp, "== and != compare run states; for numbers use <, <=, >, >= or between");
            return;
        }
        if (op == Op.BETWEEN) {
            if (!(right instanceof Operand.Interval) && !(right instanceof Operand.Range)) {
                p.add(rp, "'between' needs an interval [low, high] on the right");
            }
        } else if (right instanceof Operand.Interval || right instanceof Operand.Range) {
            p.add(opp, "an interval on the right needs op 'between'");
        }
        if (right instanceof Operand.State) {
            p.add(rp, "a run state can only be compared with 'final_state'");
        }
        if (rightMetric != null && rightMetric.isState()) {
            p.add(rp, "'" + rightMetric.id() + "' is a run state and cannot be compared with a number");
        }
        if (right instanceof Operand.Constant k) {
            constant(k.value(), left, rp, p);
        } else if (right instanceof Operand.Interval in) {
            constant(in.low(), left, rp + "[0]", p);
            constant(in.high(), left, rp + "[1]", p);
            // The interval is closed, so [42, 42] is a valid way to say "exactly 42".
            if (!(in.low() <= in.high())) {
                p.add(rp, "the interval's low end must not be above its high end (is [" + in.low() + ", " + in.high() + "])");
            }
        }
    }

    /** A constant must be finite and a value the metric can take, else the claim is vacuous or impossible. */
    private static void constant(double v, Metric m, String path, Problems p) {
        if (!Double.isFinite(v)) {
            p.add(path, "must be a finite number");
        } else if (m != null && m.range() == Metric.Range.FRACTION && (v < 0 || v > 1)) {
            p.add(path, "'" + m.id() + "' is a share between 0 and 1, so comparing it with " + fmt(v) + " says nothing");
        } else if (m != null && m.range() == Metric.Range.NON_NEGATIVE && v < 0) {
            p.add(path, "'" + m.id() + "' is never negative, so comparing it with " + fmt(v) + " says nothing");
        }
    }

    /**
     * Checks one side of a claim; returns its metric (null if missing), or null for an expression or a first
     * crossing, whose values are not the metric's own (a difference may be negative, a crossing is an iteration).
     */
    private Metric quantity(Quantity q, String qp, Claim claim, StepContext ctx, Problems p) {
        Metric own = singleQuantity(q, qp, claim, ctx, p);
        if (q.isExpression() || q.isCrossing()) {
            if (own != null && own.isState()) {
                p.add(Problems.at(qp, "metric"), "'" + own.id() + "' is a run state: it has no difference, ratio or crossing");
            }
            LayerRef ref = q.layer() == null ? null : LayerRef.parse(q.layer(), "", new Problems());
            if (q.isExpression() && ref != null && ref.kind().allLayers()) {
                p.add(Problems.at(qp, "layer"), "an expression reads one value per side; use a layer number, \"last\" or \"sum\"");
            }
        }
        if (q.isCrossing()) {
            if (q.firstAbove() != null && q.firstBelow() != null) {
                p.add(Problems.at(qp, "firstBelow"), "give 'firstAbove' or 'firstBelow', not both");
            }
            if (q.at() != null) {
                p.add(Problems.at(qp, "at"), "a first crossing reads the whole series; leave 'at' out");
            }
            if (own != null && own.scope() == Metric.Scope.RUN) {
                p.add(Problems.at(qp, "metric"), "'" + own.id() + "' has one value per run, so it crosses nothing");
            }
            Double v = q.firstAbove() != null ? q.firstAbove() : q.firstBelow();
            if (v != null && !Double.isFinite(v)) {
                p.add(Problems.at(qp, q.firstAbove() != null ? "firstAbove" : "firstBelow"), "must be a finite number");
            }
        }
        if (q.minus() != null) {
            Metric m = quantity(q.minus(), Problems.at(qp, "minus"), claim, ctx, p);
            if (m != null && m.isState()) {
                p.add(Problems.at(qp, "minus"), "a run state cannot be subtracted");
            }
        }
        if (q.over() != null) {
            Metric m = quantity(q.over(), Problems.at(qp, "over"), claim, ctx, p);
            if (m != null && m.isState()) {
                p.add(Problems.at(qp, "over"), "a run state cannot divide");
            }
        }
        return q.isExpression() || q.isCrossing() ? null : own;
    }

    private Metric singleQuantity(Quantity q, String qp, Claim claim, StepContext ctx, Problems p) {
        boolean variantOk = variantRef(q.variant(), true, Problems.at(qp, "variant"), ctx, p);
        Metric m = q.metric();
        if (m == null) {
            p.add(Problems.at(qp, "metric"), "missing required field 'metric'");
            return null;
        }
        RunSpec spec = variantOk ? ctx.specFor(q.variant()) : null;
        String lp = Problems.at(qp, "layer");
        if (!m.perLayer()) {
            if (q.layer() != null) {
                p.add(lp, "'" + m.id() + "' is not measured per layer; leave 'layer' out");
            }
        } else if (q.layer() == null) {
            p.add(lp, "'" + m.id() + "' is measured per layer; set 'layer' to a hidden-layer number (1 = first)"
                    + (m.outputLayerAllowed() ? ", \"last\" (the output layer)" : "") + " or \"each\"");
        } else {
            LayerRef ref = LayerRef.parse(q.layer(), lp, p);
            if (ref != null) {
                layer(ref, m, spec, q.variant(), lp, p);
            }
        }
        String ap = Problems.at(qp, "at");
        if (q.isCrossing()) {
            // checked by quantity(): a crossing has no moment
        } else if (m.scope() == Metric.Scope.RUN) {
            if (q.at() != null) {
                p.add(ap, "'" + m.id() + "' has one value per run; leave 'at' out");
            }
        } else {
            Moment at = Moment.parse(q.at(), ap, p);
            if (at != null) {
                moment(at, m, claim, spec, ap, p);
            }
        }
        if (spec != null && m.split() != Metric.Split.NONE) {
            double share = m.split() == Metric.Split.VALIDATION ? spec.data().validationFraction() : spec.data().testFraction();
            if (share <= 0) {
                String field = m.split() == Metric.Split.VALIDATION ? "validationFraction" : "testFraction";
                p.add(Problems.at(qp, "metric"), "'" + m.id() + "' needs held-out data, but " + runName(q.variant())
                        + " has data." + field + " 0");
            }
        }
        return m;
    }

    private void layer(LayerRef ref, Metric m, RunSpec spec, String variant, String lp, Problems p) {
        if (ref.kind() == LayerRef.Kind.SUM) {
            if (!m.outputLayerAllowed()) {
                p.add(lp, "\"sum\" adds up every layer, the output layer included; '" + m.id()
                        + "' is not measured on all of them");
            }
            return;
        }
        if (ref.kind() == LayerRef.Kind.OUTPUT) {
            if (!m.outputLayerAllowed()) {
                p.add(lp, "'" + m.id() + "' is measured on hidden layers only, not on the output layer (\"last\")");
            }
            return;
        }
        if (spec == null) {
            return;
        }
        List<LayerSpec> hidden = spec.network().hidden();
        int count = hidden.size();
        if (ref.kind() == LayerRef.Kind.HIDDEN && ref.index() > count) {
            p.add(lp, "there is no hidden layer " + ref.index() + ": " + runName(variant) + " has " + count
                    + (count == 1 ? " hidden layer" : " hidden layers") + (count == 0 ? "" : " (1 to " + count + ")")
                    + "; the output layer is \"last\"");
            return;
        }
        if (ref.kind().allLayers() && count == 0) {
            p.add(lp, runName(variant) + " has no hidden layers, so \"" + ref.toTree() + "\" is empty");
            return;
        }
        int from = ref.kind().allLayers() ? 1 : ref.index();
        int to = ref.kind().allLayers() ? count : ref.index();
        for (int i = from; i <= to; i++) {
            LayerSpec layer = hidden.get(i - 1);
            String why = switch (m.layers()) {
                case SATURATING -> layer.activation().saturates() ? null
                        : "uses " + layer.activation().id() + ", which does not saturate; '" + m.id() + "' is for sigmoid and tanh layers";
                case RECTIFIED -> layer.activation().canDie() ? null
                        : "uses " + layer.activation().id() + ", whose units cannot die; '" + m.id() + "' is for relu layers";
                case BATCH_NORM -> layer.batchNorm() ? null : "has no batch norm, so it has no γ";
                default -> null;
            };
            if (why != null) {
                p.add(lp, "hidden layer " + i + " of " + runName(variant) + " " + why);
                return;
            }
        }
    }

    private void moment(Moment at, Metric m, Claim claim, RunSpec spec, String ap, Problems p) {
        if (at.kind() == Moment.Kind.BEST && m.better() == Metric.Better.NONE) {
            p.add(ap, "'best' is defined for losses and accuracies only; use min or max for '" + m.id() + "'");
        }
        if (at.kind() == Moment.Kind.ITERATION) {
            if (m.scope() == Metric.Scope.ITERATION && at.n() < 1) {
                p.add(ap, "'" + m.id() + "' is recorded from iteration 1; use 1 or \"initial\"");
            }
            Integer limit = claim.iterations() != null ? claim.iterations()
                    : claim.epochs() == null && spec != null && spec.training().iterations() > 0 ? spec.training().iterations() : null;
            if (limit != null && at.n() > limit) {
                p.add(ap, "iteration " + at.n() + " comes after the run ends (" + limit + " iterations)");
            }
        }
    }

    /**
     * Checks a variant name a claim or checkpoint refers to. With {@code required}, a step with variants must
     * name one. Returns whether the reference is usable.
     */
    private static boolean variantRef(String name, boolean required, String vp, StepContext ctx, Problems p) {
        List<String> names = ctx.variantNames();
        if (name == null) {
            if (required && !names.isEmpty()) {
                p.add(vp, "this step runs several variants; say which with \"variant\": one of " + String.join(", ", names));
                return false;
            }
            return true;
        }
        if (names.isEmpty()) {
            p.add(vp, "this step has no variants, so there is no '" + name + "'; leave 'variant' out");
            return false;
        }
        if (!names.contains(name)) {
            p.add(vp, "no variant '" + name + "' in this step" + Suggest.didYouMean(name, names) + "; its variants: "
                    + String.join(", ", names));
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ small checks

    private static String runName(String variant) {
        return variant == null ? "the step's run" : "variant '" + variant + "'";
    }

    private static boolean required(Object value, String field, Set<String> broken, String path, Problems p) {
        if (value != null) {
            return true;
        }
        if (!broken.contains(field)) {
            p.add(Problems.at(path, field), "missing required field '" + field + "'");
        }
        return false;
    }

    private static void plainLine(String s, int max, String path, Problems p) {
        if (s.isBlank()) {
            p.add(path, "must not be empty");
        } else if (s.length() > max) {
            p.add(path, "at most " + max + " characters (has " + s.length() + ")");
        } else if (s.indexOf('\n') >= 0) {
            p.add(path, "must be a single line");
        }
    }

    private static void markdown(String s, boolean oneParagraph, int max, String path, Problems p) {
        if (s == null) {
            p.add(path, "missing required text");
            return;
        }
        if (s.length() > max) {
            p.add(path, "at most " + max + " characters (has " + s.length() + ")");
        }
        MarkdownLite.check(s, oneParagraph, path, p);
    }

    private static void range(long v, long min, long max, String path, Problems p) {
        if (v < min || v > max) {
            p.add(path, "must be between " + min + " and " + max + " (is " + v + ")");
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
