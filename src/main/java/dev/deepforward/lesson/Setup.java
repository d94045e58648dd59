package dev.deepforward.lesson;

import dev.deepforward.spec.RunSpec;
import java.util.Map;

/**
 * The run a step sets up: either a whole run spec or a JSON merge patch (RFC 7386) on the run of the step
 * before. Patches keep a lesson's steps short and make plain what each step changes.
 *
 * @param spec  a complete run spec (fields left out take {@link RunSpec#defaults()}'s values)
 * @param patch changes to the previous step's effective spec: objects merge field by field, lists and other
 *              values replace, {@code null} resets a field to its default
 */
public record Setup(RunSpec spec, Map<String, Object> patch) {

    public Setup {
        patch = patch == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(patch));
    }

    public static Setup defaults() {
        return new Setup(null, null);
    }

    public static Setup of(RunSpec spec) {
        return new Setup(spec, null);
    }

    public static Setup patch(Map<String, Object> patch) {
        return new Setup(null, patch);
    }
}
