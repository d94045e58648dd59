package dev.deepforward.lesson;

import dev.deepforward.spec.RunSpec;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runs one step of a lesson trains.
 *
 * @param spec     the step's effective spec; {@code null} before the first step with a setup
 * @param variants each variant's name and spec, in file order; empty when the step trains only {@code spec}
 * @param transfer the step's own transfer (its source run, layers and the variants it starts), or {@code null}
 */
public record StepRuns(RunSpec spec, Map<String, RunSpec> variants, Transfer transfer) {

    public StepRuns {
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }

    public StepRuns(RunSpec spec, Map<String, RunSpec> variants) {
        this(spec, variants, null);
    }

    /** Whether variant {@code name} ({@code null} or {@code ""}: the single run) starts from transferred layers. */
    public boolean transfersTo(String name) {
        if (transfer == null) {
            return false;
        }
        return variants.isEmpty() ? name == null || name.isEmpty() : name != null && transfer.appliesTo(name);
    }

    /** Whether the step has a run at all. */
    public boolean hasRun() {
        return spec != null;
    }

    /** The spec a claim or checkpoint naming {@code variant} (or none) refers to; null if there is none. */
    public RunSpec specFor(String variant) {
        return variant == null ? (variants.isEmpty() ? spec : null) : variants.get(variant);
    }

    /** These runs with every data file (and the transfer source's) resolved against {@code folder}. */
    public StepRuns resolveFiles(Path folder) {
        Map<String, RunSpec> resolved = new LinkedHashMap<>();
        variants.forEach((name, v) -> resolved.put(name, v.resolveFiles(folder)));
        Transfer t = transfer == null || transfer.from() == null ? transfer
                : new Transfer(transfer.from().resolveFiles(folder), transfer.layers(), transfer.variants());
        return new StepRuns(spec == null ? null : spec.resolveFiles(folder), resolved, t);
    }
}
