package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.spec.json.FileProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The column the lesson lives in: a header (lesson title, Catalogue, close), the scrolling body (a step,
 * the catalogue or a message) and, for a lesson, the footer with Previous / "Step n of N" / Next. Its own
 * style sheet sizes everything in em, so presenter mode's larger root font scales the lesson with the rest.
 */
final class LessonDock extends BorderPane {

    private final Label heading = new Label("Lessons");
    private final ScrollPane body = new ScrollPane();
    private final Label count = new Label();
    private final Button prev = new Button("◀ Previous");
    private final Button next = new Button("Next ▶");
    private boolean presenter;
    private int stepIndex;
    private int stepCount;
    private final HBox footer;
    /** Presenter mode's reminder of the lesson keys, under the footer. */
    private final Label keys = new Label();
    private final VBox bottom;
    private boolean showsLesson;
    private boolean stepHasSetUp;
    private boolean stepHasQuiz;
    /** Where an open lecture track stands ("Demo 3 of 11 · 12 min"), under the header; hidden without one. */
    private final Label track = new Label();
    private boolean trackHasNext;
    private boolean trackHasPrevious;
    /** A lesson file that could not be opened over the open lesson: its problems, above the step. */
    private final VBox notice = new VBox(4);

    LessonDock(LessonPlayer player) {
        setId("lesson-dock");
        getStyleClass().add("lesson-dock");
        getStylesheets().add(Objects.requireNonNull(LessonDock.class.getResource(
                "/dev/deepforward/ui/lesson/lesson.css"), "lesson.css").toExternalForm());
        setMinWidth(260);

        heading.setId("lesson-title");
        heading.getStyleClass().add("lesson-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        catalogue.setId("lesson-catalogue-button");
        catalogue.setMinWidth(Region.USE_PREF_SIZE);
        catalogue.setTooltip(new javafx.scene.control.Tooltip("All lessons: the catalogue"));
        catalogue.setOnAction(e -> player.showCatalogue());
        close = new Button("✕");
        close.setId("lesson-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> player.close());
        headerRow = new HBox(8, heading, catalogue, close);
        headerRow.setAlignment(Pos.CENTER_LEFT);
        header = new VBox(4, headerRow);
        header.widthProperty().addListener((o, a, w) -> fitHeader());
        heading.textProperty().addListener((o, a, t) -> fitHeader());
        header.getStyleClass().add("lesson-header");
        track.setId("lesson-track");
        track.getStyleClass().add("lesson-track");
        track.setWrapText(true);
        track.setMaxWidth(Double.MAX_VALUE);
        track.setVisible(false);
        track.managedProperty().bind(track.visibleProperty());
        notice.setId("lesson-open-problems");
        notice.getStyleClass().add("lesson-notice");
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());
        setTop(new VBox(header, track, notice));

        body.setFitToWidth(true);
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        body.getStyleClass().add("lesson-body");
        body.setId("lesson-body");
        setCenter(body);

        prev.setId("lesson-prev");
        next.setId("lesson-next");
        prev.setTooltip(new javafx.scene.control.Tooltip("Previous step (PgUp or P)"));
        next.setTooltip(new javafx.scene.control.Tooltip("Next step (PgDn or N)"));
        prev.setOnAction(e -> player.previous());
        next.setOnAction(e -> player.next());
        count.setId("lesson-step-count");
        count.getStyleClass().add("lesson-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region l = new Region();
        Region r = new Region();
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox.setHgrow(r, Priority.ALWAYS);
        // The buttons are never cut to "◀ Pr…": when the column is too narrow for their words, they show
        // their arrows only (the tooltips and the keys say the rest).
        prev.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        footer = new HBox(8, prev, l, count, r, next);
        footer.setAlignment(Pos.CENTER);
        footer.getStyleClass().add("lesson-footer");
        keys.setId("lesson-keys");
        keys.getStyleClass().add("lesson-keys");
        // Whole hints in at most two lines: a hint is never split over two lines ("Esc" / "leave"); the ones that
        // do not fit are left out, the last (the way out) the longest.
        keys.setWrapText(false);
        keys.setTextOverrun(javafx.scene.control.OverrunStyle.CLIP);
        keys.setMinWidth(0);
        keys.setMaxWidth(Double.MAX_VALUE);
        keys.widthProperty().addListener((o, a, w) -> fitKeys());
        keys.fontProperty().addListener((o, a, f) -> fitKeys());
        keys.setVisible(false);
        keys.managedProperty().bind(keys.visibleProperty());
        bottom = new VBox(footer, keys);
        footer.widthProperty().addListener((o, a, w) -> fitFooter());
        count.textProperty().addListener((o, a, t) -> fitFooter());
    }

    private final Button catalogue = new Button(ALL_LESSONS);
    /** The header: its row (title, All lessons, close), and the title under it when the row is too narrow. */
    private final VBox header;
    private final HBox headerRow;
    private final Button close;
    private static final String ALL_LESSONS = "All lessons";

    /**
     * The title wraps between words, never inside one ("normalizati-on"), and the catalogue button always
     * says "All lessons": when the title's longest word would not fit beside the buttons, or the title would
     * take more than two lines there, it takes a row of its own under them.
     */
    private void fitHeader() {
        double width = header.getWidth();
        if (width <= 0) {
            return;
        }
        double longest = 0;
        for (String word : heading.getText().split("\\s+")) {
            longest = Math.max(longest, textWidth(word));
        }
        double insets = heading.snappedLeftInset() + heading.snappedRightInset() + 2;
        longest += insets;
        double rest = header.snappedLeftInset() + header.snappedRightInset() + 2 * headerRow.getSpacing()
                + close.prefWidth(-1) + buttonWidth(catalogue, ALL_LESSONS);
        // Beside the buttons only in at most two lines: a long title ("Time and hardware: what a training run
        // costs") in the narrow room there would stack four or five short lines; under them it has the width.
        double room = width - rest;
        // In presenter type the title keeps to one line (lesson.css): beside the buttons only when it fits whole.
        int lines = heading.isWrapText() ? TITLE_LINES_BESIDE : 1;
        boolean beside = room >= longest && textWidth(heading.getText()) + insets <= lines * room * (lines > 1 ? 0.9 : 1);
        if (beside && heading.getParent() != headerRow) {
            header.getChildren().remove(heading);
            headerRow.getChildren().add(0, heading);
            headerRow.setAlignment(Pos.CENTER_LEFT);
        } else if (!beside && heading.getParent() != header) {
            headerRow.getChildren().remove(heading);
            header.getChildren().add(heading);
            headerRow.setAlignment(Pos.CENTER_RIGHT);
        } else {
            return;
        }
        // Moved during a layout pass (a width change): the column lays its top out again in the next one, so
        // it does not keep the height of the title's old place (a blank row under the header).
        javafx.application.Platform.runLater(() -> {
            header.requestLayout();
            requestLayout();
        });
    }

    /** Most lines the title may take beside the buttons before it moves under them. */
    private static final int TITLE_LINES_BESIDE = 2;

    private double textWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(heading.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    /** Whether the title sits beside the header's buttons (false: on a row of its own under them). */
    boolean titleBesideButtons() {
        return heading.getParent() == headerRow;
    }

    /** Words on the footer's buttons when they fit beside the step count, arrows alone when not. */
    private void fitFooter() {
        double width = footer.getWidth();
        if (width <= 0) {
            return;
        }
        boolean words = !presenter && width >= wordsWidth();
        String p = words ? PREVIOUS : "◀";
        String n = words ? NEXT : "▶";
        if (!p.equals(prev.getText())) {
            prev.setText(p);
            next.setText(n);
        }
    }

    private static final String PREVIOUS = "◀ Previous";
    private static final String NEXT = "Next ▶";

    /** The footer's width with the words on its buttons. */
    private double wordsWidth() {
        return footer.snappedLeftInset() + footer.snappedRightInset() + 4 * footer.getSpacing()
                + buttonWidth(prev, PREVIOUS) + buttonWidth(next, NEXT) + count.prefWidth(-1);
    }

    private static double buttonWidth(Button b, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(b.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth()) + b.snappedLeftInset() + b.snappedRightInset() + 2;
    }

    boolean showsLesson() {
        return showsLesson;
    }

    void setPresenter(boolean on) {
        presenter = on;
        if (on) {
            getStyleClass().add("presenter");
        } else {
            getStyleClass().removeAll("presenter");
        }
        // In presenter type the footer's words would be cut to "Ne…": arrows and "3 / 5" fit, the keys say the rest.
        prev.setText(on ? "◀" : PREVIOUS);
        next.setText(on ? "▶" : NEXT);
        showCount();
        fitFooter();
        // the presenter sheet's sizes and one-line title come with the next CSS pass: fit the header after it
        javafx.application.Platform.runLater(this::fitHeader);
        showKeys();
    }

    /** The keys of what this step offers, where the presenter sees them: every lesson action has one. */
    private void showKeys() {
        StringBuilder b = new StringBuilder();
        if (stepHasSetUp) {
            b.append("Enter set up · Space play · [ ] speed · G charts · ");
        }
        if (stepHasQuiz) {
            b.append("A answer · ");
        }
        b.append("N/P step · ↑↓ scroll · ");
        if (trackHasNext) {
            b.append("D next demo · ");
        }
        if (trackHasPrevious) {
            b.append("Shift+D demo back · ");
        }
        b.append("Esc leave");
        keysText = b.toString();
        fitKeys();
        keys.setVisible(presenter && showsLesson);
    }

    /**
     * Shows where the open lecture track stands ({@code status}, empty when no track is open) and whether
     * key D has a demo to set up next (the key line names it only then).
     */
    void showTrack(String status, boolean hasNext, boolean hasPrevious) {
        track.setText(status);
        track.setVisible(!status.isEmpty());
        trackHasNext = hasNext;
        trackHasPrevious = hasPrevious;
        showKeys();
    }

    /** Every key hint of the step, " · " between them; the line shows those that fit. */
    private String keysText = "";
    static final String HINT_SEPARATOR = " · ";

    /** The key line takes at most this many lines: the keys a lecturer needs (speed, scrolling) do not fit one. */
    static final int KEY_LINES = 2;

    /**
     * Shows the whole hints that fit {@link #KEY_LINES} lines of the line's width, a hint never split over two.
     * The least needed go first: Space (the Play button says it too), ↑↓, A, Shift+D, G, [ ], Enter, N/P and D;
     * "Esc leave", the way out, stays longest.
     */
    private void fitKeys() {
        double room = keys.getWidth() - keys.snappedLeftInset() - keys.snappedRightInset();
        keys.setText(room > 0 ? fitHints(keysText, room, keys.getFont()) : keysText);
    }

    static String fitHints(String all, double room, javafx.scene.text.Font font) {
        List<String> hints = new java.util.ArrayList<>(List.of(all.split(java.util.regex.Pattern.quote(HINT_SEPARATOR))));
        String lines = inLines(hints, room, font);
        while (!hints.isEmpty() && lines == null) {
            hints.remove(leastNeeded(hints));
            lines = inLines(hints, room, font);
        }
        return lines == null ? "" : lines;
    }

    /** The hints, in order, filled into lines of {@code room}; null when they need more than {@link #KEY_LINES}. */
    private static String inLines(List<String> hints, double room, javafx.scene.text.Font font) {
        List<String> lines = new java.util.ArrayList<>();
        String line = "";
        for (String h : hints) {
            String longer = line.isEmpty() ? h : line + HINT_SEPARATOR + h;
            if (line.isEmpty() || textWidth(longer, font) <= room) {
                line = longer;
            } else {
                lines.add(line);
                line = h;
            }
        }
        lines.add(line);
        boolean fits = lines.size() <= KEY_LINES && lines.stream().allMatch(l -> textWidth(l, font) <= room);
        return fits ? String.join("\n", lines) : null;
    }

    /** The keys of the hints, the least needed first (a hint of another key goes before all of them). */
    private static final List<String> DROP_ORDER = List.of("Space ", "↑↓ ", "A ", "Shift+D ", "G ", "[ ] ", "Enter ", "N/P ", "D ", "Esc ");

    private static int leastNeeded(List<String> hints) {
        int pick = 0;
        int rank = Integer.MAX_VALUE;
        for (int i = 0; i < hints.size(); i++) {
            int r = -1;
            for (int k = 0; k < DROP_ORDER.size(); k++) {
                if (hints.get(i).startsWith(DROP_ORDER.get(k))) {
                    r = k;
                    break;
                }
            }
            if (r < rank) {
                rank = r;
                pick = i;
            }
        }
        return pick;
    }

    private static double textWidth(String s, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return Math.ceil(t.getLayoutBounds().getWidth()) + 1;
    }

    /** All the step's key hints, those the line leaves out too. */
    String allKeyHints() {
        return keysText;
    }

    /** Scrolls the step by {@code views} of the visible height (negative: up), within its ends. */
    void scrollBy(double views) {
        Node content = body.getContent();
        if (content == null) {
            return;
        }
        double contentH = content.getLayoutBounds().getHeight();
        double viewH = body.getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return;
        }
        double by = views * viewH / (contentH - viewH) * (body.getVmax() - body.getVmin());
        body.setVvalue(Math.max(body.getVmin(), Math.min(body.getVmax(), body.getVvalue() + by)));
    }

    /** The lesson text's scroll pane (tests: how far it is scrolled). */
    ScrollPane body() {
        return body;
    }

    /** Scrolls the step so that {@code node} (part of it) is in view, its top a little below the viewport's. */
    void scrollTo(Node node) {
        Node content = body.getContent();
        if (content == null) {
            return;
        }
        content.applyCss();
        body.layout();
        double contentH = content.getLayoutBounds().getHeight();
        double viewH = body.getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return;
        }
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        body.setVvalue(Math.max(0, Math.min(1, (y - 8) / (contentH - viewH))));
    }

    private void showCount() {
        if (stepCount > 0) {
            count.setText(presenter ? (stepIndex + 1) + " / " + stepCount : "Step " + (stepIndex + 1) + " of " + stepCount);
        }
    }

    void showStep(Lesson lesson, int index, Node step) {
        showsLesson = true;
        catalogue.setDisable(false);
        heading.setText(lesson.title());
        int n = lesson.steps().size();
        stepIndex = index;
        stepCount = n;
        showCount();
        prev.setDisable(index == 0);
        next.setDisable(index + 1 >= n);
        stepHasSetUp = step instanceof StepView v && v.hasSetUp();
        stepHasQuiz = step instanceof StepView v && v.hasQuiz();
        showKeys();
        setBottom(bottom);
        body.setContent(step);
        body.setVvalue(0);
    }

    void showCatalogue(Node list) {
        clearNotice();
        showsLesson = false;
        // "All lessons" would show what is shown: greyed out until a lesson or a message replaces the list.
        catalogue.setDisable(true);
        heading.setText("Lessons");
        setBottom(null);
        body.setContent(list);
        body.setVvalue(0);
    }

    /** A message in the body under {@code title} (never the title of a lesson no longer shown). */
    void showMessage(String title, String text) {
        heading.setText(title);
        Label l = new Label(text);
        l.setWrapText(true);
        VBox box = new VBox(l);
        box.getStyleClass().add("lesson-step");
        showsLesson = false;
        catalogue.setDisable(false);
        setBottom(null);
        body.setContent(box);
    }

    /**
     * A lesson file that could not be opened while a lesson is on screen: what is wrong (the file, then each
     * problem's line, column and field) in a box above the step, which stays as it was. The box goes when
     * closed (✕), or when another lesson or the catalogue is shown.
     */
    void showOpenProblems(Path file, List<FileProblem> problems) {
        Label what = new Label(file.getFileName() + " could not be opened: it is not a valid lesson. "
                + "The lesson you have open stays as it was.");
        what.setId("lesson-open-problems-title");
        what.setWrapText(true);
        what.getStyleClass().add("lesson-notice-title");
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        Button dismiss = new Button("✕");
        dismiss.setId("lesson-open-problems-close");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setTooltip(new javafx.scene.control.Tooltip("Put this message away"));
        dismiss.setOnAction(e -> clearNotice());
        HBox row = new HBox(8, what, dismiss);
        row.setAlignment(Pos.TOP_LEFT);
        VBox list = new VBox(4);
        list.setId("lesson-open-problems-list");
        problems.stream().limit(MAX_NOTICE_PROBLEMS).forEach(p -> list.getChildren().add(LessonPlayer.problemLabel(p)));
        if (problems.size() > MAX_NOTICE_PROBLEMS) {
            list.getChildren().add(new Label("… and " + (problems.size() - MAX_NOTICE_PROBLEMS) + " more"));
        }
        Label where = new Label(file.toAbsolutePath().normalize().toString());
        where.getStyleClass().add("lesson-muted");
        where.setWrapText(true);
        notice.getChildren().setAll(row, list, where);
        notice.setVisible(true);
    }

    /** The notice shows this many problems at most; the rest are counted. */
    static final int MAX_NOTICE_PROBLEMS = 6;

    void clearNotice() {
        notice.getChildren().clear();
        notice.setVisible(false);
    }

    boolean showsNotice() {
        return notice.isVisible();
    }

    void showProblems(Path file, List<FileProblem> problems) {
        clearNotice();
        showsLesson = false;
        catalogue.setDisable(false);
        heading.setText(file.getFileName() + " is not a valid lesson");
        VBox box = new VBox(6);
        box.setId("lesson-problems");
        box.getStyleClass().add("lesson-step");
        for (FileProblem p : problems) {
            box.getChildren().add(LessonPlayer.problemLabel(p));
        }
        setBottom(null);
        body.setContent(box);
    }
}
