package dev.deepforward.spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named change of a run spec, for side-by-side runs: "Xavier" vs "random", "sigmoid" vs "ReLU".
 *
 * @param name        the variant's short label in legends (unique within a comparison)
 * @param description what differs, in a phrase ("plain N(0, 0.01) init"); may be empty
 * <p>A variant that sets a data file ({@code "data.file"}, {@code "data.labelFile"}, or a whole
 * {@code "data"} record) names it relative to the folder of the file the variant was read from, by the rule
 * of {@link DataPaths}, like the run spec beside it.
 *
 * @param set         field paths of the run spec and their new values, e.g.
 *                    {@code "network.hidden[*].activation": "sigmoid"} or {@code "training.learningRate": 0.1};
 *                    values are in JSON form (an object replaces a whole record)
 */
public record Variant(String name, String description, Map<String, Object> set)
        implements Validated, NamesFiles<Variant> {

    public static final int MAX_NAME = 40;

    public Variant {
        description = description == null ? "" : description;
        set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }

    /** Only {@code name} must be given; a variant without {@code set} is the unchanged baseline. */
    public static Variant defaults() {
        return new Variant("", "", Map.of());
    }

    public static java.util.Set<String> required() {
        return java.util.Set.of("name");
    }

    /** A variant that changes nothing: the baseline of a comparison. */
    public static Variant baseline(String name) {
        return new Variant(name, "", Map.of());
    }

    /** A variant that sets one field. */
    public static Variant of(String name, String fieldPath, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(fieldPath, SpecTree.toTree(value));
        return new Variant(name, "", m);
    }

    /** This variant with one more field set. */
    public Variant and(String fieldPath, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(set);
        m.put(fieldPath, SpecTree.toTree(value));
        return new Variant(name, description, m);
    }

    /**
     * The base spec with this variant's changes, named after the variant, validated; {@code null} with the
     * problems reported under {@code path} when a change does not fit.
     */
    public RunSpec applyTo(RunSpec base, String path, Problems problems) {
        int before = problems.size();
        Object tree = SpecTree.toTree(base);
        for (Map.Entry<String, Object> e : set.entrySet()) {
            SpecTree.set(tree, RunSpec.class, e.getKey(), e.getValue(), Problems.at(Problems.at(path, "set"), e.getKey()),
                    problems);
        }
        if (problems.size() != before) {
            return null;
        }
        Problems inner = new Problems();
        RunSpec spec = SpecTree.bind(tree, RunSpec.class, "", inner);
        if (spec != null) {
            spec.validate("", inner);
        }
        for (Problem p : inner.list()) {
            problems.add(Problems.at(path, "set"), "makes " + p.path() + " invalid: " + p.message());
        }
        return problems.size() == before ? spec.withName(base.name() + " · " + name) : null;
    }

    /** Like {@link #applyTo(RunSpec, String, Problems)} but throws when the variant does not fit. */
    public RunSpec applyTo(RunSpec base) {
        Problems problems = new Problems();
        RunSpec spec = applyTo(base, "variant " + name, problems);
        if (spec == null) {
            throw new IllegalArgumentException(problems.toString().trim());
        }
        return spec;
    }

    @Override
    public void validate(String path, Problems problems) {
        Problems.name(problems, Problems.at(path, "name"), name, MAX_NAME);
    }

    /** Every data file this variant names, checked by {@link DataPaths}' rule in {@code folder}. */
    @Override
    public void checkFiles(String path, Path folder, Problems problems) {
        checkFiles(path, folder, true, problems);
    }

    /** As {@link #checkFiles(String, Path, Problems)}; with {@code mustExist} false a missing file passes. */
    public void checkFiles(String path, Path folder, boolean mustExist, Problems problems) {
        String at = Problems.at(path, "set");
        for (Map.Entry<String, Object> e : set.entrySet()) {
            if (e.getValue() instanceof String file && FILE_KEYS.contains(e.getKey())) {
                DataPaths.check(file, Problems.at(at, e.getKey()), folder, mustExist, problems);
            } else if ("data".equals(e.getKey()) && e.getValue() instanceof Map<?, ?> data) {
                for (String field : new String[] {"file", "labelFile"}) {
                    if (data.get(field) instanceof String file) {
                        DataPaths.check(file, Problems.at(Problems.at(at, "data"), field), folder, mustExist, problems);
                    }
                }
            }
        }
    }

    /** This variant with every data file it names resolved against {@code folder} (absolute, normalized). */
    @Override
    public Variant resolveFiles(Path folder) {
        if (folder == null) {
            return this;
        }
        Map<String, Object> m = new LinkedHashMap<>(set);
        boolean changed = false;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() instanceof String file && FILE_KEYS.contains(e.getKey())) {
                e.setValue(resolveName(file, folder));
                changed = true;
            } else if ("data".equals(e.getKey()) && e.getValue() instanceof Map<?, ?> data) {
                Map<Object, Object> d = new LinkedHashMap<>(data);
                for (String field : new String[] {"file", "labelFile"}) {
                    if (d.get(field) instanceof String file) {
                        d.put(field, resolveName(file, folder));
                        changed = true;
                    }
                }
                e.setValue(d);
            }
        }
        return changed ? new Variant(name, description, m) : this;
    }

    private static final java.util.Set<String> FILE_KEYS = java.util.Set.of("data.file", "data.labelFile");

    private static String resolveName(String value, Path folder) {
        if (value.isBlank()) {
            return value;
        }
        try {
            return DataPaths.resolve(value, folder).toString();
        } catch (java.nio.file.InvalidPathException e) {
            return value; // reported by checkFiles
        }
    }
}
