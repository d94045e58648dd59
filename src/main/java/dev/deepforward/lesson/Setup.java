package dev.deepforward.lesson;

import dev.deepforward.spec.RunSpec;
import java.util.Map;

/**
 * The run a step sets up: either a whole run spec or a JSON merge patch (RFC 7386) on the run of the step
 * before. Patches keep a lesson's steps short and make plain what each step changes.
 *
 * @param spec  a complete run spec (fields left out take {@link RunSpec#defaults()}'s values)
 * @param patch    changes to the previous step's effective spec: objects merge field by field, lists and other
 *                 values replace, {@code null} resets a field to its default
 * @param transfer optional: a source run whose first hidden layers start this step's runs (this step only)
 */
public record Setup(RunSpec spec, Map<String, Object> patch, Transfer transfer) {

    public Setup {
        patch = patch == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(patch));
    }

    public Setup(RunSpec spec, Map<String, Object> patch) {
        this(spec, patch, null);
    }

    public static Setup defaults() {
        return new Setup(null, null, null);
    }

    public static Setup of(RunSpec spec) {
        return new Setup(spec, null, null);
    }

    public static Setup patch(Map<String, Object> patch) {
        return new Setup(null, patch, null);
    }

    /** This setup with {@code t} as its transfer. */
    public Setup withTransfer(Transfer t) {
        return new Setup(spec, patch, t);
    }
}
