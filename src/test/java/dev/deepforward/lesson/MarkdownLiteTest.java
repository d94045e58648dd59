package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.MarkdownLite.BulletList;
import dev.deepforward.lesson.MarkdownLite.Document;
import dev.deepforward.lesson.MarkdownLite.Paragraph;
import dev.deepforward.lesson.MarkdownLite.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownLiteTest {

    @Test
    void paragraphsListsAndSpansBecomeBlocks() {
        List<String> problems = new ArrayList<>();
        Document doc = MarkdownLite.parse("First *line*\ncontinues **here**.\n\n- one `x = 1`\n- two\n  still two\n\nLast.",
                problems);

        assertThat(problems).isEmpty();
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(0)).isEqualTo(new Paragraph(List.of(
                Span.plain("First "), new Span("line", false, true, false), Span.plain(" continues "),
                new Span("here", true, false, false), Span.plain("."))));
        assertThat(doc.blocks().get(1)).isEqualTo(new BulletList(List.of(
                List.of(Span.plain("one "), new Span("x = 1", false, false, true)),
                List.of(Span.plain("two still two")))));
        assertThat(doc.blocks().get(2)).isEqualTo(new Paragraph(List.of(Span.plain("Last."))));
    }

    @Test
    void nestedEmphasisEscapesAndLoneStarsAreText() {
        List<String> problems = new ArrayList<>();
        Document doc = MarkdownLite.parse("**very *much*** no: 2 * 3 and \\*literal\\* and a < b ***all***", problems);

        assertThat(problems).isEmpty();
        List<Span> spans = ((Paragraph) doc.blocks().get(0)).spans();
        assertThat(spans).containsExactly(
                new Span("very ", true, false, false),
                new Span("much", true, true, false),
                Span.plain(" no: 2 * 3 and *literal* and a < b "),
                new Span("all", true, true, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "## Title;headings ('#') are not supported",
            "> quoted;block quotes ('>') are not supported",
            "```;code blocks are not supported",
            "1. first;numbered lists are not supported",
            "* item;list items start with '- '",
            "---;horizontal rules are not supported",
            "| a | b |;tables are not supported",
            "see [here](https://example.com);links are not supported",
            "see <https://example.com>;links are not supported",
            "![plot](plot.png);images are not supported",
            "<div>x</div>;HTML is not supported",
            "an *open emphasis;unclosed '*'",
            "a `code span;unclosed '`'",
            "****four****;'****' is not supported",
    })
    void unsupportedConstructsAreReported(String text, String message) {
        List<String> problems = new ArrayList<>();
        MarkdownLite.parse(text, problems);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(message));
    }

    @Test
    void blockProblemsNameTheirLine() {
        List<String> problems = new ArrayList<>();
        MarkdownLite.parse("Fine.\n\n# Not fine", problems);
        assertThat(problems).containsExactly("line 3: headings ('#') are not supported; the step's title is its heading");
    }

    @Test
    void oneParagraphFieldsRejectListsAndEmptyText() {
        dev.deepforward.spec.Problems p = new dev.deepforward.spec.Problems();
        MarkdownLite.check("- a\n- b", true, "x", p);
        MarkdownLite.check("   ", true, "y", p);
        assertThat(p.list()).extracting(dev.deepforward.spec.Problem::toString)
                .containsExactly("x: must be a single paragraph here (no blank lines or lists)", "y: must not be empty");
    }
}
