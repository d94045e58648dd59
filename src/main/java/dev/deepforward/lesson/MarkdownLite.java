package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown subset lesson texts are written in, parsed into a block model the UI renders without
 * a Markdown engine or a web view:
 * <ul>
 *   <li>paragraphs, separated by blank lines (lines within one are joined with a space);</li>
 *   <li>lists of {@code - } items (a following indented line continues the item);</li>
 *   <li>{@code *emphasis*}, {@code **strong**} and {@code `inline code`}; a backslash makes the next
 *       punctuation character literal ({@code \*}).</li>
 * </ul>
 * Everything else Markdown has — headings, links, images, HTML, quotes, code blocks, numbered lists,
 * tables, rules — is reported as a problem rather than shown as stray symbols: lessons are data, and a
 * link or an image would reach outside the lesson.
 */
public final class MarkdownLite {

    /** A run of text with one style. */
    public record Span(String text, boolean strong, boolean emphasis, boolean code) {

        public static Span plain(String text) {
            return new Span(text, false, false, false);
        }
    }

    /** A paragraph or a list. */
    public sealed interface Block permits Paragraph, BulletList {
    }

    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A list; each item is a line of spans. */
    public record BulletList(List<List<Span>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A parsed text. */
    public record Document(List<Block> blocks) {
        public Document {
            blocks = List.copyOf(blocks);
        }
    }

    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>|<!--");
    private static final Pattern AUTOLINK = Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]*:[^<>\\s]*>");
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,9}[.)](\\s.*)?");
    private static final Pattern RULE = Pattern.compile("([-*_])(\\s*\\1){2,}\\s*");
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!<>|~";

    private MarkdownLite() {
    }

    /** Parses leniently: unsupported constructs are kept as plain text. For display of validated texts. */
    public static Document parse(String text) {
        return parse(text, new ArrayList<>());
    }

    /** Parses {@code text}, adding a sentence to {@code problems} for every unsupported or broken construct. */
    public static Document parse(String text, List<String> problems) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<StringBuilder> items = new ArrayList<>();
        String[] lines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripTrailing(lines[i]);
            String body = line.strip();
            int lineNo = i + 1;
            if (body.isEmpty()) {
                flush(blocks, paragraph, items, problems);
                continue;
            }
            boolean continuesItem = !items.isEmpty() && paragraph.isEmpty() && !body.startsWith("- ")
                    && !body.equals("-");
            if (!continuesItem) {
                String unsupported = unsupportedBlock(line, body, paragraph.isEmpty());
                if (unsupported != null) {
                    problems.add("line " + lineNo + ": " + unsupported);
                }
            }
            if (body.startsWith("- ") || body.equals("-")) {
                if (!paragraph.isEmpty()) {
                    flush(blocks, paragraph, items, problems);
                }
                String item = body.substring(1).strip();
                if (item.isEmpty()) {
                    problems.add("line " + lineNo + ": empty list item");
                }
                items.add(new StringBuilder(item));
            } else if (continuesItem) {
                items.get(items.size() - 1).append(' ').append(body);
            } else {
                if (!items.isEmpty()) {
                    flush(blocks, paragraph, items, problems);
                }
                paragraph.add(body);
            }
        }
        flush(blocks, paragraph, items, problems);
        return new Document(blocks);
    }

    /**
     * Checks a text that must be Markdown-lite, adding problems at {@code path}. With {@code oneParagraph}
     * the text must also be a single paragraph (for prompts, quiz answers and claims, shown inline).
     */
    public static Document check(String text, boolean oneParagraph, String path, Problems problems) {
        List<String> found = new ArrayList<>();
        Document doc = parse(text, found);
        for (String f : found) {
            problems.add(path, f);
        }
        if (doc.blocks().isEmpty()) {
            problems.add(path, "must not be empty");
        } else if (oneParagraph && (doc.blocks().size() > 1 || !(doc.blocks().get(0) instanceof Paragraph))) {
            problems.add(path, "must be a single paragraph here (no blank lines or lists)");
        }
        return doc;
    }

    private static String unsupportedBlock(String line, String body, boolean startsBlock) {
        if (body.startsWith("#")) {
            return "headings ('#') are not supported; the step's title is its heading";
        }
        if (body.startsWith(">")) {
            return "block quotes ('>') are not supported";
        }
        if (body.startsWith("```") || body.startsWith("~~~")) {
            return "code blocks are not supported; use `inline code`";
        }
        if (RULE.matcher(body).matches()) {
            return "horizontal rules are not supported";
        }
        if (body.startsWith("* ") || body.startsWith("+ ")) {
            return "list items start with '- '";
        }
        if (startsBlock && NUMBERED.matcher(body).matches()) {
            return "numbered lists are not supported; use '- ' items";
        }
        if (body.startsWith("|") && body.indexOf('|', 1) > 0) {
            return "tables are not supported";
        }
        if (startsBlock && (line.startsWith("    ") || line.startsWith("\t"))) {
            return "indented code blocks are not supported; remove the indentation";
        }
        return null;
    }

    private static void flush(List<Block> blocks, List<String> paragraph, List<StringBuilder> items,
                              List<String> problems) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(inline(String.join(" ", paragraph), problems)));
            paragraph.clear();
        }
        if (!items.isEmpty()) {
            List<List<Span>> parsed = new ArrayList<>();
            for (StringBuilder item : items) {
                parsed.add(inline(item.toString(), problems));
            }
            blocks.add(new BulletList(parsed));
            items.clear();
        }
    }

    /** The spans of one paragraph or list item. */
    static List<Span> inline(String text, List<String> problems) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean strong = false;
        boolean emphasis = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                run.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int close = text.indexOf('`', i + 1);
                if (close < 0) {
                    problems.add("unclosed '`' in \"" + snippet(text, i) + "\"");
                    run.append(text, i, n);
                    i = n;
                } else if (close == i + 1) {
                    problems.add("empty code span '``'");
                    i = close + 1;
                } else {
                    emit(spans, run, strong, emphasis);
                    spans.add(new Span(text.substring(i + 1, close), strong, emphasis, true));
                    i = close + 1;
                }
            } else if (c == '*') {
                int k = i;
                while (k < n && text.charAt(k) == '*') {
                    k++;
                }
                int len = k - i;
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                char after = k < n ? text.charAt(k) : ' ';
                boolean canOpen = !Character.isWhitespace(after);
                boolean canClose = !Character.isWhitespace(before);
                if (len == 3 && strong && emphasis && canClose || len == 3 && !strong && !emphasis && canOpen) {
                    // ***x*** and the closing *** of **a *b*** toggle both styles at once.
                    emit(spans, run, strong, emphasis);
                    strong = !strong;
                    emphasis = !emphasis;
                } else if (len > 2) {
                    problems.add("'" + "*".repeat(len) + "' is not supported here; nest *…* inside **…** instead");
                    run.append("*".repeat(len));
                } else if (len == 2 && (strong ? canClose : canOpen)) {
                    emit(spans, run, strong, emphasis);
                    strong = !strong;
                } else if (len == 1 && (emphasis ? canClose : canOpen)) {
                    emit(spans, run, strong, emphasis);
                    emphasis = !emphasis;
                } else {
                    run.append(text, i, k);
                }
                i = k;
            } else if (c == '!' && i + 1 < n && text.charAt(i + 1) == '[' && isLink(text, i + 1)) {
                problems.add("images are not supported: \"" + snippet(text, i) + "\"; use the step's 'image' field");
                run.append(c);
                i++;
            } else if (c == '[' && isLink(text, i)) {
                problems.add("links are not supported: \"" + snippet(text, i) + "\"");
                run.append(c);
                i++;
            } else if (c == '<' && (lookingAt(AUTOLINK, text, i) || lookingAt(HTML_TAG, text, i))) {
                problems.add((lookingAt(AUTOLINK, text, i) ? "links are" : "HTML is") + " not supported: \""
                        + snippet(text, i) + "\"");
                run.append(c);
                i++;
            } else {
                run.append(c);
                i++;
            }
        }
        if (strong) {
            problems.add("unclosed '**' in \"" + snippet(text, 0) + "\"");
        }
        if (emphasis) {
            problems.add("unclosed '*' in \"" + snippet(text, 0) + "\"");
        }
        emit(spans, run, strong, emphasis);
        return spans;
    }

    /** Whether {@code [} at {@code open} starts {@code [text](…)} or {@code [text][…]}. */
    private static boolean isLink(String text, int open) {
        int close = text.indexOf(']', open + 1);
        return close > 0 && close + 1 < text.length() && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == '[');
    }

    private static boolean lookingAt(Pattern p, String text, int at) {
        Matcher m = p.matcher(text);
        m.region(at, text.length());
        return m.lookingAt();
    }

    private static void emit(List<Span> spans, StringBuilder run, boolean strong, boolean emphasis) {
        if (run.length() > 0) {
            spans.add(new Span(run.toString(), strong, emphasis, false));
            run.setLength(0);
        }
    }

    private static String snippet(String text, int from) {
        String s = text.substring(from);
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
