package dev.deepforward.lesson;

import dev.deepforward.spec.Problem;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Binds a record like {@link SpecTree#bind} but, when some fields are wrong, binds the rest anyway. Without
 * this a single misspelt field deep in one step would leave nothing to validate, and the author would see
 * only the binding errors, fix them, and then meet a second wave of problems.
 */
final class PartialBinder {

    /** The record (or null when even the rest did not bind) and the fields whose values did not bind. */
    record Partial<T>(T value, Set<String> broken) {
    }

    private PartialBinder() {
    }

    /**
     * Binds {@code node} to {@code type} (which must have {@code defaults()}), adding every binding problem to
     * {@code problems}. If that fails, binds again without the fields the problems were in, so they take
     * their defaults, and reports those fields as broken so validation does not complain about them again.
     */
    static <T> Partial<T> bind(Object node, Class<T> type, String path, Problems problems) {
        Problems found = new Problems();
        T value = SpecTree.bind(node, type, path, found);
        problems.addAll(found);
        if (value != null || !(node instanceof Map<?, ?> map)) {
            return new Partial<>(value, Set.of());
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        Set<String> broken = new LinkedHashSet<>();
        for (Problem p : found.list()) {
            if (!p.path().startsWith(prefix) || p.path().length() == prefix.length()) {
                return new Partial<>(null, Set.of());
            }
            String rest = p.path().substring(prefix.length());
            int end = rest.length();
            for (int i = 0; i < rest.length(); i++) {
                if (rest.charAt(i) == '.' || rest.charAt(i) == '[') {
                    end = i;
                    break;
                }
            }
            broken.add(rest.substring(0, end));
        }
        Map<String, Object> rest = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!broken.contains(String.valueOf(k))) {
                rest.put(String.valueOf(k), v);
            }
        });
        T partial = SpecTree.bind(rest, type, path, new Problems());
        return new Partial<>(partial, partial == null ? Set.of() : Set.copyOf(broken));
    }
}
