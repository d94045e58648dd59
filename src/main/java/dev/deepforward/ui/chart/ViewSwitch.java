package dev.deepforward.ui.chart;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * Two or more charts sharing one cell, with a small segmented switch ("Loss | Learning rate") in the
 * cell's top-right corner, on the charts' title row. Only the chosen chart is visible, and a hidden
 * chart does not repaint (see {@link CanvasChart}), so a second view costs no frame time while unseen.
 * Chosen by index, so several switches (one per variant) can follow one property.
 */
public final class ViewSwitch extends StackPane {

    private final List<CanvasChart> views;
    private final List<String> names;
    /** Shorter names for a narrow cell ("Loss | LR"), or the names themselves. */
    private List<String> shortNames;
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final ToggleGroup group = new ToggleGroup();
    private final HBox buttons = new HBox();

    /** @param idPrefix buttons get ids {@code idPrefix-0}, {@code idPrefix-1}, … for tests and keyboard users */
    /** Room kept between the charts' titles and the switch at draw scale 1 (with the switch's own margin). */
    private static final double TITLE_GAP = 20;
    /** The style class of the charts' small segmented switches' buttons (sized in em in workbench.css). */
    public static final String SMALL_SWITCH = "small-switch";

    public ViewSwitch(String idPrefix, List<String> names, List<CanvasChart> views) {
        if (names.size() != views.size() || views.size() < 2) {
            throw new IllegalArgumentException("one name per view, at least two views");
        }
        this.views = List.copyOf(views);
        this.names = List.copyOf(names);
        this.shortNames = this.names;
        getStyleClass().add("view-switch");
        setMinSize(0, 0);
        getChildren().addAll(views);
        for (int i = 0; i < names.size(); i++) {
            ToggleButton b = new ToggleButton(names.get(i));
            b.setId(idPrefix + "-" + i);
            b.setTooltip(new javafx.scene.control.Tooltip(names.get(i)));
            b.setToggleGroup(group);
            b.setFocusTraversable(true);
            // Small, so the switch fits the title row of the charts it sits on; in em (workbench.css), so
            // presenter mode's larger type scales it with the rest.
            b.getStyleClass().add(SMALL_SWITCH);
            int k = i;
            b.setOnAction(e -> {
                b.setSelected(true); // a segmented switch: clicking the chosen view keeps it chosen
                selected.set(k);
            });
            buttons.getChildren().add(b);
        }
        buttons.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        buttons.setPickOnBounds(false);
        StackPane.setAlignment(buttons, Pos.TOP_RIGHT);
        StackPane.setMargin(buttons, new Insets(4, 8, 0, 0));
        getChildren().add(buttons);
        buttons.widthProperty().addListener((o, a, w) -> views.forEach(v -> v.setTopRightReserve(w.doubleValue() + 12)));
        // In a narrow cell the switch would cover the chart's title: it steps aside until there is room
        // (the view shown stays; widening the window or H brings the switch back).
        widthProperty().addListener((o, a, w) -> fitButtons());
        buttons.widthProperty().addListener((o, a, w) -> fitButtons());
        selected.addListener((o, a, i) -> show(i.intValue()));
        show(0);
    }

    /**
     * Shorter names the switch wears when its whole names do not fit beside the chart's title, so a
     * narrow cell (both side panels and a lesson beside the charts) still draws it.
     */
    public void setShortNames(List<String> shortNames) {
        if (shortNames.size() != names.size()) {
            throw new IllegalArgumentException("one short name per view");
        }
        this.shortNames = List.copyOf(shortNames);
        fitButtons();
    }

    private boolean fitting;

    private void fitButtons() {
        if (fitting || getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            // Room beside the longest of the charts' titles, drawn at the charts' scale (presenter mode: larger).
            double reach = 0;
            for (CanvasChart v : views) {
                reach = Math.max(reach, v.titleReach());
            }
            double room = getWidth() - (reach + TITLE_GAP) * views.get(0).drawScale();
            setNames(names);
            if (buttons.prefWidth(-1) > room && shortNames != names) {
                setNames(shortNames);
            }
            buttons.setVisible(buttons.prefWidth(-1) <= room);
        } finally {
            fitting = false;
        }
    }

    private void setNames(List<String> which) {
        for (int i = 0; i < which.size(); i++) {
            ((ToggleButton) buttons.getChildren().get(i)).setText(which.get(i));
        }
    }

    /** Whether the switch is drawn (a cell too narrow for even its short names puts it away). */
    public boolean isSwitchShown() {
        return buttons.isVisible();
    }

    private void show(int index) {
        int k = Math.max(0, Math.min(views.size() - 1, index));
        for (int i = 0; i < views.size(); i++) {
            views.get(i).setVisible(i == k);
            views.get(i).markDirty();
        }
        ToggleButton b = (ToggleButton) buttons.getChildren().get(k);
        group.selectToggle(b);
    }

    /** The index of the chart shown; bind several switches to one property to switch them together. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public CanvasChart shownView() {
        return views.get(Math.max(0, Math.min(views.size() - 1, selected.get())));
    }
}
