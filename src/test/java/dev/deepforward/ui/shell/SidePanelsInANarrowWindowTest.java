package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.chart.ChartArrangement;
import dev.deepforward.ui.files.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student on a small laptop with a lesson open brings the side panels out (Ctrl+B). Where four columns
 * do not fit, the palette/data panel and the inspector share one column with two tabs: every inspector field
 * lies inside the window and can be reached by mouse and by Tab, no scroll bar runs sideways, and the charts
 * keep a readable width. A wide screen keeps its two side columns.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelsInANarrowWindowTest {

    private WorkbenchWindow window;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.dispose();
            window.stage().hide();
        });
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 700", "1280, 800"})
    void ctrlBBesideALessonPutsTheSidePanelsInOneTabbedColumnWithEveryInspectorFieldInTheWindow(int screenW,
            int screenH, FxRobot robot) throws Exception {
        openWithLesson(robot, screenW, screenH);
        String where = screenW + "×" + screenH + " with lesson 3 and the side panels";
        assertThat(window.sidePanelsShown()).as("side panels out at " + where).isTrue();
        assertThat(window.sidePanelsTabbed()).as("the side panels in one tabbed column at " + where).isTrue();
        assertNoScrollBarSideways(window.scene().getRoot(), where);

        // A layer clicked on the network brings the inspector's tab forward.
        robot.clickOn("#layers-tab"); // the tab's header carries the tab's id
        settle(robot);
        Node card = robot.lookup(".layer-card").query();
        robot.clickOn(card);
        settle(robot);
        assertThat(((javafx.scene.control.TabPane) robot.lookup("#side-tabs").query()).getSelectionModel()
                .getSelectedItem().getId()).as("the tab in front after clicking a layer at " + where)
                .isEqualTo("inspector-tab");

        double w = window.scene().getWidth();
        double h = window.scene().getHeight();
        Bounds dock = inScene(robot.lookup("#lesson-dock").query());
        ScrollPane inspector = robot.lookup("#inspector-scroll").queryAs(ScrollPane.class);
        Bounds view = inScene(inspector);
        assertThat(view.getMinX()).as("the inspector's left edge at " + where).isGreaterThanOrEqualTo(-0.5);
        assertThat(view.getMaxX()).as("the inspector's right edge, left of the lesson, at " + where)
                .isLessThanOrEqualTo(Math.min(w, dock.getMinX()) + 0.5);
        assertThat(view.getMaxY()).as("the inspector's bottom at " + where).isLessThanOrEqualTo(h + 0.5);
        List<Control> fields = fields(inspector);
        assertThat(fields).as("the inspector's fields at " + where).hasSizeGreaterThan(8);
        for (Control f : fields) {
            Bounds b = inScene(f);
            String what = describe(f) + " at " + where;
            assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(view.getMinX() - 0.5);
            assertThat(b.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(view.getMaxX() + 0.5);
        }
        // By keyboard: from the first field, Tab walks through every field of the inspector.
        Set<Node> reached = new LinkedHashSet<>();
        robot.clickOn(fields.get(0));
        for (int i = 0; i < 80 && reached.size() < fields.size(); i++) {
            Node focus = window.scene().getFocusOwner();
            for (Control f : fields) {
                if (focus == f || isInside(focus, f)) {
                    reached.add(f);
                    // a field reached by Tab is scrolled into view: inside the inspector's viewport
                    Bounds b = inScene(f);
                    assertThat(b.getMinY()).as(describe(f) + " scrolled into view at " + where)
                            .isGreaterThanOrEqualTo(view.getMinY() - 1);
                    assertThat(b.getMaxY()).as(describe(f) + " scrolled into view at " + where)
                            .isLessThanOrEqualTo(view.getMaxY() + 1);
                }
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> missed = fields.stream().filter(f -> !reached.contains(f)).map(SidePanelsInANarrowWindowTest::describe)
                .toList();
        assertThat(missed).as("inspector fields Tab never reached at " + where).isEmpty();

        // The charts keep a readable width in the column left to them.
        assertThat(window.charts().lossChart().getWidth()).as("the loss chart's width at " + where)
                .isGreaterThanOrEqualTo(ChartArrangement.CHART_WIDTH);
        assertNoScrollBarSideways(window.scene().getRoot(), where);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 700", "1280, 800"})
    void ctrlBWithALayerPickedWhileThePanelsWereAwayShowsTheInspectorTab(int screenW, int screenH, FxRobot robot)
            throws Exception {
        openWithLesson(robot, screenW, screenH, false);
        String where = screenW + "×" + screenH + " with lesson 3";
        if (window.sidePanelsShown()) {
            robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL); // away
            settle(robot);
        }
        assertThat(window.sidePanelsShown()).as("side panels away at " + where).isFalse();
        robot.interact(() -> window.document().selectedLayerProperty().set(-1));
        robot.clickOn((Node) robot.lookup(".layer-card").query());
        settle(robot);
        assertThat(window.document().getSelectedLayer()).as("a layer picked at " + where).isGreaterThanOrEqualTo(0);
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL); // back
        settle(robot);
        assertThat(window.sidePanelsTabbed()).as("the side panels in one tabbed column at " + where).isTrue();
        assertThat(((javafx.scene.control.TabPane) robot.lookup("#side-tabs").query()).getSelectionModel()
                .getSelectedItem().getId()).as("the tab in front at " + where).isEqualTo("inspector-tab");
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1920, 1080"})
    void aWideScreenKeepsThePaletteAndTheInspectorAsTwoColumnsBesideALesson(int screenW, int screenH, FxRobot robot)
            throws Exception {
        // Laid out without showing it: the headless screen is smaller than 1920 × 1080.
        robot.interact(() -> {
            try {
                Path home = Files.createTempDirectory("df-wide");
                window = new WorkbenchWindow(new Stage(), new PrefsStore(home.resolve("ui.json")),
                        new WorkbenchWindow.Options(new ScriptedDialogs(), screenW - WindowGeometry.FRAME_WIDTH,
                                screenH - WindowGeometry.FRAME_HEIGHT, false));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicReference<CompletableFuture<Void>> open = new AtomicReference<>();
        robot.interact(() -> open.set(window.lessons().open(Path.of("lessons/03-vanishing-gradients.json"))));
        open.get().get(20, TimeUnit.SECONDS);
        layOut(robot);
        robot.interact(() -> window.lessons().setUpStep());
        layOut(robot);
        String where = screenW + "×" + screenH + " with lesson 3";
        assertThat(window.sidePanelsShown()).as("side panels out at " + where).isTrue();
        assertThat(window.sidePanelsTabbed()).as("tabbed side panels at " + where).isFalse();
        assertThat(window.scene().lookup("#side-tabs")).as("the tabbed column at " + where).isNull();
        double dockX = inScene(window.scene().lookup("#lesson-dock")).getMinX();
        Bounds left = inScene(window.scene().lookup("#left-panel"));
        Bounds right = inScene(window.scene().lookup("#inspector-scroll"));
        assertThat(left.getMinX()).as("the palette at the left edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(right.getMaxX()).as("the inspector left of the lesson").isLessThanOrEqualTo(dockX + 0.5);
        assertThat(right.getMinX()).as("the inspector right of the palette").isGreaterThan(left.getMaxX());
        assertNoScrollBarSideways(window.scene().getRoot(), where);
    }

    private void layOut(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                javafx.scene.Parent root = window.scene().getRoot();
                root.resize(window.scene().getWidth(), window.scene().getHeight());
                root.applyCss();
                root.layout();
            });
        }
    }

    private void openWithLesson(FxRobot robot, int screenW, int screenH) throws Exception {
        openWithLesson(robot, screenW, screenH, true);
    }

    /** The window with lesson 3 step 1 set up; {@code bringOut}: Ctrl+B if the lesson put the side panels away. */
    private void openWithLesson(FxRobot robot, int screenW, int screenH, boolean bringOut) throws Exception {
        robot.interact(() -> {
            try {
                Path home = Files.createTempDirectory("df-narrow");
                window = new WorkbenchWindow(new Stage(), new PrefsStore(home.resolve("ui.json")),
                        new WorkbenchWindow.Options(new ScriptedDialogs(), screenW - WindowGeometry.FRAME_WIDTH,
                                screenH - WindowGeometry.FRAME_HEIGHT, false));
                window.show();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicReference<CompletableFuture<Void>> open = new AtomicReference<>();
        robot.interact(() -> open.set(window.lessons().open(Path.of("lessons/03-vanishing-gradients.json"))));
        open.get().get(20, TimeUnit.SECONDS);
        settle(robot);
        robot.interact(() -> window.lessons().setUpStep());
        settle(robot);
        if (bringOut && !window.sidePanelsShown()) { // put away for the lesson: Ctrl+B, as the person brings them out
            robot.interact(() -> window.stage().requestFocus());
            robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
            settle(robot);
        }
    }

    /** No scroll bar sideways in the workbench, the inspector, the charts or the lesson. */
    private void assertNoScrollBarSideways(javafx.scene.Parent root, String where) {
        for (String id : new String[] {"#workbench-scroll", "#inspector-scroll", "#chart-scroll", "#lesson-body"}) {
            ScrollPane pane = (ScrollPane) root.lookup(id);
            for (Node n : pane.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                        && ownScrollBar(pane, bar)) {
                    assertThat(bar.isVisible()).as(id + "'s scroll bar sideways at " + where).isFalse();
                }
            }
        }
    }

    /** Whether {@code bar} is {@code pane}'s own (not one of a scroll pane inside it). */
    private static boolean ownScrollBar(ScrollPane pane, ScrollBar bar) {
        for (Node p = bar.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp == pane;
            }
        }
        return false;
    }

    /** The inspector's fields a person edits: spinners, lists, sliders, text fields, check boxes, toggles. */
    private static List<Control> fields(ScrollPane inspector) {
        List<Control> fields = new ArrayList<>();
        for (Node n : inspector.getContent().lookupAll("*")) {
            if (n instanceof Control c && c.isVisible() && !c.isDisabled() && visibleUp(c, inspector)
                    && (c instanceof Spinner || c instanceof ComboBox || c instanceof Slider
                    || c instanceof TextField && !(c.getParent() instanceof Spinner)
                    || c instanceof javafx.scene.control.CheckBox || c instanceof javafx.scene.control.ToggleButton)) {
                fields.add(c);
            }
        }
        return fields;
    }

    private static boolean visibleUp(Node n, Node top) {
        for (Node p = n; p != null && p != top; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Node focus, Node field) {
        for (Node p = focus; p != null; p = p.getParent()) {
            if (p == field) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Control c) {
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId());
    }

    private static void settle(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(40);
        }
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
