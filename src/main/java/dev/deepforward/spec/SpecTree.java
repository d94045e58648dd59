package dev.deepforward.spec;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts spec records to and from a plain tree of maps, lists, strings, numbers and booleans — the
 * shape of JSON — collecting every problem with its path instead of stopping at the first.
 *
 * <p>One mechanism serves spec files, lesson files, variants and patches, so they all accept exactly the
 * same fields and report problems the same way. A record whose class has a static {@code defaults()}
 * method may leave fields out (they take the default's values); otherwise every field is required.
 * Enums are written by their {@link Choice#id()}; {@code null} fields are left out.
 */
public final class SpecTree {

    private SpecTree() {
    }

    // ---------------------------------------------------------------- records → tree

    /** The tree form of a record, list, map, enum or scalar. */
    public static Object toTree(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Choice choice) {
            return choice.id();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(toTree(item));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toTree(v)));
            return out;
        }
        if (value.getClass().isRecord()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Object v = read(c, value);
                if (v != null) {
                    out.put(c.getName(), toTree(v));
                }
            }
            return out;
        }
        throw new IllegalArgumentException("not a spec value: " + value.getClass().getName());
    }

    // ---------------------------------------------------------------- tree → records

    /**
     * Binds a tree to {@code type}. Returns {@code null} when anything was wrong; every problem found is
     * added to {@code problems} under {@code path}.
     */
    public static <T> T bind(Object tree, Class<T> type, String path, Problems problems) {
        int before = problems.bindingSize();
        Object value = bindValue(tree, type, path, problems);
        return problems.bindingSize() == before ? type.cast(value) : null;
    }

    private static Object bindValue(Object node, Type type, String path, Problems problems) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
            if (node == null) {
                return null;
            }
            if (List.class.isAssignableFrom(raw)) {
                if (!(node instanceof List<?> list)) {
                    problems.add(path, "expected a list, found " + describe(node));
                    return null;
                }
                List<Object> out = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    out.add(bindValue(list.get(i), arg, path + "[" + i + "]", problems));
                }
                return out;
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (!(node instanceof Map<?, ?> map)) {
                    problems.add(path, "expected an object, found " + describe(node));
                    return null;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = String.valueOf(e.getKey());
                    out.put(key, bindValue(e.getValue(), arg, Problems.at(path, key), problems));
                }
                return out;
            }
            throw new IllegalArgumentException("unsupported spec type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == Object.class) {
            return node;
        }
        if (node == null) {
            if (c.isPrimitive()) {
                problems.add(path, "must not be null");
            }
            return null;
        }
        if (c.isRecord()) {
            return bindRecord(node, c, path, problems);
        }
        if (c.isEnum()) {
            return bindEnum(node, c, path, problems);
        }
        if (c == String.class) {
            if (node instanceof String s) {
                return s;
            }
            problems.add(path, "expected text, found " + describe(node));
            return null;
        }
        if (c == boolean.class || c == Boolean.class) {
            if (node instanceof Boolean b) {
                return b;
            }
            problems.add(path, "expected true or false, found " + describe(node));
            return null;
        }
        if (c == double.class || c == Double.class) {
            if (node instanceof Number n) {
                return n.doubleValue();
            }
            problems.add(path, "expected a number, found " + describe(node));
            return null;
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            boolean isInt = c == int.class || c == Integer.class;
            if (node instanceof Number n) {
                double d = n.doubleValue();
                boolean whole = n instanceof Long || n instanceof Integer || d == Math.rint(d);
                long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
                long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
                if (whole && !Double.isInfinite(d) && d <= max && d >= min) {
                    long v = n instanceof Long || n instanceof Integer ? n.longValue() : (long) d;
                    return isInt ? (Object) (int) v : (Object) v;
                }
                if (whole && !Double.isNaN(d)) {
                    // Bound at the type's limit, so the field's own check can say its range; the number as written
                    // is kept for that message (and reported without a range if no check claims it).
                    problems.outOfRange(path, n);
                    long v = d > 0 ? max : min;
                    return isInt ? (Object) (int) v : (Object) v;
                }
                problems.add(path, "expected a whole number, found " + n);
                return null;
            }
            problems.add(path, "expected a whole number, found " + describe(node));
            return null;
        }
        throw new IllegalArgumentException("unsupported spec type " + c.getName());
    }

    private static Object bindRecord(Object node, Class<?> c, String path, Problems problems) {
        if (!(node instanceof Map<?, ?> map)) {
            problems.add(path, "expected an object, found " + describe(node));
            return null;
        }
        RecordComponent[] components = c.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (Object key : map.keySet()) {
            String k = String.valueOf(key);
            if (!names.contains(k)) {
                problems.add(Problems.at(path, k), "unknown field '" + k + "'" + Suggest.didYouMean(k, names)
                        + "; allowed: " + String.join(", ", names));
            }
        }
        Object defaults = defaultsOf(c);
        Set<String> required = requiredOf(c);
        int before = problems.bindingSize();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            String name = rc.getName();
            if (map.containsKey(name)) {
                args[i] = bindValue(map.get(name), rc.getGenericType(), Problems.at(path, name), problems);
            } else if (defaults != null && !required.contains(name)) {
                args[i] = read(rc, defaults);
            } else {
                problems.add(Problems.at(path, name), "missing required field '" + name + "'");
            }
        }
        if (problems.bindingSize() != before) {
            return null;
        }
        try {
            return c.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problems.add(path, "invalid: " + cause.getMessage());
            return null;
        }
    }

    private static Object bindEnum(Object node, Class<?> c, String path, Problems problems) {
        Object[] constants = c.getEnumConstants();
        List<String> ids = new ArrayList<>();
        for (Object constant : constants) {
            ids.add(idOf(constant));
        }
        if (node instanceof String s) {
            String wanted = s.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (int i = 0; i < constants.length; i++) {
                if (ids.get(i).equals(wanted)) {
                    return constants[i];
                }
            }
            problems.add(path, "unknown value '" + s + "'" + Suggest.didYouMean(wanted, ids) + "; one of: "
                    + String.join(", ", ids));
            return null;
        }
        problems.add(path, "expected one of " + String.join(", ", ids) + ", found " + describe(node));
        return null;
    }

    private static String idOf(Object constant) {
        return constant instanceof Choice ch ? ch.id() : ((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The record's {@code defaults()} instance, or {@code null} when all its fields are required. */
    static Object defaultsOf(Class<?> c) {
        try {
            Method m = c.getMethod("defaults");
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == c) {
                return m.invoke(null);
            }
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("defaults() of " + c.getName() + " failed", e);
        }
        return null;
    }

    /**
     * Fields that must be given even though the record has defaults, named by a static
     * {@code required()} method returning a {@code Set<String>}.
     */
    @SuppressWarnings("unchecked")
    static Set<String> requiredOf(Class<?> c) {
        try {
            Method m = c.getMethod("required");
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
                return (Set<String>) m.invoke(null);
            }
        } catch (NoSuchMethodException e) {
            return Set.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("required() of " + c.getName() + " failed", e);
        }
        return Set.of();
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** How a value of the tree reads in an error message. */
    public static String describe(Object node) {
        if (node == null) {
            return "null";
        }
        if (node instanceof String s) {
            return "text '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
        }
        if (node instanceof Boolean b) {
            return b.toString();
        }
        if (node instanceof Number n) {
            return "number " + n;
        }
        if (node instanceof List<?>) {
            return "a list";
        }
        if (node instanceof Map<?, ?>) {
            return "an object";
        }
        return node.getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- patches

    /**
     * A JSON merge patch (RFC 7386) of {@code patch} onto {@code base}: objects merge field by field, every
     * other value (lists included) replaces, and {@code null} removes a field so it takes its default.
     * Neither argument is changed.
     */
    @SuppressWarnings("unchecked")
    public static Object merge(Object base, Object patch) {
        if (!(patch instanceof Map<?, ?> patchMap)) {
            return deepCopy(patch);
        }
        Map<String, Object> out = base instanceof Map<?, ?> baseMap
                ? (Map<String, Object>) deepCopy(baseMap) : new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : patchMap.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (e.getValue() == null) {
                out.remove(key);
            } else {
                out.put(key, merge(out.get(key), e.getValue()));
            }
        }
        return out;
    }

    /** A copy of a tree that shares nothing mutable with it. */
    public static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(deepCopy(item));
            }
            return out;
        }
        return node;
    }

    /**
     * Sets the field at {@code fieldPath} (such as {@code network.hidden[*].activation} or
     * {@code training.learningRate}) inside {@code tree}, the tree form of a {@code rootType}. The path is
     * checked against the record types, so a misspelt field is reported (with a suggestion) at
     * {@code problemPath} rather than silently ignored; {@code [*]} means every element of a list.
     */
    public static void set(Object tree, Class<?> rootType, String fieldPath, Object value, String problemPath,
                           Problems problems) {
        List<Object> segments = SpecPath.parse(fieldPath, problemPath, problems);
        if (segments == null) {
            return;
        }
        if (segments.isEmpty()) {
            problems.add(problemPath, "an empty path sets nothing");
            return;
        }
        if (!pathFitsTypes(rootType, segments, problemPath, problems)) {
            return;
        }
        setAt(tree, rootType, segments, 0, "", value, problemPath, problems);
    }

    /** Checks the path against the record types alone, so a misspelling is reported once, not per element. */
    private static boolean pathFitsTypes(Class<?> rootType, List<Object> segments, String problemPath,
                                         Problems problems) {
        Type type = rootType;
        StringBuilder walked = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof String field) {
                Class<?> c = type instanceof Class<?> k ? k : null;
                if (c == null || !c.isRecord()) {
                    problems.add(problemPath, "'" + walked + "' has no fields; cannot set '" + field + "'");
                    return false;
                }
                RecordComponent rc = Arrays.stream(c.getRecordComponents()).filter(x -> x.getName().equals(field))
                        .findFirst().orElse(null);
                if (rc == null) {
                    List<String> names = Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList();
                    problems.add(problemPath, "unknown field '" + field + "'"
                            + (walked.length() == 0 ? "" : " in " + walked) + Suggest.didYouMean(field, names)
                            + "; allowed: " + String.join(", ", names));
                    return false;
                }
                if (walked.length() > 0) {
                    walked.append('.');
                }
                walked.append(field);
                type = rc.getGenericType();
            } else {
                if (!(type instanceof ParameterizedType p) || !List.class.isAssignableFrom((Class<?>) p.getRawType())) {
                    problems.add(problemPath, "'" + walked + "' is not a list");
                    return false;
                }
                walked.append(segment == SpecPath.ALL ? "[*]" : "[" + segment + "]");
                type = p.getActualTypeArguments()[0];
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void setAt(Object node, Type type, List<Object> segments, int index, String walked,
                              Object value, String problemPath, Problems problems) {
        Object segment = segments.get(index);
        boolean last = index == segments.size() - 1;
        if (segment instanceof String field) {
            Class<?> c = type instanceof Class<?> k ? k : null;
            if (c == null || !c.isRecord()) {
                problems.add(problemPath, "'" + walked + "' has no fields; cannot set '" + field + "'");
                return;
            }
            RecordComponent rc = Arrays.stream(c.getRecordComponents()).filter(x -> x.getName().equals(field))
                    .findFirst().orElse(null);
            if (rc == null) {
                List<String> names = Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList();
                problems.add(problemPath, "unknown field '" + field + "'" + (walked.isEmpty() ? "" : " in " + walked)
                        + Suggest.didYouMean(field, names) + "; allowed: " + String.join(", ", names));
                return;
            }
            if (!(node instanceof Map<?, ?>)) {
                problems.add(problemPath, "'" + walked + "' is not set, so '" + field + "' cannot be changed");
                return;
            }
            Map<String, Object> map = (Map<String, Object>) node;
            String here = Problems.at(walked, field);
            if (last) {
                map.put(field, deepCopy(value));
                return;
            }
            Object child = map.get(field);
            if (child == null) {
                // Fields left out take their defaults; materialize them so a nested field can be set.
                Object defaults = defaultsOf(c);
                child = defaults == null ? null : toTree(read(rc, defaults));
                if (child instanceof Map<?, ?> || child instanceof List<?>) {
                    map.put(field, child);
                }
            }
            setAt(child, rc.getGenericType(), segments, index + 1, here, value, problemPath, problems);
            return;
        }
        // an index: Integer, or SpecPath.ALL for [*]
        if (!(type instanceof ParameterizedType p) || !List.class.isAssignableFrom((Class<?>) p.getRawType())) {
            problems.add(problemPath, "'" + walked + "' is not a list");
            return;
        }
        if (!(node instanceof List<?>)) {
            problems.add(problemPath, "'" + walked + "' is not set");
            return;
        }
        List<Object> list = (List<Object>) node;
        Type element = p.getActualTypeArguments()[0];
        List<Integer> targets = new ArrayList<>();
        if (segment == SpecPath.ALL) {
            for (int i = 0; i < list.size(); i++) {
                targets.add(i);
            }
        } else {
            int i = (Integer) segment;
            if (i < 0 || i >= list.size()) {
                problems.add(problemPath, "'" + walked + "' has " + list.size() + " elements; there is no ["
                        + i + "]");
                return;
            }
            targets.add(i);
        }
        for (int i : targets) {
            if (last) {
                list.set(i, deepCopy(value));
            } else {
                setAt(list.get(i), element, segments, index + 1, walked + "[" + i + "]", value, problemPath,
                        problems);
            }
        }
    }

    /** The names of a record's fields, for suggestions and documentation. */
    public static Set<String> fieldNames(Class<?> recordType) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (RecordComponent rc : recordType.getRecordComponents()) {
            names.add(rc.getName());
        }
        return names;
    }
}
