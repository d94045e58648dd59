package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepforward.spec.json.FileProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of seeded corruptions of a valid lesson and a valid spec: whatever the damage, checking a file
 * either accepts it or reports problems that can be located; it never throws.
 */
class MutationTest {

    private static final long SEED = 20_240_607L;
    private static final int ROUNDS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object[] ODD_VALUES = {null, true, false, 0L, -1L, 3L, 1e308, -0.5, 2.5, "", "x", "last",
            "each", "relu", "diverged", List.of(), List.of(1L, "a"), Map.of(), Map.of("meanOfLast", 0L),
            9_999_999_999L, "../x.csv", "/abs", "# heading", "[l](u)"};

    @Test
    void corruptedFilesAreAcceptedOrReportedButNeverThrow() throws Exception {
        List<String> sources = List.of(Fixtures.read(Fixtures.SHIPPED), Fixtures.resource("tiny.json"),
                Fixtures.resource("spec.json"));
        Random random = new Random(SEED);
        int rejected = 0;
        int accepted = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String source = sources.get(round % sources.size());
            String mutated = round % 2 == 0 ? mutateText(source, random) : mutateTree(source, random);
            String name = "mutant-" + round + ".json";

            FileValidator.Checked checked = FileValidator.check(mutated, name, Fixtures.SHIPPED, Fixtures.DATASETS);

            for (FileProblem p : checked.problems()) {
                assertThat(p.file()).isEqualTo(name);
                assertThat(p.location().line()).as("line of %s", p).isGreaterThanOrEqualTo(1);
                assertThat(p.location().column()).as("column of %s", p).isGreaterThanOrEqualTo(1);
                assertThat(p.message()).as("message of %s", p).isNotBlank();
                assertThat(p.toString()).startsWith(name + ":" + p.location().line() + ":");
            }
            if (checked.problems().isEmpty()) {
                accepted++;
                if (checked.lesson() != null) {
                    // An accepted lesson must also be usable: its runs can be worked out.
                    assertThat(checked.lesson().lesson().runs()).hasSameSizeAs(checked.lesson().lesson().steps());
                }
            } else {
                rejected++;
            }
        }
        assertThat(rejected).as("most corruptions are caught").isGreaterThan(ROUNDS / 2);
        assertThat(accepted + rejected).isEqualTo(ROUNDS);
    }

    // ---------------------------------------------------------------- character-level damage

    private static String mutateText(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 1; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, sb.charAt(at));
                case 2 -> {
                    int next = Math.min(at + 1, sb.length() - 1);
                    char c = sb.charAt(at);
                    sb.setCharAt(at, sb.charAt(next));
                    sb.setCharAt(next, c);
                }
                case 3 -> sb.insert(at, "{}[]\",:-.0123456789eE\\/#*`<>\u00e9\u0000".charAt(r.nextInt(25)));
                case 4 -> sb.setLength(at);
                default -> sb.replace(at, Math.min(sb.length(), at + r.nextInt(8)), "null");
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- structural damage

    private static String mutateTree(String text, Random r) throws Exception {
        Object root = JSON.readValue(text, Object.class);
        int edits = 1 + r.nextInt(2);
        for (int e = 0; e < edits; e++) {
            List<Object> containers = new ArrayList<>();
            collect(root, containers);
            Object target = containers.get(r.nextInt(containers.size()));
            damage(target, r);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void collect(Object node, List<Object> out) {
        if (node instanceof Map<?, ?> map) {
            out.add(node);
            map.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> list) {
            out.add(node);
            list.forEach(v -> collect(v, out));
        }
    }

    private static Object mutable(Object value) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (value instanceof Map<?, ?> m) {
            return new LinkedHashMap<>(m);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void damage(Object container, Random r) {
        // a mutable copy: a later edit of the same round may pick the inserted list or object as its container
        Object odd = mutable(ODD_VALUES[r.nextInt(ODD_VALUES.length)]);
        if (container instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            List<String> keys = new ArrayList<>(map.keySet());
            int kind = r.nextInt(4);
            if (keys.isEmpty() || kind == 0) {
                map.put(r.nextBoolean() ? "unknownField" : "tittle", odd);
            } else if (kind == 1) {
                map.remove(keys.get(r.nextInt(keys.size())));
            } else {
                map.put(keys.get(r.nextInt(keys.size())), odd);
            }
            // Keep the order of the remaining fields varied, as hand-written files are.
            if (r.nextInt(5) == 0) {
                Map<String, Object> copy = new LinkedHashMap<>(map);
                map.clear();
                List<String> order = new ArrayList<>(copy.keySet());
                java.util.Collections.shuffle(order, r);
                order.forEach(k -> map.put(k, copy.get(k)));
            }
        } else if (container instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            int kind = r.nextInt(4);
            if (list.isEmpty() || kind == 0) {
                list.add(odd);
            } else if (kind == 1) {
                list.remove(r.nextInt(list.size()));
            } else if (kind == 2) {
                list.add(list.get(r.nextInt(list.size())));
            } else {
                list.set(r.nextInt(list.size()), odd);
            }
        }
    }
}
