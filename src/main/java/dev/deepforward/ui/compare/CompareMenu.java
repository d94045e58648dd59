package dev.deepforward.ui.compare;

import dev.deepforward.ui.Icons;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The toolbar's Compare control: one run, one of the four headline comparisons ("Activation: sigmoid vs
 * ReLU"), or variants defined by hand. It shows which comparison is on, and follows the mode when the C
 * key switches it.
 */
public final class CompareMenu extends MenuButton {

    private final CompareMode mode;
    private final RadioMenuItem off = new RadioMenuItem("One run (no comparison)");
    private final RadioMenuItem custom = new RadioMenuItem("Custom variants…");
    private final Map<HeadlineToggle, RadioMenuItem> byToggle = new EnumMap<>(HeadlineToggle.class);

    public CompareMenu(CompareMode mode) {
        this.mode = mode;
        setId("compare-button");
        getStyleClass().add("run-button");
        setGraphic(Icons.compare());
        Tooltip tip = new Tooltip("Train 2–4 variants side by side: same data, same seed (C switches it on and off)");
        tip.setShowDelay(Duration.millis(300));
        setTooltip(tip);
        ToggleGroup group = new ToggleGroup();
        off.setId("compare-off");
        off.setToggleGroup(group);
        off.setOnAction(e -> mode.off());
        getItems().add(off);
        getItems().add(new SeparatorMenuItem());
        for (HeadlineToggle t : HeadlineToggle.values()) {
            RadioMenuItem item = new RadioMenuItem(t.menuText());
            item.setId("compare-" + t.name().toLowerCase().replace('_', '-'));
            item.setToggleGroup(group);
            item.setOnAction(e -> mode.compare(t));
            byToggle.put(t, item);
            getItems().add(item);
        }
        getItems().add(new SeparatorMenuItem());
        custom.setId("compare-custom");
        custom.setToggleGroup(group);
        custom.setOnAction(e -> editCustom());
        getItems().add(custom);
        mode.planProperty().addListener((o, a, p) -> show(p));
        show(mode.plan());
    }

    private void editCustom() {
        VariantDialog dialog = new VariantDialog(mode.plan() != null ? mode.plan() : mode.lastPlan(), mode.base());
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresentOrElse(mode::set, () -> show(mode.plan()));
    }

    private void show(ComparePlan p) {
        if (p == null) {
            off.setSelected(true);
            setText("Compare");
            getStyleClass().remove("comparing");
        } else {
            (p.toggle() == null ? custom : byToggle.get(p.toggle())).setSelected(true);
            setText("Comparing: " + String.join(" vs ", p.choices().stream().map(VariantChoice::name).toList()));
            if (!getStyleClass().contains("comparing")) {
                getStyleClass().add("comparing");
            }
        }
    }

    /** The item for tests: "compare-activation", "compare-off", … */
    public MenuItem item(String id) {
        return getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
