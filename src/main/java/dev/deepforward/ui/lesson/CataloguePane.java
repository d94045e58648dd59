package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.Concept;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonCatalog;
import dev.deepforward.spec.json.FileProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lessons of a folder with the user's progress in each, as compact cards (two lines each, so every
 * lesson fits in about two screens), keyboard-navigable: Up/Down move, Enter opens. Files that are not
 * valid lessons are listed too, with their first problem: a teacher who dropped a broken file in the folder must see why it is not
 * offered, not wonder where it went.
 */
final class CataloguePane extends VBox {

    CataloguePane(LessonCatalog catalog, ProgressStore progress, Consumer<Path> open) {
        getStyleClass().add("lesson-catalogue");
        setId("lesson-catalogue");
        for (LessonCatalog.Entry e : catalog.entries()) {
            getChildren().add(row(e, progress.peek(e.lesson().id()), open, after(catalog, e.lesson())));
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
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // Shown on request: the first card takes the focus, so the arrows and Enter work at once.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && was == null) {
                Platform.runLater(() -> getChildren().stream().filter(n -> n instanceof Button).findFirst()
                        .ifPresent(Node::requestFocus));
            }
        });
    }

    /**
     * One compact card: the lesson's number and title (wrapped, never cut), then its progress, minutes and
     * level (the concepts are in the tooltip), so a screen holds most of a dozen lessons.
     */
    /** "After: <titles of its prerequisites>", the catalogue's path (from lesson 1 through the primer), or "". */
    static String after(LessonCatalog catalog, Lesson l) {
        List<String> titles = l.prerequisites().stream()
                .map(id -> catalog.find(id).map(x -> x.lesson().title()).orElse(id)).toList();
        return titles.isEmpty() ? "" : "After: " + String.join(", ", titles);
    }

    private static Button row(LessonCatalog.Entry e, LessonProgress p, Consumer<Path> open, String after) {
        Lesson l = e.lesson();
        // The lesson's number (as the window's title names it), then the title, wrapped between words, never cut.
        String number = dev.deepforward.lesson.LessonNumber.of(e.file(), l);
        Label title = new Label((number.isEmpty() ? "" : number + " · ") + l.title());
        title.getStyleClass().add("catalogue-title");
        title.setId("catalogue-title-" + l.id());
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMinHeight(Region.USE_PREF_SIZE);
        String concepts = String.join(", ", l.concepts().stream().map(Concept::displayName).toList());
        int steps = l.steps().size();
        int visited = p == null ? 0 : (int) p.visited.stream().filter(i -> i < steps).count();
        Label progress = new Label(visited == 0 ? "Not started · " + steps + " steps"
                : visited == steps ? "✓ All " + steps + " steps visited" : "Visited " + visited + " of " + steps + " steps");
        progress.getStyleClass().add("catalogue-progress");
        progress.setId("catalogue-progress-" + l.id());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        // Minutes and level whole: after the progress on its line, or on a line of their own when narrow.
        Label meta = new Label((l.minutes() == null ? "?" : l.minutes()) + " min"
                + (l.level() == null ? "" : " · " + l.level().displayName()));
        meta.getStyleClass().add("lesson-muted");
        meta.setId("catalogue-meta-" + l.id());
        meta.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane line = new javafx.scene.layout.FlowPane(8, 0, progress, meta);
        line.setMinWidth(0);
        line.setPrefWrapLength(1); // wrap to the card's width, not to a fixed 400 px
        VBox box = new VBox(1, title, line);
        box.setMinWidth(0);
        // A button sizes its graphic at its one-line height: the card asks its box how tall it is at the
        // card's width, so a wrapped title and a wrapped line below it stay inside the card.
        Button b = new Button() {
            @Override
            protected double computePrefHeight(double width) {
                double w = width >= 0 ? width : getWidth();
                if (w <= 0) {
                    return super.computePrefHeight(width);
                }
                return box.prefHeight(Math.max(0, w - snappedLeftInset() - snappedRightInset()))
                        + snappedTopInset() + snappedBottomInset();
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }

            @Override
            public javafx.geometry.Orientation getContentBias() {
                return javafx.geometry.Orientation.HORIZONTAL;
            }
        };
        b.setGraphic(box);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(0);
        b.getStyleClass().add("catalogue-row");
        b.setId("catalogue-" + l.id());
        b.setTooltip(new Tooltip(l.title() + "\n" + meta.getText() + (concepts.isEmpty() ? "" : " · " + concepts)
                + "\n" + progress.getText()
                + (after.isEmpty() ? "" : "\n" + after)));
        b.setOnAction(ev -> open.accept(e.file()));
        return b;
    }

    /** Up/Down move between the cards (scrolling the one reached into view), Enter opens the focused one. */
    private void keys(KeyEvent e) {
        List<Button> cards = getChildren().stream().filter(n -> n instanceof Button).map(n -> (Button) n).toList();
        int at = cards.indexOf(getScene() == null ? null : getScene().getFocusOwner());
        if (cards.isEmpty() || at < 0) {
            return;
        }
        int to = switch (e.getCode()) {
            case DOWN -> Math.min(cards.size() - 1, at + 1);
            case UP -> Math.max(0, at - 1);
            case HOME -> 0;
            case END -> cards.size() - 1;
            case ENTER -> {
                cards.get(at).fire();
                e.consume();
                yield -1;
            }
            default -> -1;
        };
        if (to >= 0) {
            cards.get(to).requestFocus();
            reveal(cards.get(to));
            e.consume();
        }
    }

    /** Scrolls the enclosing scroll pane just enough to show {@code card} whole. */
    private void reveal(Node card) {
        ScrollPane scroll = null;
        for (Node n = getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                scroll = s;
                break;
            }
        }
        if (scroll == null) {
            return;
        }
        double content = getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double top = card.getBoundsInParent().getMinY();
        double bottom = card.getBoundsInParent().getMaxY();
        double shownTop = scroll.getVvalue() * (content - view);
        if (top < shownTop) {
            scroll.setVvalue(top / (content - view));
        } else if (bottom > shownTop + view) {
            scroll.setVvalue((bottom - view) / (content - view));
        }
    }
}
