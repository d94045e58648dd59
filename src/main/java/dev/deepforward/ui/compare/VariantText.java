package dev.deepforward.ui.compare;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.model.Numbers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a variant's description true to the run it names. A lesson writes "plain SGD, η = 0.03" for the
 * step's set-up; when the person then changes the base's learning rate (or a variant's own), the phrase
 * would go on saying 0.03 in the chart header and in the saved file. The rate it names is brought up to
 * date ("η = 0.001"), or added when the description names none. When the run differs in anything else
 * (the base's init, activation, a layer, the data, …, or a setting of the variant's own), the lesson's words
 * may no longer be true and no rewriting can know: the description is then {@link #CHANGED}, on screen and in
 * the saved file, until the run is back to the one the words were written for (Ctrl+Z).
 */
final class VariantText {

    /** "η = 0.03", "η=3e-4": the learning rate a description names. */
    private static final Pattern RATE = Pattern.compile("η\\s*=\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][-+−]?[0-9]+)?)");

    /** What a variant is called when its run is no longer the one its description was written for. */
    static final String CHANGED = "changed since set-up";

    private VariantText() {
    }

    /**
     * {@code v} with its description brought up to date: it was written for {@code v} applied to {@code then}
     * and describes {@code now} applied to {@code v}. Unchanged when the learning rate the variant trains at
     * is the same, or when the variant does not fit one of the bases.
     */
    static Variant upToDate(Variant v, RunSpec then, RunSpec now) {
        return upToDate(v, then, v, now);
    }

    /**
     * {@code changed}, with the description {@code was} had (written for {@code was} applied to {@code then})
     * brought up to date for {@code changed} applied to {@code now}.
     */
    static Variant upToDate(Variant was, RunSpec then, Variant changed, RunSpec now) {
        double before;
        double after;
        RunSpec written;
        RunSpec runs;
        try {
            written = was.applyTo(then);
            runs = changed.applyTo(now);
            before = written.training().learningRate();
            after = runs.training().learningRate();
        } catch (IllegalArgumentException e) {
            return changed;
        }
        String text = was.description();
        if (text.isBlank()) {
            return new Variant(changed.name(), text, changed.set());
        }
        if (!sameBesidesRate(written, runs)) {
            return new Variant(changed.name(), CHANGED, changed.set());
        }
        if (before == after) {
            return new Variant(changed.name(), text, changed.set());
        }
        return new Variant(changed.name(), withRate(text, before, after), changed.set());
    }

    /**
     * Whether two runs are the same in all a description can speak of, the learning rate (rewritten) aside:
     * the data, the network and the training. The name and the seed are the whole comparison's, said in the
     * caption's "same data, seed 42", not a variant's.
     */
    static boolean sameBesidesRate(RunSpec a, RunSpec b) {
        return a.data().equals(b.data()) && a.network().equals(b.network())
                && a.training().withLearningRate(0).equals(b.training().withLearningRate(0));
    }

    /** {@code text} naming the learning rate {@code after} where it named {@code before}; the rate added if it named none. */
    static String withRate(String text, double before, double after) {
        Matcher m = RATE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean named = false;
        while (m.find()) {
            double said;
            try {
                said = Double.parseDouble(m.group(1).replace('−', '-'));
            } catch (NumberFormatException e) {
                continue;
            }
            if (Math.abs(said - before) <= 1e-9 * Math.max(1, Math.abs(before))) {
                m.appendReplacement(out, Matcher.quoteReplacement("η = " + Numbers.compact(after)));
                named = true;
            }
        }
        m.appendTail(out);
        return named ? out.toString() : text + ", η = " + Numbers.compact(after);
    }
}
