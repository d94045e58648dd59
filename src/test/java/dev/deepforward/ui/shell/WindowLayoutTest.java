package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.chart.ChartArrangement;
import dev.deepforward.ui.chart.DecisionSurfaceView;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.presenter.PresenterLook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the screens it meets: 1024×700, 1280×800, 1366×768 and 1920×1080, as a maximized window
 * (the window manager's title bar and frame take their share) and in presenter mode (full screen), with
 * and without a lesson open. Nothing of the menu bar or the toolbar may be cut off, and every chart keeps
 * its readable minimum (presenter mode's larger chart type scales the minimum).
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    private static final Path LESSON = Path.of("lessons/07-batch-normalization.json");
    private final List<WorkbenchWindow> windows = new ArrayList<>();

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> windows.forEach(w -> {
            w.presenter().leave();
            w.dispose();
            w.stage().hide();
        }));
    }

    static Stream<Arguments> screens() {
        List<Arguments> all = new ArrayList<>();
        int[][] sizes = {{1024, 700}, {1280, 800}, {1366, 768}, {1920, 1080}};
        for (int[] s : sizes) {
            for (boolean lesson : new boolean[] {false, true}) {
                for (boolean presenter : new boolean[] {false, true}) {
                    all.add(Arguments.of(s[0], s[1], lesson, presenter));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}×{1}, lesson {2}, presenter {3}")
    @MethodSource("screens")
    void nothingIsCutOffAndEveryChartKeepsItsMinimum(int screenW, int screenH, boolean lesson, boolean presenter,
            FxRobot robot) throws Exception {
        // Presenter mode is full screen; a normal window is maximized under a title bar and a frame.
        double w = presenter ? screenW : screenW - WindowGeometry.FRAME_WIDTH;
        double h = presenter ? screenH : screenH - WindowGeometry.FRAME_HEIGHT;
        WorkbenchWindow window = open(robot, w, h);
        if (lesson) {
            await(robot, () -> window.lessons().open(LESSON));
        }
        if (presenter) {
            robot.interact(() -> window.presenter().enter());
        }
        settle(robot);

        // presenter mode scales in proportion on a screen smaller than 1280 × 800
        double scale = presenter ? PresenterLook.chartScale(w, h) : 1;
        if (presenter) {
            assertThat(window.charts().drawScale()).as("%s×%s", w, h).isEqualTo(scale);
        }
        String where = w + "×" + h + (lesson ? " with a lesson" : "") + (presenter ? " in presenter mode" : "");
        assertFits(window, where);
        assertChartsReadable(window, scale, where);
        if (!presenter) {
            assertDesignerWhole(window, where);
        }
    }

    static Stream<Arguments> lessonScreens() {
        List<Arguments> all = new ArrayList<>();
        for (int[] s : new int[][] {{1024, 700}, {1280, 800}, {1366, 768}, {1920, 1080}}) {
            for (boolean presenter : new boolean[] {false, true}) {
                all.add(Arguments.of(s[0], s[1], presenter));
            }
        }
        return all.stream();
    }

    @Test
    void aLongLessonTitleTakesAtMostTwoLinesInTheLessonHeaderAt1280x800(FxRobot robot) throws Exception {
        WorkbenchWindow window = open(robot, 1280 - WindowGeometry.FRAME_WIDTH, 800 - WindowGeometry.FRAME_HEIGHT);
        await(robot, () -> window.lessons().open(Path.of("lessons/16-time-and-hardware.json")));
        settle(robot);
        Label title = (Label) window.scene().lookup("#lesson-title");
        assertThat(title.getText()).isEqualTo("Time and hardware: what a training run costs");
        double line = title.getFont().getSize() * 1.4;
        assertThat(title.getHeight() - title.snappedTopInset() - title.snappedBottomInset())
                .as("the title's height (two lines are %.0f px)", 2 * line).isLessThanOrEqualTo(2 * line);
    }

    /**
     * The lesson's header says "All lessons" in words on every screen (the title moves under the buttons
     * when it would not fit beside them), presenter mode's key line is one line of whole hints ("Esc leave",
     * never "Esc" / "leave"), and the toolbar's "»" button is no wider than the Step button.
     */
    @ParameterizedTest(name = "{0}×{1}, presenter {2}")
    @MethodSource("lessonScreens")
    void theLessonHeaderTheKeyLineAndTheOverflowButtonShowWholeWords(int screenW, int screenH, boolean presenter,
            FxRobot robot) throws Exception {
        double w = presenter ? screenW : screenW - WindowGeometry.FRAME_WIDTH;
        double h = presenter ? screenH : screenH - WindowGeometry.FRAME_HEIGHT;
        WorkbenchWindow window = open(robot, w, h);
        await(robot, () -> window.lessons().open(LESSON));
        if (presenter) {
            robot.interact(() -> window.presenter().enter());
        }
        settle(robot);
        String where = w + "×" + h + (presenter ? " in presenter mode" : "");

        javafx.scene.control.Button all = (javafx.scene.control.Button) window.scene().lookup("#lesson-catalogue-button");
        assertThat(all.getText()).as("the catalogue button at " + where).isEqualTo("All lessons");
        assertThat(((javafx.scene.text.Text) all.lookup(".text")).getText()).as("shown whole at " + where)
                .isEqualTo("All lessons");
        Label title = (Label) window.scene().lookup("#lesson-title");
        Bounds titleBox = inScene(title);
        Bounds dock = inScene(window.scene().lookup("#lesson-dock"));
        assertThat(titleBox.getMinX()).as("the lesson title inside its column at " + where)
                .isGreaterThanOrEqualTo(dock.getMinX() - 0.5);
        assertThat(titleBox.getMaxX()).as("the lesson title inside its column at " + where)
                .isLessThanOrEqualTo(dock.getMaxX() + 0.5);
        assertThat(titleBox.getMaxX() <= inScene(all).getMinX() + 0.5 || titleBox.getMinY() >= inScene(all).getMaxY() - 0.5)
                .as("the title beside the buttons or under them at " + where).isTrue();

        Label keys = (Label) window.scene().lookup("#lesson-keys");
        assertThat(keys.isVisible()).as("the key line at " + where).isEqualTo(presenter);
        if (presenter) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) keys.lookup(".text");
            assertThat(shown.getText()).as("the key line at " + where).isEqualTo(keys.getText());
            assertThat(keys.getText().split("\n")).as("the key line: at most two lines at " + where).hasSizeLessThanOrEqualTo(2);
            assertThat(keys.getText()).as("the key line at " + where).endsWith("Esc leave").contains("N/P step");
            assertThat(keys.getHeight()).as("the key line is at most two lines at " + where)
                    .isLessThan(3 * keys.getFont().getSize() + keys.snappedTopInset() + keys.snappedBottomInset());
            for (String hint : keys.getText().split(" · |\n")) {
                assertThat(hint).as("a whole hint at " + where).isIn("Enter set up", "Space play", "[ ] speed", "G charts", "A answer",
                        "N/P step", "↑↓ scroll", "D next demo", "Shift+D demo back", "Esc leave");
            }
        }

        MainToolbar toolbar = (MainToolbar) window.scene().lookup("#main-toolbar");
        if (toolbar.overflow.isVisible()) {
            assertThat(toolbar.overflow.getWidth()).as("the » button's width at " + where)
                    .isLessThanOrEqualTo(0.7 * ((Region) window.scene().lookup("#step-button")).getWidth());
        }
    }

    @ParameterizedTest(name = "{0}×{1}, lesson 7's three variants")
    @MethodSource("threeVariantScreens")
    void threeVariantsOfALessonStepKeepTheirSurfacesReadable(int screenW, int screenH, FxRobot robot)
            throws Exception {
        WorkbenchWindow window = open(robot, screenW - WindowGeometry.FRAME_WIDTH,
                screenH - WindowGeometry.FRAME_HEIGHT);
        await(robot, () -> window.lessons().open(LESSON));
        settle(robot);
        robot.interact(() -> ((ButtonBase) window.scene().lookup("#lesson-setup")).fire());
        settle(robot);
        assertThat(window.charts().runLayout().runs()).isEqualTo(3);
        String where = screenW + "×" + screenH + " with lesson 7 set up";
        assertFits(window, where);
        assertChartsReadable(window, 1, where);
        // Stacked (one or two columns, the charts scroll), the loss and accuracy curves themselves get a
        // readable plot, not only the charts around them.
        if (window.charts().arrangement().columns() == 3) {
            return;
        }
        for (var chart : List.of(window.charts().lossChart(), window.charts().accuracyChart())) {
            double[] plot = chart.plotBounds();
            assertThat(plot[2]).as(chart.getId() + " plot width at " + where)
                    .isGreaterThanOrEqualTo(ChartArrangement.CHART_WIDTH);
            assertThat(plot[3]).as(chart.getId() + " plot height at " + where)
                    .isGreaterThanOrEqualTo(ChartArrangement.CHART_HEIGHT);
        }
    }

    /**
     * On a 1024×700 screen with a lesson open and a comparison on, the toolbar keeps its full size: each
     * control is either shown whole or sits in the "»" menu, from where the robot switches Dropout on.
     */
    @org.junit.jupiter.api.Test
    void aNarrowWindowMovesTheToolbarControlsThatDoNotFitIntoItsOverflowMenu(FxRobot robot) throws Exception {
        WorkbenchWindow window = open(robot, 1024 - WindowGeometry.FRAME_WIDTH, 700 - WindowGeometry.FRAME_HEIGHT,
                true);
        await(robot, () -> window.lessons().open(LESSON));
        robot.interact(() -> window.compareMode().compare(dev.deepforward.ui.compare.HeadlineToggle.ACTIVATION));
        settle(robot);
        String where = "1024×700 with a lesson and a comparison";
        assertFits(window, where);
        MainToolbar toolbar = (MainToolbar) window.scene().lookup("#main-toolbar");
        assertThat(toolbar.localToScene(100, 0).getX() - toolbar.localToScene(0, 0).getX())
                .as("the toolbar drawn at full size").isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
        assertThat(toolbar.overflow.isVisible()).as("the overflow button at " + where).isTrue();
        assertThat(toolbar.overflowing()).as("groups in the overflow menu").isNotEmpty();
        boolean dropoutShown = true;
        for (Node n = toolbar.lookup("#headline-dropout-on"); n != null; n = n.getParent()) {
            dropoutShown &= n.isVisible();
        }
        assertThat(dropoutShown).as("Dropout's switch moved into the overflow menu at " + where).isFalse();
        boolean before = Boolean.TRUE.equals(dev.deepforward.ui.model.Headlines.dropout(
                window.document().getSpec().network()));
        assertThat(before).as("dropout is off to begin with").isFalse();
        List<Node> moved = toolbar.overflowing();
        robot.clickOn("#toolbar-overflow");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toolbar.overflowing()).as("the groups in the menu once it is open (and the button focused)")
                .isEqualTo(moved);
        robot.clickOn("Dropout: On");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dev.deepforward.ui.model.Headlines.dropout(window.document().getSpec().network()))
                .as("dropout on everywhere after the overflow menu's item").isTrue();
    }

    static Stream<Arguments> threeVariantScreens() {
        return Stream.of(Arguments.of(1280, 800), Arguments.of(1366, 768), Arguments.of(1600, 900),
                Arguments.of(1920, 1080));
    }

    /**
     * The first window as it opens (90 % of the screen, not maximized) with lesson 7 open and its first
     * step set up (three variants): nothing of the toolbar, the lesson's header and footer or the status
     * bar is cut to "…", and the charts and the three decision surfaces keep their minimums.
     */
    @ParameterizedTest(name = "first window on {0}×{1}, lesson 7 set up")
    @MethodSource("firstWindowScreens")
    void theFirstWindowWithALessonSetUpCutsNoLabelAndKeepsItsCharts(int screenW, int screenH, FxRobot robot)
            throws Exception {
        javafx.geometry.Dimension2D size = WindowGeometry.sceneSize(null,
                new javafx.geometry.Rectangle2D(0, 0, screenW, screenH));
        WorkbenchWindow window = open(robot, size.getWidth(), size.getHeight());
        await(robot, () -> window.lessons().open(LESSON));
        settle(robot);
        robot.interact(() -> ((ButtonBase) window.scene().lookup("#lesson-setup")).fire());
        settle(robot);
        String where = "the first window (" + size.getWidth() + "×" + size.getHeight() + ") on " + screenW + "×"
                + screenH + " with lesson 7 set up";
        assertFits(window, where);
        assertNothingCut(window, where);
        assertDesignerWhole(window, where);
        if (screenW >= 1280) {
            assertChartsReadable(window, 1, where);
        }
    }

    /**
     * The first window on a wide screen with a lesson open and set up: the network and charts column is
     * the widest of the four, wider than the inspector and the lesson (rv4: 430 px beside a 430 px inspector).
     */
    @ParameterizedTest(name = "first window on {0}×{1}, lesson open")
    @MethodSource("wideScreens")
    void onAWideScreenWithALessonOpenTheChartsGetTheWidestColumn(int screenW, int screenH, FxRobot robot)
            throws Exception {
        javafx.geometry.Dimension2D size = WindowGeometry.sceneSize(null,
                new javafx.geometry.Rectangle2D(0, 0, screenW, screenH));
        WorkbenchWindow window = open(robot, size.getWidth(), size.getHeight());
        settle(robot);
        await(robot, () -> window.lessons().open(LESSON));
        settle(robot);
        robot.interact(() -> ((ButtonBase) window.scene().lookup("#lesson-setup")).fire());
        settle(robot);
        String where = size.getWidth() + "×" + size.getHeight() + " on " + screenW + "×" + screenH;
        if (screenW >= 1920) {
            assertThat(window.sidePanelsShown()).as("side panels out at " + where).isTrue();
        }
        double centre = inScene(window.scene().lookup("#centre-split")).getWidth();
        // side panels put away (a narrower screen with a lesson) take no width
        double left = window.sidePanelsShown() ? inScene(window.scene().lookup("#left-panel")).getWidth() : 0;
        double inspector = window.sidePanelsShown() ? inScene(window.scene().lookup("#inspector-scroll")).getWidth() : 0;
        double lesson = inScene(window.scene().lookup("#lesson-dock")).getWidth();
        assertThat(centre).as("the charts' column at " + where).isGreaterThan(Math.max(left, Math.max(inspector, lesson)));
        assertThat(centre).as("the charts' column at " + where).isGreaterThan(0.33 * size.getWidth());
    }

    static Stream<Arguments> wideScreens() {
        return Stream.of(Arguments.of(1600, 900), Arguments.of(1920, 1080));
    }

    @ParameterizedTest(name = "{0}×{1}")
    @MethodSource("firstWindowScreens")
    void theChartsHeaderShowsItsSwitchesWholeWithBothSidePanelsOut(int w, int h, FxRobot robot) {
        WorkbenchWindow window = open(robot, w, h, w <= 1280);
        settle(robot);
        if (!window.sidePanelsShown()) {
            if (window.stage().isShowing()) { // Ctrl+B, as the person brings them out
                robot.interact(() -> window.stage().requestFocus());
                robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.B)
                        .release(javafx.scene.input.KeyCode.CONTROL);
            } else {
                robot.interact(window::toggleSidePanels);
            }
            settle(robot);
        }
        String where = w + "×" + h;
        assertThat(window.sidePanelsShown()).as("side panels out at " + where).isTrue();
        Region header = (Region) window.scene().lookup("#charts-header");
        Bounds box = inScene(header);
        for (String id : new String[] {"#show-test-points", "#chart-x", "#log-loss"}) {
            Node n = window.scene().lookup(id);
            Bounds b = inScene(n);
            assertThat(b.getMaxX()).as(id + " inside the charts' header at " + where)
                    .isLessThanOrEqualTo(box.getMaxX() - header.snappedRightInset() + 0.5);
            assertThat(b.getMinX()).as(id + " inside the charts' header at " + where).isGreaterThanOrEqualTo(box.getMinX());
        }
        javafx.scene.control.CheckBox log = (javafx.scene.control.CheckBox) window.scene().lookup("#log-loss");
        assertThat(((javafx.scene.text.Text) log.lookup(".text")).getText()).as("shown whole at " + where)
                .isEqualTo(log.getText()).isIn("log loss", "log");
        assertThat(log.getTooltip().getText()).contains("log scale");
        if (w >= 1920) {
            assertThat(log.getText()).as("room for the whole words at " + where).isEqualTo("log loss");
        }
    }

    static Stream<Arguments> firstWindowScreens() {
        return Stream.of(Arguments.of(1024, 700), Arguments.of(1280, 800), Arguments.of(1366, 768),
                Arguments.of(1920, 1080));
    }

    @ParameterizedTest(name = "shrunk to {0}×{1} and grown back")
    @MethodSource("shrinkSizes")
    void dividersComeBackAfterTheWindowShrinksAndGrows(int smallW, int smallH, FxRobot robot) {
        WorkbenchWindow window = open(robot, 1264, 752, true);
        settle(robot);
        double[] before = robot.lookup("#workbench-split").queryAs(javafx.scene.control.SplitPane.class)
                .getDividerPositions();
        assertThat(window.sidePanelsShown()).isTrue();
        robot.interact(() -> {
            window.stage().setWidth(smallW);
            window.stage().setHeight(smallH);
        });
        settle(robot);
        robot.interact(() -> {
            window.stage().setWidth(1264);
            window.stage().setHeight(752);
        });
        settle(robot);
        assertThat(window.sidePanelsShown()).isTrue();
        double[] after = robot.lookup("#workbench-split").queryAs(javafx.scene.control.SplitPane.class)
                .getDividerPositions();
        assertThat(after[0]).isCloseTo(before[0], org.assertj.core.data.Offset.offset(0.02));
        assertThat(after[1]).isCloseTo(before[1], org.assertj.core.data.Offset.offset(0.02));
    }

    static Stream<Arguments> shrinkSizes() {
        return Stream.of(Arguments.of(700, 500), Arguments.of(1000, 650));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /**
     * A window with a scene of the given size. The headless test screen is 1280×800 and cannot show a
     * larger window, so the window is laid out exactly as a shown one is (style sheets, then layout passes
     * at the scene's size) without being put on that screen; {@code show} puts it on screen (sizes that fit).
     */
    private WorkbenchWindow open(FxRobot robot, double w, double h) {
        return open(robot, w, h, false);
    }

    private WorkbenchWindow open(FxRobot robot, double w, double h, boolean show) {
        AtomicReference<WorkbenchWindow> ref = new AtomicReference<>();
        robot.interact(() -> {
            try {
                Path home = Files.createTempDirectory("df-layout");
                WorkbenchWindow window = new WorkbenchWindow(new Stage(), new PrefsStore(home.resolve("ui.json")),
                        new WorkbenchWindow.Options(new ScriptedDialogs(), w, h, false));
                if (show) {
                    window.show();
                }
                ref.set(window);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        windows.add(ref.get());
        return ref.get();
    }

    private void settle(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (WorkbenchWindow w : windows) {
                    if (!w.stage().isShowing()) {
                        Parent root = w.scene().getRoot();
                        root.resize(w.scene().getWidth(), w.scene().getHeight());
                        root.applyCss();
                        root.layout();
                    }
                }
            });
            robot.sleep(40);
        }
    }

    private static void await(FxRobot robot, java.util.function.Supplier<CompletableFuture<Void>> action)
            throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(action.get()));
        f.get().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** The menu bar's menus and every button of the toolbar lie wholly inside the window. */
    private static void assertFits(WorkbenchWindow window, String where) {
        double w = window.scene().getWidth();
        double h = window.scene().getHeight();
        Region root = (Region) window.scene().getRoot();
        assertThat(root.minWidth(-1)).as("the window's smallest width at " + where).isLessThanOrEqualTo(w);
        MenuBar bar = (MenuBar) window.scene().lookup("#menu-bar");
        if (bar.isVisible()) {
            for (Node menu : bar.lookupAll(".menu-button")) {
                assertInside(menu, w, h, "menu " + menu + " at " + where);
            }
        }
        Node toolbar = window.scene().lookup("#main-toolbar");
        List<Node> controls = new ArrayList<>();
        collect(toolbar, controls);
        for (Node c : controls) {
            assertInside(c, w, h, "toolbar control " + c.getId() + " " + c + " at " + where);
        }
        // What is not shown sits in the "»" menu: the toolbar's own groups, moved there whole.
        MainToolbar main = (MainToolbar) toolbar;
        List<Node> moved = new ArrayList<>();
        for (Node g : main.overflowing()) {
            g.setVisible(true);
            collect(g, moved);
            g.setVisible(false);
        }
        assertThat(controls.size() + moved.size()).as("toolbar controls, shown or in the overflow menu at " + where)
                .isGreaterThan(6);
        assertThat(main.overflow.isVisible()).as("the overflow button at " + where).isEqualTo(!moved.isEmpty());
    }

    /**
     * No button or label of the toolbar, the lesson's header and footer or the status bar shows its text
     * cut short ("◀ Pr…", "(Ctrl+…"): what is shown is shown whole.
     */
    private static void assertNothingCut(WorkbenchWindow window, String where) {
        List<Node> roots = new ArrayList<>();
        for (String id : new String[] {"#main-toolbar", "#status-bar", "#lesson-prev", "#lesson-next",
                "#lesson-step-count", "#lesson-catalogue-button", "#lesson-close"}) {
            Node n = window.scene().lookup(id);
            if (n != null) {
                roots.add(n);
            }
        }
        assertThat(roots).as("the parts looked at").hasSizeGreaterThanOrEqualTo(3);
        List<javafx.scene.control.Labeled> labeled = new ArrayList<>();
        for (Node r : roots) {
            collectLabeled(r, labeled);
        }
        for (javafx.scene.control.Labeled l : labeled) {
            String full = l.getText();
            if (full == null || full.isEmpty() || l.isWrapText()) {
                continue;
            }
            Node shown = l.lookup(".text");
            if (shown instanceof javafx.scene.text.Text t) {
                assertThat(t.getText()).as("'" + full + "' (" + l.getId() + ") shown whole at " + where)
                        .isEqualTo(full);
            }
        }
    }

    /**
     * Every block of the network (input, each layer, output) lies wholly inside the designer's visible
     * area, as full cards or as the compact strip's boxes, whose one line ("64 ReLU") is shown whole.
     */
    private static void assertDesignerWhole(WorkbenchWindow window, String where) {
        Node scroll = window.scene().lookup("#designer-scroll");
        if (scroll == null || !scroll.isVisible() || inScene(scroll).getHeight() < 1) {
            return;
        }
        // the viewport: the pane less its border and, when the network is wider, the scroll bar under it
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) scroll;
        double top = inScene(scroll).getMinY() + pane.snappedTopInset();
        Bounds view = new javafx.geometry.BoundingBox(inScene(scroll).getMinX(), top, inScene(scroll).getWidth(),
                pane.getViewportBounds().getHeight());
        List<Node> blocks = new ArrayList<>(window.scene().getRoot().lookupAll(".layer-card"));
        blocks.addAll(window.scene().getRoot().lookupAll(".io-block"));
        assertThat(blocks).as("network blocks at " + where).hasSizeGreaterThanOrEqualTo(3);
        for (Node b : blocks) {
            Bounds r = inScene(b);
            assertThat(r.getMinY()).as(b.getId() + " top inside the designer at " + where)
                    .isGreaterThanOrEqualTo(view.getMinY() - 0.5);
            assertThat(r.getMaxY()).as(b.getId() + " bottom inside the designer at " + where)
                    .isLessThanOrEqualTo(view.getMaxY() + 0.5);
            Node line = b.lookup(".card-compact");
            if (line != null && line.isVisible() && line instanceof Label l) {
                Node shown = l.lookup(".text");
                if (shown instanceof javafx.scene.text.Text t) {
                    assertThat(t.getText()).as(b.getId() + " compact line at " + where).isEqualTo(l.getText());
                }
            }
        }
    }

    private static void collectLabeled(Node n, List<javafx.scene.control.Labeled> out) {
        if (!n.isVisible() || !n.isManaged() && n.getParent() != null && !(n.getParent() instanceof javafx.scene.Group)) {
            return;
        }
        if (n instanceof javafx.scene.control.Labeled l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectLabeled(c, out);
            }
        }
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof javafx.scene.control.Slider) {
            out.add(n);
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static void assertInside(Node n, double w, double h, String what) {
        Bounds b = inScene(n);
        assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMinY()).as(what + " top edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(w + 0.5);
        assertThat(b.getMaxY()).as(what + " bottom edge").isLessThanOrEqualTo(h + 0.5);
        assertThat(b.getWidth()).as(what + " width").isGreaterThan(4);
    }

    /**
     * Every chart of the Training tab (loss, accuracy, gradient heatmap, latest bars, decision surfaces) is
     * at least its readable minimum, and the loss chart, the first of them, is on screen without scrolling.
     */
    private static void assertChartsReadable(WorkbenchWindow window, double scale, String where) {
        double cw = ChartArrangement.CHART_WIDTH * scale - 0.5;
        double ch = ChartArrangement.CHART_HEIGHT * scale - 0.5;
        double s = ChartArrangement.SURFACE * scale - 0.5;
        var charts = window.charts();
        List<Region> lineCharts = new ArrayList<>(List.of(charts.lossChart(), charts.accuracyChart()));
        List<Region> panelBars = new ArrayList<>();
        for (var p : charts.gradientPanels()) {
            lineCharts.add(p.heatmap());
            // A variant's latest bars share its panel with its heatmap (36 % of it): their height counts.
            (charts.runLayout().compare() ? panelBars : lineCharts).add(p.bars());
        }
        for (Region c : lineCharts) {
            Bounds b = inScene(c);
            assertThat(b.getWidth()).as(c.getId() + " width at " + where).isGreaterThanOrEqualTo(cw);
            assertThat(b.getHeight()).as(c.getId() + " height at " + where).isGreaterThanOrEqualTo(ch);
        }
        for (Region c : panelBars) {
            assertThat(inScene(c).getHeight()).as(c.getId() + " height at " + where).isGreaterThanOrEqualTo(ch);
        }
        if (charts.isSurfaceShown()) {
            for (DecisionSurfaceView v : charts.surfaces().subList(0, charts.runLayout().runs())) {
                // the square the surface is drawn in, not the view around it (its title and caption)
                assertThat(v.surfaceSide()).as(v.getId() + " drawn square's side at " + where)
                        .isGreaterThanOrEqualTo(s);
            }
        }
        Bounds loss = inScene(charts.lossChart());
        Bounds viewport = inScene(window.scene().lookup("#chart-scroll"));
        assertThat(loss.getMaxY()).as("loss chart on screen at " + where)
                .isLessThanOrEqualTo(Math.min(viewport.getMaxY(), window.scene().getHeight()) + 0.5);
        assertThat(loss.getMaxX()).as("loss chart on screen at " + where)
                .isLessThanOrEqualTo(Math.min(viewport.getMaxX(), window.scene().getWidth()) + 0.5);
    }
}
