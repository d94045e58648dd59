package dev.deepforward.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem found, so a user sees all of them at once rather than one per attempt. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();
    /**
     * Whole numbers too big for their field's type, by path, as written: bound at the type's limit so that the
     * field's own range check ({@link #range(Problems, String, long, long, long)}) can say the allowed range.
     * Each is a problem until then, and stays one (without a range) if no check claims it.
     */
    private final Map<String, Number> outOfRange = new LinkedHashMap<>();

    public void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    public void addAll(Problems other) {
        list.addAll(other.list());
    }

    public boolean isEmpty() {
        return list.isEmpty() && outOfRange.isEmpty();
    }

    public int size() {
        return list.size() + outOfRange.size();
    }

    public List<Problem> list() {
        List<Problem> all = new ArrayList<>(list);
        outOfRange.forEach((path, n) -> all.add(new Problem(path, "number out of range: " + n)));
        return List.copyOf(all);
    }

    /** A whole number beyond its field's type at {@code path}; a problem, which the field's range check words. */
    void outOfRange(String path, Number written) {
        outOfRange.put(path, written);
    }

    /** The problems that stop a value from binding: all but the numbers bound at their type's limit. */
    int bindingSize() {
        return list.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Problem p : list) {
            sb.append(p).append('\n');
        }
        return sb.toString();
    }

    /** The path of {@code field} under {@code path}; the top level has the empty path. */
    public static String at(String path, String field) {
        return path == null || path.isEmpty() ? field : path + "." + field;
    }

    /** A name must be given and fit in {@code max} characters. */
    static void name(Problems problems, String path, String name, int max) {
        if (name == null || name.isBlank()) {
            problems.add(path, "must not be empty");
        } else if (name.length() > max) {
            problems.add(path, "at most " + max + " characters (has " + name.length() + ")");
        } else {
            // A line break or other control character would split a CSV row or a legend, and shows as nothing.
            for (int i = 0; i < name.length(); i++) {
                if (Character.isISOControl(name.charAt(i))) {
                    problems.add(path, String.format("must not contain control characters (U+%04X at character %d)",
                            (int) name.charAt(i), i + 1));
                    break;
                }
            }
        }
    }

    static void range(Problems problems, String path, double value, double min, double max) {
        Number written = problems.outOfRange.remove(path);
        if (written != null) {
            problems.add(path, "must be between " + fmt(min) + " and " + fmt(max) + " (is " + written + ")");
        } else if (!(value >= min && value <= max)) {
            problems.add(path, "must be between " + fmt(min) + " and " + fmt(max) + " (is " + fmt(value) + ")");
        }
    }

    static void range(Problems problems, String path, long value, long min, long max) {
        Number written = problems.outOfRange.remove(path);
        if (written != null) {
            problems.add(path, "must be between " + min + " and " + max + " (is " + written + ")");
        } else if (value < min || value > max) {
            problems.add(path, "must be between " + min + " and " + max + " (is " + value + ")");
        }
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
