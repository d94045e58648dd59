package dev.deepforward.ui.model;

import dev.deepforward.spec.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a spec problem's JSON path into words a student reads: {@code network.hidden[1].units} → "Layer 2 units". */
public final class ProblemText {

    private static final Pattern HIDDEN = Pattern.compile("^network\\.hidden\\[(\\d+)\\](?:\\.(\\w+))?(.*)$");

    private ProblemText() {
    }

    /** The hidden layer index a problem is about, or -1. */
    public static int hiddenIndex(Problem p) {
        Matcher m = HIDDEN.matcher(p.path() == null ? "" : p.path());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The message alone, for a card that already says which layer it is ("units must be between …"). */
    public static String onCard(Problem p) {
        Matcher m = HIDDEN.matcher(p.path() == null ? "" : p.path());
        if (m.matches() && m.group(2) != null) {
            return m.group(2) + " " + p.message();
        }
        return p.message();
    }

    /** The whole problem in words, for a status line or a tooltip. */
    public static String describe(Problem p) {
        String path = p.path() == null ? "" : p.path();
        Matcher m = HIDDEN.matcher(path);
        if (m.matches()) {
            String field = m.group(2) == null ? "" : " " + m.group(2);
            return "Layer " + (Integer.parseInt(m.group(1)) + 1) + field + " " + p.message();
        }
        return path.isEmpty() ? p.message() : path.replace('.', ' ') + " " + p.message();
    }
}
