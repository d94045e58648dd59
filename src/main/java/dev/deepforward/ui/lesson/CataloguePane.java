package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.Concept;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonCatalog;
import dev.deepforward.spec.json.FileProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The lessons of a folder with the user's progress in each. Files that are not valid lessons are listed
 * too, with their first problem: a teacher who dropped a broken file in the folder must see why it is not
 * offered, not wonder where it went.
 */
final class CataloguePane extends VBox {

    CataloguePane(LessonCatalog catalog, ProgressStore progress, Consumer<Path> open) {
        getStyleClass().add("lesson-catalogue");
        setId("lesson-catalogue");
        for (LessonCatalog.Entry e : catalog.entries()) {
            getChildren().add(row(e, progress.peek(e.lesson().id()), open));
        }
        for (Map.Entry<Path, List<FileProblem>> bad : catalog.problemsByFile().entrySet()) {
            if (bad.getValue().isEmpty()) {
                continue;
            }
            VBox row = new VBox();
            row.getStyleClass().addAll("catalogue-row", "invalid");
            row.setId("catalogue-invalid-" + bad.getKey().getFileName());
            Label name = new Label("⚠ " + bad.getKey().getFileName() + " — not a valid lesson");
            name.getStyleClass().add("catalogue-title");
            Label first = new Label(bad.getValue().get(0).toString()
                    + (bad.getValue().size() > 1 ? "  (and " + (bad.getValue().size() - 1) + " more)" : ""));
            first.setWrapText(true);
            first.getStyleClass().add("catalogue-problem");
            row.getChildren().addAll(name, first);
            getChildren().add(row);
        }
        if (getChildren().isEmpty()) {
            getChildren().add(new Label("No lessons found."));
        }
    }

    private static Button row(LessonCatalog.Entry e, LessonProgress p, Consumer<Path> open) {
        Lesson l = e.lesson();
        Label title = new Label(l.title());
        title.getStyleClass().add("catalogue-title");
        title.setWrapText(true);
        String concepts = String.join(", ", l.concepts().stream().map(Concept::displayName).toList());
        Label meta = new Label((l.level() == null ? "" : l.level().displayName()) + " · "
                + (l.minutes() == null ? "?" : l.minutes()) + " min" + (concepts.isEmpty() ? "" : " · " + concepts));
        meta.setWrapText(true);
        meta.getStyleClass().add("lesson-muted");
        int steps = l.steps().size();
        int visited = p == null ? 0 : (int) p.visited.stream().filter(i -> i < steps).count();
        Label progress = new Label(visited == 0 ? "Not started · " + steps + " steps"
                : visited == steps ? "✓ All " + steps + " steps visited" : "Visited " + visited + " of " + steps + " steps");
        progress.getStyleClass().add("catalogue-progress");
        progress.setId("catalogue-progress-" + l.id());
        VBox box = new VBox(2, title, meta, progress);
        Button b = new Button();
        b.setGraphic(box);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("catalogue-row");
        b.setId("catalogue-" + l.id());
        b.setOnAction(ev -> open.accept(e.file()));
        return b;
    }
}
