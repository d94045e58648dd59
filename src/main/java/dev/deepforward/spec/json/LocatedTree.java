package dev.deepforward.spec.json;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON document as a plain tree (maps, lists, strings, numbers, booleans) together with the
 * location of every value, keyed by its path ({@code steps[2].setup.network}), so problems found later
 * — by binding or validation — can still name the line and column.
 *
 * @param root       the document's tree
 * @param locations  path → where that value (for a field: its name) starts
 * @param duplicates problems found while reading, such as a field given twice
 */
public record LocatedTree(Object root, Map<String, JsonLocation> locations, List<FileProblem> duplicates) {

    /** Where {@code path} is, or else its nearest enclosing value that has a location. */
    public JsonLocation locate(String path) {
        String p = path == null ? "" : path;
        while (true) {
            JsonLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return JsonLocation.START;
            }
            p = parent(p);
        }
    }

    /** The path of the value that contains {@code path}: {@code a.b[2].c} → {@code a.b[2]} → {@code a.b}. */
    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
