package dev.deepforward.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The slides of a lesson: a title slide, one slide per step with its key text and picture, keys and print. */
class SlidesHtmlTest {

    private static Lesson lesson(String file) {
        var loaded = LessonLoader.load(Path.of(file), null);
        assertThat(loaded.problems()).isEmpty();
        return loaded.value();
    }

    private static int count(String page, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(page).results().count();
    }

    @Test
    void everyStepGetsOneSlideWithItsTitleKeyTextAndChartPicture() {
        Lesson l = lesson("src/test/resources/report/handout.json");
        String page = SlidesHtml.render(l, Map.of(0, new HandoutHtml.Picture("step-1.png", "30 iterations")), Map.of());

        assertThat(count(page, "<section class=\"slide")).isEqualTo(l.steps().size() + 1);
        assertThat(page).contains("<h1>Handout &lt;test&gt; lesson</h1>", "<h2>1. Sigmoid against ReLU</h2>",
                "<p>When a &lt; b the <em>sigmoid</em> net learns <code>slowly</code>.</p>",
                "<li>second <strong>item</strong></li>", "<img src=\"step-1.png\"", "30 iterations",
                "<h2>2. No run here</h2>", "<p>Just words.</p>", "1 / 3");
        assertThat(page).doesNotContain("a < b", "step-2.png", "Its slope is at most 1/4",
                "The first layer gets less gradient", "Switch the");
    }

    @Test
    void theArrowKeysMoveAndPrintingPutsEachSlideOnItsOwnLandscapePage() {
        String page = SlidesHtml.render(lesson("src/test/resources/report/handout.json"), Map.of(), Map.of());

        assertThat(page).contains("'ArrowRight'", "'ArrowLeft'", "'PageDown'", "'Home'", "'End'", "location.hash");
        String print = page.substring(page.indexOf("@media print"));
        assertThat(print).contains("page-break-after:always", "display:flex");
        assertThat(page).contains("@page{size:landscape");
    }

    @Test
    void aSlideKeepsTheFirstParagraphAndTheListsAndLeavesTheRestToTheHandout() {
        Lesson primer = lesson("lessons/02b-forward-and-backward-pass.json");
        String page = SlidesHtml.render(primer, Map.of(), Map.of());

        assertThat(page).contains("<li>into hidden unit 1: 0.3374 from x₁ and 0.2269 from x₂</li>",
                "Every lesson from here on trains networks");
        assertThat(page).doesNotContain("The <strong>forward pass</strong> computes each layer");
        assertThat(count(page, "<section class=\"slide")).isEqualTo(primer.steps().size() + 1);
    }

    /**
     * The page as a strict XML parser reads it: HTML5's void elements closed, the script kept as character
     * data. Anything unbalanced, misnested or unescaped in what the lesson text became fails the parse.
     */
    private static org.w3c.dom.Document strictly(String page) throws Exception {
        String xml = page.replaceFirst("<!DOCTYPE html>\\n", "")
                .replaceAll("<(meta|img)([^>]*?)>", "<$1$2/>")
                .replace("<script>", "<script><![CDATA[").replace("</script>", "]]></script>");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    private static java.util.List<org.w3c.dom.Element> elements(org.w3c.dom.Node root, String tag) {
        org.w3c.dom.NodeList list = root instanceof org.w3c.dom.Document d ? d.getElementsByTagName(tag)
                : ((org.w3c.dom.Element) root).getElementsByTagName(tag);
        java.util.List<org.w3c.dom.Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((org.w3c.dom.Element) list.item(i));
        }
        return out;
    }

    @Test
    void everyShippedLessonsSlidesAreWellFormedWithOneNumberedSlidePerStepAndEveryPictureNamed() throws Exception {
        java.util.List<Path> files;
        try (var list = java.nio.file.Files.list(Path.of("lessons"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        for (Path file : files) {
            Lesson l = lesson(file.toString());
            int n = l.steps().size();
            Map<Integer, HandoutHtml.Picture> pictures = new java.util.HashMap<>();
            Map<Integer, String> figures = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                pictures.put(i, new HandoutHtml.Picture("step-" + (i + 1) + ".png", "charts <" + (i + 1) + "> & more"));
                if (i % 2 == 0) {
                    figures.put(i, "figure-" + (i + 1) + ".png");
                }
            }
            String page = SlidesHtml.render(l, pictures, figures);
            if (file.getFileName().toString().startsWith("01")) {
                // the check bites: an unclosed heading or a bare "<" in the text would not pass it
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> strictly(page.replaceFirst("</h2>", "")))
                        .isInstanceOf(org.xml.sax.SAXParseException.class);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> strictly(page.replaceFirst("<p>", "<p>a < b ")))
                        .isInstanceOf(org.xml.sax.SAXParseException.class);
            }
            org.w3c.dom.Document doc;
            try {
                doc = strictly(page);
            } catch (org.xml.sax.SAXParseException e) {
                String[] lines = page.split("\n", -1);
                int at = Math.max(0, Math.min(lines.length - 1, e.getLineNumber() - 2));
                throw new AssertionError(file + ": not well-formed near line " + e.getLineNumber() + ": "
                        + e.getMessage() + "\n" + lines[at], e);
            }
            var sections = elements(doc, "section");
            assertThat(sections).as(file.toString()).hasSize(n + 1);
            assertThat(sections.stream().filter(s -> s.getAttribute("class").contains("current"))).hasSize(1);
            for (int k = 0; k <= n; k++) {
                org.w3c.dom.Element s = sections.get(k);
                assertThat(s.getAttribute("id")).isEqualTo("slide-" + (k + 1));
                assertThat(s.getAttribute("class")).startsWith("slide");
                if (k == 0) {
                    assertThat(elements(s, "h1")).singleElement().extracting(org.w3c.dom.Node::getTextContent)
                            .isEqualTo(l.title());
                    continue;
                }
                var h2 = elements(s, "h2");
                assertThat(h2).as("%s slide %d", file, k + 1).hasSize(1);
                assertThat(h2.get(0).getTextContent()).startsWith(k + ". ");
                assertThat(s.getAttribute("data-step")).isEqualTo(String.valueOf(k));
                // the key text: its first paragraph, or its list when the step is only a list
                assertThat(elements(s, "p").size() + elements(s, "li").size()).as("%s slide %d", file, k + 1)
                        .isPositive();
                var imgs = elements(s, "img");
                assertThat(imgs).hasSize(figures.containsKey(k - 1) ? 2 : 1);
                for (org.w3c.dom.Element img : imgs) {
                    assertThat(img.getAttribute("src")).matches("(figure|step)-" + k + "\\.png");
                    assertThat(img.getAttribute("alt")).endsWith("step " + k);
                }
                assertThat(elements(s, "figcaption")).singleElement().extracting(org.w3c.dom.Node::getTextContent)
                        .isEqualTo("charts <" + k + "> & more");
            }
            assertThat(elements(doc, "div").stream().filter(d -> d.getAttribute("id").equals("number"))
                    .map(org.w3c.dom.Node::getTextContent).toList()).containsExactly("1 / " + (n + 1));
        }
    }
}
