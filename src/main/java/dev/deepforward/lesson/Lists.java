package dev.deepforward.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** List copies for the lesson records. */
final class Lists {

    private Lists() {
    }

    /**
     * An unmodifiable copy that, unlike {@link List#copyOf}, keeps {@code null} elements: a file may say
     * {@code [null]}, and the validator must get to report that at its path instead of the record's
     * constructor failing with a bare NullPointerException.
     */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
