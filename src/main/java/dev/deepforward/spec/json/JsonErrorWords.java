package dev.deepforward.spec.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what the JSON parser found wrong in words a student reads ("the file ends before the { opened on
 * line 3, column 7 is closed with } - is it complete?"), not in the parser's own ("Unexpected end-of-input:
 * expected close marker for Object"). Where the parser was (the field path) comes from its context.
 */
final class JsonErrorWords {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
    private static final Pattern START = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern CONTROL = Pattern.compile("code (\\d+)");
    private static final Pattern ESCAPE = Pattern.compile("escape '(.*?)'");

    private JsonErrorWords() {
    }

    /** The path of the value the parser was in ("steps[2].setup"), empty at the top. */
    static String path(JsonStreamContext context) {
        StringBuilder b = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                b.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                b.insert(0, (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
            }
        }
        String s = b.toString();
        return s.startsWith(".") ? s.substring(1) : s;
    }

    /**
     * {@code message} (the parser's) in plain words; {@code context} is where the parser was, {@code name}
     * the field whose value it was reading (null: none, or in a list).
     */
    static String say(String message, JsonStreamContext context) {
        String m = message.replaceAll("\\s+", " ").strip();
        String name = context != null && context.inObject() ? context.getCurrentName() : null;
        boolean inList = context != null && context.inArray();
        String found = null;
        String raw = "";
        Matcher ch = CHARACTER.matcher(m);
        if (ch.find()) {
            raw = ch.group(1);
            found = shown(raw, Integer.parseInt(ch.group(2)));
        }
        if (m.startsWith("Unexpected end-of-input")) {
            Matcher at = START.matcher(m);
            String opened = at.find() ? " opened on line " + at.group(1) + ", column " + at.group(2) : "";
            if (m.contains("for Object")) {
                return "the file ends before the {" + opened + " is closed with } - is the file complete?";
            }
            if (m.contains("for Array")) {
                return "the file ends before the [" + opened + " is closed with ] - is the file complete?";
            }
            if (m.contains("closing quote")) {
                return "the file ends inside a text in quotes (its closing \" is missing) - is the file complete?";
            }
            if (m.contains("Array")) {
                return "the file ends in the middle of a list [ … ] - is the file complete?";
            }
            return "the file ends in the middle of an object { … } - is the file complete?";
        }
        boolean atTop = context == null || context.inRoot();
        Matcher token = TOKEN.matcher(m);
        if (atTop && (token.find(0) || m.contains("expected a value") || m.contains("expected a valid value"))) {
            return "this is not a JSON file: it starts with " + (found != null ? found : token.group(1))
                    + " where a { belongs";
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            if (".".equals(raw)) {
                return "a number needs a digit before its decimal point (write 0.5, not .5)";
            }
            if ("]".equals(raw)) {
                return "a comma before ] has no value after it: remove the last comma of the list";
            }
            return where(name, inList) + "(found " + found + ")";
        }
        if (m.contains("double-quote to start field name")) {
            if ("}".equals(raw)) {
                return "a comma before } has no field after it: remove the last comma of the object";
            }
            if ("'".equals(raw)) {
                return "field names are written in double quotes (\"units\"), not single quotes";
            }
            return "expected a field name in double quotes (\"units\": …), found " + found;
        }
        if (m.contains("colon to separate field name and value")) {
            return "a colon (:) is missing after " + (name == null ? "the field name" : "\"" + name + "\"")
                    + ", found " + found;
        }
        if (m.contains("comma to separate Object entries")) {
            return "a comma (,) is missing after " + (name == null ? "a field's value" : "the value of \"" + name + "\"")
                    + ": found " + found + " where a , or } belongs";
        }
        if (m.contains("comma to separate Array entries")) {
            return "a comma (,) is missing between two items of the list: found " + found + " where a , or ] belongs";
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            Matcher at = START.matcher(m);
            String open = close.group(2).equals("]") ? "[" : "{";
            return "found " + close.group(1) + " where the " + open
                    + (at.find() ? " opened on line " + at.group(1) + ", column " + at.group(2) : "")
                    + " should be closed with " + close.group(2);
        }
        if (m.startsWith("Unexpected close marker")) {
            return "there is one " + (m.contains("']'") ? "]" : "}") + " too many: it closes nothing";
        }
        if (token.find(0)) {
            String t = token.group(1);
            if (t.equals("NaN") || t.contains("Infinity")) {
                return t + " is not a number a file may hold: numbers must be finite";
            }
            return where(name, inList) + "(found " + t + ", which is not one: a value is a number, a text in"
                    + " double quotes, true, false, null, a list [ … ] or an object { … })";
        }
        if (m.contains("Leading zeroes")) {
            return "a number may not start with 0 (write 7, not 07)";
        }
        if (m.contains("plus sign")) {
            return "a number may not start with + (write 1, not +1)";
        }
        if (m.contains("follow minus sign")) {
            return "a minus sign must be followed by a digit";
        }
        if (m.contains("Decimal point not followed by a digit")) {
            return "a decimal point must be followed by a digit (write 1.0, not 1.)";
        }
        if (m.contains("exponent indicator")) {
            return "an exponent (e) must be followed by a digit (write 1e-3)";
        }
        if (m.startsWith("Illegal unquoted character")) {
            Matcher code = CONTROL.matcher(m);
            int c = code.find() ? Integer.parseInt(code.group(1)) : -1;
            if (c == 10 || c == 13) {
                return "a text in quotes runs past the end of its line: close it with \" on the same line"
                        + " (write \\n for a line break inside it)";
            }
            if (c == 9) {
                return "a tab inside a text in quotes must be written \\t";
            }
            return "a text in quotes holds an invisible control character (code " + c + "); remove it";
        }
        if (m.contains("character escape")) {
            Matcher e = ESCAPE.matcher(m);
            return "\\" + (e.find() ? e.group(1) : "") + " inside a text in quotes is not an escape JSON knows"
                    + " (write \\\\ for a backslash, \\\" for a quote, \\n for a line break)";
        }
        if (found != null) {
            return "unexpected " + found + m.substring(ch.end()).replaceFirst("^: ?", ": ");
        }
        // Anything else: the parser's words without its internals (the "[Source: …]" and feature names).
        return "not valid JSON: " + m.replaceAll(" ?\\(?(for|start marker at)? ?\\[Source:[^\\]]*\\][^)]*\\)?", "")
                .replaceAll(": enable `[^`]*` to allow", "");
    }

    private static String where(String name, boolean inList) {
        if (name != null) {
            return "expected a value after \"" + name + "\": ";
        }
        return inList ? "expected a value in the list " : "expected a value ";
    }

    /** A character as a reader sees it: 'x', or its name when it is invisible. */
    private static String shown(String text, int code) {
        if (code < 32) {
            return code == 10 || code == 13 ? "the end of the line" : code == 9 ? "a tab" : "an invisible character (code " + code + ")";
        }
        return "'" + text + "'";
    }
}
