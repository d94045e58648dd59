package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.MarkdownLite;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Renders {@link MarkdownLite} blocks as JavaFX nodes: a paragraph is a wrapping {@link TextFlow}, a list
 * a column of bullet rows, and each span a {@link Text} with style classes (strong, emphasis, code) that
 * {@code lesson.css} sizes in em, so the text grows with the presenter-mode font like everything else.
 */
final class LessonText {

    private LessonText() {
    }

    /** All blocks of {@code markdown}, one under the other. */
    static VBox blocks(String markdown) {
        VBox box = new VBox();
        box.getStyleClass().add("lesson-text");
        for (MarkdownLite.Block b : MarkdownLite.parse(markdown).blocks()) {
            box.getChildren().add(block(b));
        }
        return box;
    }

    /** A single paragraph (prompts, quiz choices, explanations) as one flow. */
    static TextFlow inline(String markdown) {
        var blocks = MarkdownLite.parse(markdown).blocks();
        if (blocks.size() == 1 && blocks.get(0) instanceof MarkdownLite.Paragraph p) {
            return flow(p.spans());
        }
        TextFlow f = new TextFlow();
        f.getStyleClass().add("lesson-flow");
        for (MarkdownLite.Block b : blocks) {
            if (b instanceof MarkdownLite.Paragraph p) {
                f.getChildren().addAll(flow(p.spans()).getChildren());
            }
        }
        return f;
    }

    private static Node block(MarkdownLite.Block b) {
        if (b instanceof MarkdownLite.Paragraph p) {
            return flow(p.spans());
        }
        MarkdownLite.BulletList list = (MarkdownLite.BulletList) b;
        VBox items = new VBox();
        items.getStyleClass().add("lesson-list");
        for (List<MarkdownLite.Span> item : list.items()) {
            Label bullet = new Label("•");
            bullet.getStyleClass().add("lesson-bullet");
            bullet.setMinWidth(18);
            TextFlow f = flow(item);
            HBox.setHgrow(f, Priority.ALWAYS);
            HBox row = new HBox(bullet, f);
            items.getChildren().add(row);
        }
        return items;
    }

    static TextFlow flow(List<MarkdownLite.Span> spans) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add("lesson-flow");
        for (MarkdownLite.Span s : spans) {
            Text t = new Text(s.text());
            t.getStyleClass().add("lesson-span");
            if (s.strong()) {
                t.getStyleClass().add("strong");
            }
            if (s.emphasis()) {
                t.getStyleClass().add("emphasis");
            }
            if (s.code()) {
                t.getStyleClass().add("code");
            }
            f.getChildren().add(t);
        }
        return f;
    }

    /** The plain text of a flow (for tests and accessibility). */
    static String plain(TextFlow f) {
        StringBuilder sb = new StringBuilder();
        for (Node n : f.getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }
}
