package dev.deepforward.spec;

import java.util.Locale;

/**
 * A value of one of the spec enums. Every choice carries the words the UI and the lessons show:
 * a short display name and one sentence that explains it (used as a tooltip).
 */
public interface Choice {

    /** The enum constant's name; implemented by every enum. */
    String name();

    /** The identifier used in JSON files: the constant's name in lower case, e.g. {@code leaky_relu}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String displayName();

    String explanation();
}
