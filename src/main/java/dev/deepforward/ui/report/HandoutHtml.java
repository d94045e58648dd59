package dev.deepforward.ui.report;

import dev.deepforward.lesson.Checkpoint;
import dev.deepforward.lesson.Claim;
import dev.deepforward.lesson.Concept;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.MarkdownLite;
import dev.deepforward.lesson.Question;
import dev.deepforward.lesson.QuestionKind;
import dev.deepforward.lesson.QuizChoice;
import dev.deepforward.lesson.Step;
import dev.deepforward.spec.Variant;
import java.util.List;
import java.util.Map;

/**
 * The instructor's handout of a lesson as one self-contained HTML page: the lesson's header, then every
 * step's text, figure, chart picture, try-this prompts, checkpoints, quiz (correct answers marked, every
 * explanation shown) and claims. Texts are rendered from {@link MarkdownLite}'s block model, and every
 * character of the lesson is escaped: a lesson is data, never markup. Pictures are linked by relative
 * name, so the folder can be moved, zipped or printed as it is. Pure string building: no JavaFX.
 */
final class HandoutHtml {

    /** A step's picture: the file name (relative to the page) and its caption. */
    record Picture(String file, String caption) {
    }

    private static final String CSS = """
            body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;\
            color:#111;line-height:1.45}
            h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #999;padding-bottom:.2rem}
            h3{font-size:1rem;margin:1.2rem 0 .4rem}
            .meta{color:#444;font-size:.95rem}
            code{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:.9em;background:#f2f2f2;padding:0 .2em}
            figure{margin:1rem 0}figure img{max-width:100%;border:1px solid #bbb}
            figcaption{font-size:.85rem;color:#444}
            .choices{list-style:none;padding-left:1rem}.choices li{margin:.3rem 0}
            .correct{font-weight:bold}.mark{display:inline-block;width:1.4em}
            .why{display:block;margin-left:1.4em;font-size:.92rem;color:#333}
            .claims li,.checkpoints li{margin:.2rem 0}
            section.step{page-break-inside:auto}h2,h3{page-break-after:avoid}figure{page-break-inside:avoid}
            footer{margin-top:3rem;font-size:.8rem;color:#666}
            @media print{body{margin:0;max-width:none}code{background:none}a{color:inherit}}
            """;

    private HandoutHtml() {
    }

    /**
     * The page.
     *
     * @param pictures by step index (0-based): the step's chart picture, if one was made
     * @param figures  by step index: the step's own figure copied next to the page, if any
     */
    static String render(Lesson lesson, Map<Integer, Picture> pictures, Map<Integer, String> figures) {
        return render(lesson, pictures, figures, false);
    }

    /**
     * The page; with {@code student} the students' version: quiz questions and choices without the correct
     * answers or explanations, and no claims (their sentences state the results the steps let students find).
     */
    static String render(Lesson lesson, Map<Integer, Picture> pictures, Map<Integer, String> figures,
                         boolean student) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(lesson.title())).append(student ? " — student handout" : " — handout")
                .append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(esc(lesson.title())).append("</h1>\n");
        h.append("<p class=\"meta\">");
        if (lesson.level() != null) {
            h.append("Level: ").append(esc(lesson.level().displayName())).append(" · ");
        }
        if (lesson.minutes() != null) {
            h.append("About ").append(lesson.minutes()).append(" minutes · ");
        }
        h.append(lesson.steps().size()).append(lesson.steps().size() == 1 ? " step" : " steps")
                .append(" · lesson id <code>").append(esc(lesson.id())).append("</code></p>\n");
        if (!lesson.concepts().isEmpty()) {
            h.append("<p class=\"meta\">Concepts: ");
            List<Concept> cs = lesson.concepts();
            for (int i = 0; i < cs.size(); i++) {
                h.append(i > 0 ? ", " : "").append("<span title=\"").append(esc(cs.get(i).explanation()))
                        .append("\">").append(esc(cs.get(i).displayName())).append("</span>");
            }
            h.append("</p>\n");
        }
        blocks(h, lesson.summary());
        if (!lesson.prerequisites().isEmpty()) {
            h.append("<p class=\"meta\">Before this lesson: ");
            for (int i = 0; i < lesson.prerequisites().size(); i++) {
                h.append(i > 0 ? ", " : "").append("<code>").append(esc(lesson.prerequisites().get(i))).append("</code>");
            }
            h.append("</p>\n");
        }
        if (!lesson.objectives().isEmpty()) {
            h.append("<h3>After this lesson you can</h3>\n<ul class=\"objectives\">\n");
            for (String o : lesson.objectives()) {
                h.append("<li>").append(inline(o)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</header>\n");

        List<Step> steps = lesson.steps();
        for (int i = 0; i < steps.size(); i++) {
            step(h, i, steps.get(i), pictures.get(i), figures.get(i), student);
        }
        h.append(student ? "<footer>Made with <code>deepforward lesson report --student</code>; charts show one training"
                + " run of each step as the workbench draws it.</footer>\n</body>\n</html>\n"
                : "<footer>Made with <code>deepforward lesson report</code>. Claims are checked on the real engine by "
                + "<code>deepforward lesson check</code>; charts show one training run of each step as the "
                + "workbench draws it.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void step(StringBuilder h, int index, Step s, Picture picture, String figure, boolean student) {
        int n = index + 1;
        h.append("\n<section class=\"step\" id=\"step-").append(n).append("\">\n<h2>").append(n).append(". ")
                .append(esc(s.title() == null ? "Step " + n : s.title())).append("</h2>\n");
        blocks(h, s.text());
        if (figure != null) {
            h.append("<figure><img src=\"").append(esc(figure)).append("\" alt=\"Figure of step ").append(n)
                    .append("\"></figure>\n");
        }
        if (!s.variants().isEmpty()) {
            h.append("<p class=\"meta\">Side by side: ");
            List<Variant> vs = s.variants();
            for (int i = 0; i < vs.size(); i++) {
                Variant v = vs.get(i);
                h.append(i > 0 ? " · " : "").append((char) ('A' + i)).append(": <strong>").append(esc(v.name()))
                        .append("</strong>");
                if (v.description() != null && !v.description().isBlank() && !v.description().equalsIgnoreCase(v.name())) {
                    h.append(" (").append(esc(v.description())).append(")");
                }
            }
            h.append("</p>\n");
        }
        if (picture != null) {
            h.append("<figure><img src=\"").append(esc(picture.file())).append("\" alt=\"Training charts of step ")
                    .append(n).append("\"><figcaption>").append(esc(picture.caption())).append("</figcaption></figure>\n");
        }
        if (!s.tryThis().isEmpty()) {
            h.append("<h3>Try this</h3>\n<ul class=\"try\">\n");
            for (String t : s.tryThis()) {
                h.append("<li>").append(inline(t)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        if (!s.checkpoints().isEmpty()) {
            h.append("<h3>Checkpoints</h3>\n<ul class=\"checkpoints\">\n");
            for (Checkpoint c : s.checkpoints()) {
                h.append("<li>").append(esc(c.describe())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        if (!s.quiz().isEmpty()) {
            h.append("<h3>Quiz</h3>\n<ol class=\"quiz\">\n");
            for (Question q : s.quiz()) {
                h.append("<li><p>").append(inline(q.text()));
                if (q.kind() == QuestionKind.MULTIPLE) {
                    h.append(" <em>(more than one answer may be right)</em>");
                }
                h.append("</p>\n<ul class=\"choices\">\n");
                for (QuizChoice c : q.choices()) {
                    if (student) {
                        h.append("<li><span class=\"mark\">☐</span>").append(inline(c.text())).append("</li>\n");
                        continue;
                    }
                    h.append(c.correct() ? "<li class=\"correct\"><span class=\"mark\">✔</span>"
                                    : "<li><span class=\"mark\">✗</span>")
                            .append(inline(c.text())).append(c.correct() ? " <small>(correct)</small>" : "")
                            .append("<span class=\"why\">").append(inline(c.explanation())).append("</span></li>\n");
                }
                h.append("</ul></li>\n");
            }
            h.append("</ol>\n");
        }
        if (!student && !s.claims().isEmpty()) {
            h.append("<h3>What this step claims (checked on the engine)</h3>\n<ul class=\"claims\">\n");
            for (Claim c : s.claims()) {
                h.append("<li>").append(inline(c.text()));
                // The length the claim is checked at, unless its sentence says it already.
                if (c.iterations() != null && !c.text().contains(String.valueOf(c.iterations()))) {
                    h.append(" <small>(after ").append(c.iterations()).append(" iterations)</small>");
                } else if (c.epochs() != null && !c.text().contains(String.valueOf(c.epochs()))) {
                    h.append(" <small>(after ").append(c.epochs()).append(" epochs)</small>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    /** Markdown-lite text as {@code <p>} and {@code <ul>} blocks. */
    static void blocks(StringBuilder h, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (MarkdownLite.Block b : MarkdownLite.parse(text).blocks()) {
            if (b instanceof MarkdownLite.Paragraph p) {
                h.append("<p>");
                spans(h, p.spans());
                h.append("</p>\n");
            } else if (b instanceof MarkdownLite.BulletList l) {
                h.append("<ul>\n");
                for (List<MarkdownLite.Span> item : l.items()) {
                    h.append("<li>");
                    spans(h, item);
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
        }
    }

    /** A one-paragraph Markdown-lite text (prompt, question, answer, claim) as inline HTML. */
    static String inline(String text) {
        StringBuilder h = new StringBuilder();
        if (text == null) {
            return "";
        }
        List<MarkdownLite.Block> bs = MarkdownLite.parse(text).blocks();
        for (int i = 0; i < bs.size(); i++) {
            if (i > 0) {
                h.append(' ');
            }
            if (bs.get(i) instanceof MarkdownLite.Paragraph p) {
                spans(h, p.spans());
            } else if (bs.get(i) instanceof MarkdownLite.BulletList l) {
                for (List<MarkdownLite.Span> item : l.items()) {
                    spans(h, item);
                    h.append(' ');
                }
            }
        }
        return h.toString().strip();
    }

    static void spans(StringBuilder h, List<MarkdownLite.Span> spans) {
        for (MarkdownLite.Span s : spans) {
            if (s.strong()) {
                h.append("<strong>");
            }
            if (s.emphasis()) {
                h.append("<em>");
            }
            if (s.code()) {
                h.append("<code>");
            }
            h.append(esc(s.text()));
            if (s.code()) {
                h.append("</code>");
            }
            if (s.emphasis()) {
                h.append("</em>");
            }
            if (s.strong()) {
                h.append("</strong>");
            }
        }
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
