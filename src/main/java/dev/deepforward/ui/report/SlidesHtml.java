package dev.deepforward.ui.report;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.MarkdownLite;
import dev.deepforward.lesson.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A lesson as slides for a lecture: one self-contained HTML page with a title slide and one slide per step
 * (its title, its key text, its figure and the chart picture the report made of it). On screen one slide
 * shows at a time and the arrow keys (also Page Up/Down, Space, Home, End) move between them; the slide's
 * number is kept in the address (#3), so a reload stays put. Printed (to PDF from a browser) every slide
 * is one landscape page. The key text is the step's first paragraph and every list in it: what a slide can
 * hold; the handout has the rest. Every character of the lesson is escaped. Pure string building.
 */
final class SlidesHtml {

    private static final String CSS = """
            html,body{margin:0;height:100%;background:#fff;color:#111}
            body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;line-height:1.35}
            .slide{box-sizing:border-box;height:100vh;padding:3vh 5vw;display:none;flex-direction:column;overflow:hidden}
            .slide.current{display:flex}
            .slide h1{font-size:5vh;margin:18vh 0 2vh}.slide h2{font-size:4.4vh;margin:0 0 2vh;border-bottom:2px solid #446}
            .slide p,.slide li{font-size:2.8vh}.slide ul{margin:.5vh 0}
            .slide .meta{color:#444}
            .slide figure{flex:1;min-height:0;margin:1vh 0;display:flex;flex-direction:column;align-items:center}
            .slide figure img{max-width:100%;max-height:100%;object-fit:contain;border:1px solid #bbb}
            .slide figcaption{font-size:1.8vh;color:#444}
            .number{position:fixed;right:1.5vw;bottom:1vh;font-size:1.8vh;color:#666}
            code{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:.9em;background:#f2f2f2;padding:0 .2em}
            @page{size:landscape;margin:1cm}
            @media print{
            .slide,.slide.current{display:flex;height:auto;min-height:0;page-break-after:always;break-after:page;padding:0}
            .slide h1{margin-top:4cm}.slide p,.slide li{font-size:14pt}.slide h2{font-size:20pt}.slide h1{font-size:26pt}
            .slide figure img{max-height:11cm}.number{display:none}code{background:none}}
            """;

    private static final String SCRIPT = """
            (function(){
            var slides=document.querySelectorAll('.slide');var n=slides.length;var i=0;
            function show(k){i=Math.max(0,Math.min(n-1,k));for(var j=0;j<n;j++){slides[j].classList.toggle('current',j===i);}
            document.getElementById('number').textContent=(i+1)+' / '+n;if(location.hash!=='#'+(i+1)){history.replaceState(null,'','#'+(i+1));}}
            document.addEventListener('keydown',function(e){
            if(e.key==='ArrowRight'||e.key==='ArrowDown'||e.key==='PageDown'||e.key===' '){show(i+1);e.preventDefault();}
            else if(e.key==='ArrowLeft'||e.key==='ArrowUp'||e.key==='PageUp'){show(i-1);e.preventDefault();}
            else if(e.key==='Home'){show(0);e.preventDefault();}else if(e.key==='End'){show(n-1);e.preventDefault();}});
            var h=parseInt(location.hash.substring(1),10);show(isNaN(h)?0:h-1);
            })();
            """;

    private SlidesHtml() {
    }

    /**
     * The slides.
     *
     * @param pictures by step index (0-based): the step's chart picture, if the report made one
     * @param figures  by step index: the step's own figure copied next to the page, if any
     */
    static String render(Lesson lesson, Map<Integer, HandoutHtml.Picture> pictures, Map<Integer, String> figures) {
        StringBuilder h = new StringBuilder(8_192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HandoutHtml.esc(lesson.title())).append(" — slides</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<section class=\"slide current title\" id=\"slide-1\">\n<h1>")
                .append(HandoutHtml.esc(lesson.title())).append("</h1>\n");
        HandoutHtml.blocks(h, lesson.summary());
        if (!lesson.objectives().isEmpty()) {
            h.append("<p class=\"meta\">After this lesson you can:</p>\n<ul class=\"objectives\">\n");
            for (String o : lesson.objectives()) {
                h.append("<li>").append(HandoutHtml.inline(o)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
        List<Step> steps = lesson.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            int n = i + 1;
            h.append("<section class=\"slide step\" id=\"slide-").append(n + 1).append("\" data-step=\"").append(n)
                    .append("\">\n<h2>").append(n).append(". ")
                    .append(HandoutHtml.esc(s.title() == null ? "Step " + n : s.title())).append("</h2>\n");
            render(h, keyBlocks(s.text()));
            String figure = figures.get(i);
            if (figure != null) {
                h.append("<figure><img src=\"").append(HandoutHtml.esc(figure)).append("\" alt=\"Figure of step ")
                        .append(n).append("\"></figure>\n");
            }
            HandoutHtml.Picture p = pictures.get(i);
            if (p != null) {
                h.append("<figure><img src=\"").append(HandoutHtml.esc(p.file())).append("\" alt=\"Training charts of step ")
                        .append(n).append("\"><figcaption>").append(HandoutHtml.esc(p.caption()))
                        .append("</figcaption></figure>\n");
            }
            h.append("</section>\n");
        }
        h.append("<div class=\"number\" id=\"number\">1 / ").append(steps.size() + 1).append("</div>\n<script>\n")
                .append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    /** A step text's key blocks: its first paragraph and every list in it. */
    static List<MarkdownLite.Block> keyBlocks(String text) {
        List<MarkdownLite.Block> key = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return key;
        }
        boolean paragraph = false;
        for (MarkdownLite.Block b : MarkdownLite.parse(text).blocks()) {
            if (b instanceof MarkdownLite.Paragraph && !paragraph) {
                paragraph = true;
                key.add(b);
            } else if (b instanceof MarkdownLite.BulletList) {
                key.add(b);
            }
        }
        return key;
    }

    private static void render(StringBuilder h, List<MarkdownLite.Block> blocks) {
        for (MarkdownLite.Block b : blocks) {
            if (b instanceof MarkdownLite.Paragraph p) {
                h.append("<p>");
                HandoutHtml.spans(h, p.spans());
                h.append("</p>\n");
            } else if (b instanceof MarkdownLite.BulletList l) {
                h.append("<ul>\n");
                for (List<MarkdownLite.Span> item : l.items()) {
                    h.append("<li>");
                    HandoutHtml.spans(h, item);
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
        }
    }
}
