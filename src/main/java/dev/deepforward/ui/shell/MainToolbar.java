package dev.deepforward.ui.shell;

import dev.deepforward.ui.run.EngineRunController;
import dev.deepforward.ui.run.RunController;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.run.RunStatus;
import dev.deepforward.ui.Icons;
import dev.deepforward.ui.compare.CompareMenu;
import dev.deepforward.ui.compare.CompareMode;
import dev.deepforward.ui.inspector.HeadlineToggles;
import dev.deepforward.ui.model.DesignDocument;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Run controls (Play/Pause, Step, Reset, speed, Compare) and the headline toggles. Play is disabled
 * while the design has problems, and its tooltip says why.
 */
final class MainToolbar extends HBox {

    /** Speeds offered, in training steps per frame (60 frames a second); the last is full speed. */
    static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, EngineRunController.FULL_SPEED};

    final Button play = new Button();
    /** The "»" button whose menu holds the groups that do not fit (hidden while everything fits). */
    final MenuButton overflow = new MenuButton("»");
    /** The groups that may move into the overflow menu, in the order they are shown (the last goes first). */
    private final List<Node> groups = new ArrayList<>();
    private final Separator separator;
    private final HeadlineToggles headlines;
    private final VBox speedBox;
    private final Slider speed;

    MainToolbar(DesignDocument doc, RunController run, CompareMode compare) {
        setId("main-toolbar");
        getStyleClass().add("main-toolbar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);

        play.setId("play-button");
        play.getStyleClass().addAll("run-button", "play-button");
        RunStatus st = run.status();
        play.textProperty().bind(Bindings.when(st.phaseProperty().isEqualTo(RunPhase.RUNNING)).then("Pause").otherwise("Play"));
        play.setGraphic(Icons.play());
        st.phaseProperty().addListener((o, a, p) -> play.setGraphic(p == RunPhase.RUNNING ? Icons.pause() : Icons.play()));
        play.disableProperty().bind(doc.canPlayProperty().not().and(st.phaseProperty().isNotEqualTo(RunPhase.RUNNING)));
        play.setOnAction(e -> run.togglePlay());
        Tooltip playTip = tip("");
        playTip.textProperty().bind(Bindings.when(doc.canPlayProperty()).then("Play / pause training (Space)")
                .otherwise(Bindings.concat("Cannot train yet: ", doc.cannotPlayReasonProperty())));
        play.setTooltip(playTip);
        // A disabled button shows no tooltip, so the reason also sits next to the buttons.
        Label blocked = new Label();
        blocked.setId("play-blocked");
        blocked.getStyleClass().add("play-blocked");
        blocked.textProperty().bind(Bindings.concat("⚠ ", doc.cannotPlayReasonProperty()));
        blocked.visibleProperty().bind(doc.canPlayProperty().not());
        blocked.managedProperty().bind(blocked.visibleProperty());
        blocked.setMaxWidth(360);

        Button step = button("step-button", "Step", "One training step (S or →)");
        step.setGraphic(Icons.step());
        step.setOnAction(e -> run.step());
        step.disableProperty().bind(doc.canPlayProperty().not());
        Button reset = button("reset-button", "Reset", "Fresh weights, clear the charts (R)");
        reset.setGraphic(Icons.reset());
        reset.setOnAction(e -> run.reset());

        Slider speed = new Slider(0, SPEEDS.length - 1, 2);
        speed.setId("speed-slider");
        speed.setSnapToTicks(true);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setBlockIncrement(1);
        speed.setPrefWidth(110);
        Label speedValue = new Label();
        speedValue.getStyleClass().add("hint");
        speedValue.setMinWidth(70);
        speed.valueProperty().addListener((o, a, v) -> {
            int s = SPEEDS[(int) Math.round(v.doubleValue())];
            run.setSpeed(s);
            speedValue.setText(speedText(s));
        });
        run.setSpeed(SPEEDS[2]);
        speedValue.setText(speedText(SPEEDS[2]));
        // -Ddeepforward.ui.speed=full starts at full speed (measuring how fast the window closes mid-run).
        if ("full".equalsIgnoreCase(System.getProperty("deepforward.ui.speed", ""))) {
            speed.setValue(speed.getMax());
        }
        speed.setTooltip(tip("Training steps per screen frame; at the right end, as fast as the engine goes"));
        Label speedCaption = new Label("Speed");
        speedCaption.getStyleClass().add("headline-caption");
        VBox speedBox = new VBox(2, speedCaption, new HBox(6, speed, speedValue));

        CompareMenu compareMenu = new CompareMenu(compare);
        HeadlineToggles headlines = new HeadlineToggles(doc);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        overflow.setId("toolbar-overflow");
        overflow.getStyleClass().addAll("run-button", "overflow-button");
        overflow.setTooltip(tip("The toolbar's controls that do not fit this window's width"));
        overflow.setOnShowing(e -> fillOverflow());
        overflow.setVisible(false);
        overflow.setManaged(false);
        separator = separator();
        this.headlines = headlines;
        this.speedBox = speedBox;
        this.speed = speed;
        getChildren().addAll(play, step, reset, speedBox, compareMenu, separator, headlines, spacer, overflow, blocked);
        // Controls keep their size; what does not fit moves, group by group from the right, into the "»"
        // menu, and the warning gives way: one line, cut with "…", its tooltip holds the whole text (the
        // toolbar never grows taller for it).
        for (var n : getChildren()) {
            if (n instanceof Region r && n != blocked && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        blocked.setMinWidth(0);
        blocked.setWrapText(false);
        blocked.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        blocked.setMinHeight(Region.USE_PREF_SIZE);
        blocked.setMaxHeight(Region.USE_PREF_SIZE);
        Tooltip blockedTip = tip("");
        blockedTip.textProperty().bind(blocked.textProperty());
        blocked.setTooltip(blockedTip);
        groups.add(speedBox);
        groups.add(compareMenu);
        groups.addAll(headlines.getChildren());
        // Run controls are clicked or driven by their keys (Space, S, R); they take no keyboard focus, so
        // Enter in a lesson never lands on Play and starts the wrong run.
        for (var b : new Button[] {play, step, reset}) {
            b.setFocusTraversable(false);
        }
    }

    /** The groups now moved into the overflow menu. */
    List<Node> overflowing() {
        return groups.stream().filter(g -> !g.isVisible()).toList();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double w = in.getLeft() + in.getRight();
        for (Node n : new Node[] {play, step(), reset(), overflow}) {
            w += n.prefWidth(-1) + getSpacing();
        }
        return w;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double available = getWidth() - in.getLeft() - in.getRight();
        double fixed = width(play) + width(step()) + width(reset()) + 2 * getSpacing();
        double[] widths = new double[groups.size()];
        double all = fixed;
        for (int i = 0; i < groups.size(); i++) {
            Node g = groups.get(i);
            widths[i] = width(g) + (g.getParent() == headlines ? headlines.getSpacing() : getSpacing());
            all += widths[i];
        }
        all += separator.prefWidth(-1) + 2 * getSpacing(); // the separator and the spacer before the warning
        int shown = groups.size();
        if (getWidth() > 0 && all > available) {
            // A few pixels to spare: a group that fits only to the pixel would come and go as focus and
            // hover nudge the controls' sizes (with the menu open, pulling its items from under the mouse).
            double used = all + width(overflow) + getSpacing() + FIT_SLACK;
            while (shown > 0 && used > available) {
                shown--;
                used -= widths[shown];
            }
        }
        boolean changed = apply(shown);
        super.layoutChildren();
        // The estimate above leaves out snapping and the skins' rounding: drop one more group while the
        // "»" button would still end past the right edge (its layout box: a focus ring drawn outside it,
        // as when its menu is open, does not count).
        while (shown > 0 && overflow.isVisible()
                && overflow.getLayoutX() + overflow.getWidth() > getWidth() - in.getRight() + 0.5) {
            shown--;
            changed |= apply(shown);
            super.layoutChildren();
        }
        // Only when other groups moved: rebuilding the items of an open menu would pull them from under the mouse.
        if (changed && !overflowing().equals(filledFor)) {
            fillOverflow();
        }
    }

    static final double FIT_SLACK = 6;
    /** The groups the overflow menu's items were made for. */
    private List<Node> filledFor = List.of();

    /** The width the row gives a control: its preferred width, but never below its minimum (Play's is 104 px). */
    private double width(Node n) {
        return snapSizeX(Math.max(n.minWidth(-1), n.prefWidth(-1)));
    }

    private boolean apply(int shown) {
        boolean changed = false;
        for (int i = 0; i < groups.size(); i++) {
            changed |= show(groups.get(i), i < shown);
        }
        boolean anyHeadline = headlines.getChildren().stream().anyMatch(Node::isVisible);
        changed |= show(separator, anyHeadline);
        changed |= show(headlines, anyHeadline);
        changed |= show(overflow, shown < groups.size());
        if (changed) {
            headlines.requestLayout();
        }
        return changed;
    }

    private static boolean show(Node n, boolean visible) {
        if (n.isVisible() == visible && n.isManaged() == visible) {
            return false;
        }
        n.setVisible(visible);
        n.setManaged(visible);
        return true;
    }

    private Node step() {
        return getChildren().get(1);
    }

    private Node reset() {
        return getChildren().get(2);
    }

    /** The overflow menu: one entry (or a submenu) per hidden control, showing its state now. */
    private void fillOverflow() {
        filledFor = overflowing();
        List<MenuItem> items = new ArrayList<>();
        for (Node g : overflowing()) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            if (g == speedBox) {
                Menu m = new Menu("Speed");
                m.setId("overflow-speed");
                ToggleGroup tg = new ToggleGroup();
                for (int i = 0; i < SPEEDS.length; i++) {
                    int index = i;
                    RadioMenuItem item = new RadioMenuItem(speedText(SPEEDS[i]));
                    item.setToggleGroup(tg);
                    item.setSelected(Math.round(speed.getValue()) == i);
                    item.setOnAction(e -> speed.setValue(index));
                    m.getItems().add(item);
                }
                items.add(m);
            } else if (g instanceof MenuButton mb) {
                Menu m = new Menu(mb.getText());
                m.setId("overflow-" + mb.getId());
                ToggleGroup tg = new ToggleGroup();
                for (MenuItem orig : mb.getItems()) {
                    if (orig instanceof SeparatorMenuItem) {
                        m.getItems().add(new SeparatorMenuItem());
                    } else {
                        RadioMenuItem item = new RadioMenuItem(orig.getText());
                        item.setId("overflow-" + orig.getId());
                        item.setToggleGroup(tg);
                        item.setSelected(orig instanceof RadioMenuItem r && r.isSelected());
                        item.setOnAction(e -> {
                            if (orig instanceof RadioMenuItem r) {
                                r.setSelected(true);
                            }
                            orig.fire();
                        });
                        m.getItems().add(item);
                    }
                }
                items.add(m);
            } else {
                String caption = g.lookup(".headline-caption") instanceof Label l ? l.getText() + ": " : "";
                for (Node b : g.lookupAll(".toggle-button")) {
                    if (b instanceof ToggleButton t) {
                        CheckMenuItem item = new CheckMenuItem(caption + t.getText());
                        item.setId("overflow-" + t.getId());
                        item.setSelected(t.isSelected());
                        item.setDisable(t.isDisabled());
                        item.setOnAction(e -> t.fire());
                        items.add(item);
                    }
                }
            }
        }
        overflow.getItems().setAll(items);
    }

    /**
     * Keys [ and ]: the Speed slider one notch slower (-1) or faster (+1), within its ends; the run follows the
     * slider. Says the speed it is at now, for the status bar.
     */
    String changeSpeed(int notches) {
        speed.setValue(Math.max(speed.getMin(), Math.min(speed.getMax(), Math.round(speed.getValue()) + notches)));
        return "Speed: " + speedText(SPEEDS[(int) Math.round(speed.getValue())]);
    }

    /** The speed the slider is at, in training steps per frame (tests). */
    int speedStepsPerFrame() {
        return SPEEDS[(int) Math.round(speed.getValue())];
    }

    private static String speedText(int stepsPerFrame) {
        return stepsPerFrame == EngineRunController.FULL_SPEED ? "full speed" : stepsPerFrame + " steps/frame";
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPrefHeight(40);
        return s;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("run-button");
        b.setTooltip(tip(tip));
        return b;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
