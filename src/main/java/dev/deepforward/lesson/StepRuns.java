package dev.deepforward.lesson;

import dev.deepforward.spec.RunSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runs one step of a lesson trains.
 *
 * @param spec     the step's effective spec; {@code null} before the first step with a setup
 * @param variants each variant's name and spec, in file order; empty when the step trains only {@code spec}
 */
public record StepRuns(RunSpec spec, Map<String, RunSpec> variants) {

    public StepRuns {
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }

    /** Whether the step has a run at all. */
    public boolean hasRun() {
        return spec != null;
    }

    /** The spec a claim or checkpoint naming {@code variant} (or none) refers to; null if there is none. */
    public RunSpec specFor(String variant) {
        return variant == null ? (variants.isEmpty() ? spec : null) : variants.get(variant);
    }
}
