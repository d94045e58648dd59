package dev.deepforward.ui.compare;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A side-by-side run as planned: 2–4 {@link VariantChoice}s of the designed network, variant A first.
 * It holds no spec of its own, so an edit of the base changes every variant the same way.
 *
 * @param choices the variants in order (A, B, …)
 * @param toggle  the headline toggle it compares, or null for variants defined by hand
 * @param fixed   engine variants taken as they are (a lesson step's), one per choice and named like it;
 *                empty for plans built from choices. Lessons change any field path, which the toolbar's
 *                choices cannot express, so such a plan carries the lesson's own variants.
 * @param describedFor the base the fixed variants' descriptions were written for (the step's set-up, the file's
 *                spec), or null: when the base's learning rate has been changed since, a description's
 *                "η = 0.03" is brought up to date ({@link VariantText}), on screen and in the saved file
 */
public record ComparePlan(List<VariantChoice> choices, HeadlineToggle toggle, List<Variant> fixed, RunSpec describedFor) {

    public ComparePlan(List<VariantChoice> choices, HeadlineToggle toggle) {
        this(choices, toggle, List.of(), null);
    }

    public ComparePlan {
        choices = List.copyOf(choices);
        fixed = List.copyOf(fixed);
        if (!fixed.isEmpty() && fixed.size() != choices.size()) {
            throw new IllegalArgumentException("one fixed variant per choice");
        }
        if (choices.size() < 2 || choices.size() > Comparison.MAX_VARIANTS) {
            throw new IllegalArgumentException("a comparison needs 2 to " + Comparison.MAX_VARIANTS + " variants");
        }
        Set<String> names = new HashSet<>();
        for (VariantChoice c : choices) {
            if (c.name() == null || c.name().isBlank() || !names.add(c.name())) {
                throw new IllegalArgumentException("every variant needs its own name: '" + c.name() + "'");
            }
        }
    }

    /** A headline toggle's comparison: A is the "on" side (Xavier, sigmoid, BN on, dropout on), B the "off" side. */
    public static ComparePlan of(HeadlineToggle t) {
        return new ComparePlan(List.of(VariantChoice.of(t, true), VariantChoice.of(t, false)), t);
    }

    public static ComparePlan custom(List<VariantChoice> choices) {
        return new ComparePlan(choices, null);
    }

    /** The given engine variants (a lesson step's), applied to the base exactly as written. */
    public static ComparePlan ofVariants(List<Variant> variants) {
        return ofVariants(variants, null);
    }

    /**
     * The given engine variants, whose descriptions were written for {@code describedFor} (null: not known,
     * they are shown as written).
     */
    public static ComparePlan ofVariants(List<Variant> variants, RunSpec describedFor) {
        return new ComparePlan(variants.stream().map(v -> VariantChoice.named(v.name())).toList(), null, variants,
                describedFor);
    }

    public static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    /** "A: sigmoid", "B: ReLU", … in order. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            out.add(letter(i) + ": " + choices.get(i).name());
        }
        return out;
    }

    /** The engine variants of {@code base}, in order. */
    public List<Variant> variants(RunSpec base) {
        if (!fixed.isEmpty()) {
            return describedFor == null ? fixed
                    : fixed.stream().map(v -> VariantText.upToDate(v, describedFor, base)).toList();
        }
        return choices.stream().map(c -> c.toVariant(base)).toList();
    }

    /** Whether some variant fixes its own learning rate (then a base η edit rebuilds instead of going live). */
    public boolean setsLearningRate() {
        if (!fixed.isEmpty()) {
            return fixed.stream().anyMatch(v -> v.set().keySet().stream().anyMatch(k -> k.startsWith("training")));
        }
        return choices.stream().anyMatch(VariantChoice::setsLearningRate);
    }

    /**
     * "A: sigmoid · B: ReLU — same data, seed 42". Variants named by hand also say what they set when
     * their name does not: "A: fast (η 0.5) · B: slow (η 0.01) — …"; one without a description, its name alone.
     */
    public String caption(RunSpec base) {
        List<String> parts = new ArrayList<>();
        List<Variant> now = fixed.isEmpty() ? List.of() : variants(base);
        for (int i = 0; i < choices.size(); i++) {
            VariantChoice c = choices.get(i);
            String what = fixed.isEmpty() ? c.describe() : now.get(i).description();
            // a variant whose file gives no description is named alone: "A: sigmoid", never "A: sigmoid ()"
            boolean self = toggle != null || what.isBlank() || what.equalsIgnoreCase(c.name());
            parts.add(letter(i) + ": " + c.name() + (self ? "" : " (" + what + ")"));
        }
        return String.join(" · ", parts) + " — same data, seed " + base.seed();
    }

    /** The menu's name for it: "Activation: sigmoid vs ReLU", or "Custom: 3 variants". */
    public String title() {
        if (!fixed.isEmpty()) {
            return "Lesson: " + String.join(" vs ", fixed.stream().map(Variant::name).toList());
        }
        return toggle != null ? toggle.menuText() : "Custom: " + choices.size() + " variants";
    }
}
