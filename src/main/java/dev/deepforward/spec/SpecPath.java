package dev.deepforward.spec;

import java.util.ArrayList;
import java.util.List;

/** Parses field paths such as {@code network.hidden[*].activation} into names and indices. */
final class SpecPath {

    /** The segment {@code [*]}: every element of a list. */
    static final Object ALL = new Object() {
        @Override
        public String toString() {
            return "[*]";
        }
    };

    private SpecPath() {
    }

    /** Names as {@link String}s, indices as {@link Integer}s, {@code [*]} as {@link #ALL}; null if malformed. */
    static List<Object> parse(String path, String problemPath, Problems problems) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = path.length();
        while (i < n) {
            char ch = path.charAt(i);
            if (ch == '.') {
                if (i == 0 || i == n - 1 || path.charAt(i + 1) == '.' || path.charAt(i + 1) == '[') {
                    problems.add(problemPath, "malformed path '" + path + "' at character " + (i + 1));
                    return null;
                }
                i++;
            } else if (ch == '[') {
                int close = path.indexOf(']', i);
                if (close < 0 || out.isEmpty()) {
                    problems.add(problemPath, "malformed path '" + path + "' at character " + (i + 1));
                    return null;
                }
                String inside = path.substring(i + 1, close).trim();
                if (inside.equals("*")) {
                    out.add(ALL);
                } else {
                    try {
                        out.add(Integer.parseInt(inside));
                    } catch (NumberFormatException e) {
                        problems.add(problemPath, "malformed index '[" + inside + "]' in '" + path
                                + "'; use a number or *");
                        return null;
                    }
                }
                i = close + 1;
            } else {
                int start = i;
                while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
                    i++;
                }
                out.add(path.substring(start, i).trim());
            }
        }
        return out;
    }
}
