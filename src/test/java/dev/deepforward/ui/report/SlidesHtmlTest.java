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
}
