package dev.deepforward.ui.views;

import dev.deepforward.ui.ChoiceArrows;
import dev.deepforward.ui.chart.SeriesStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;

/**
 * Which variant of a side-by-side run a per-variant view (Layers, Neurons) shows: "Variant shown:" and one
 * button per variant, "A: small", each with its letter on a chip of the variant's colour (the colour of its
 * curves), so it never relies on colour alone. Left/Right arrow keys move the choice; Tab reaches it.
 * Several pickers can share one choice (one per tab).
 */
final class VariantPicker extends FlowPane {

    static final String CAPTION = "Variant shown:";

    private final String idPrefix;
    private final IntegerProperty chosen;
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private boolean updating;

    /**
     * @param idPrefix "layers" gives the node id "layers-variant-picker" and buttons "layers-variant-A" …
     * @param chosen   the shared choice: index of the variant shown (0 = A)
     */
    VariantPicker(String idPrefix, IntegerProperty chosen) {
        super(6, 4);
        this.idPrefix = idPrefix;
        this.chosen = chosen;
        setId(idPrefix + "-variant-picker");
        getStyleClass().addAll("variant-picker", ChoiceArrows.STYLE_CLASS); // its arrows are its own
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-padding: 0 0 6 0;");
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (updating) {
                return;
            }
            if (now == null) { // a click on the chosen button: keep it chosen
                if (was != null) {
                    updating = true;
                    group.selectToggle(was);
                    updating = false;
                }
                return;
            }
            chosen.set(buttons.indexOf((ToggleButton) now));
        });
        chosen.addListener((o, was, now) -> select(now.intValue()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::arrows);
        setVariants(List.of());
    }

    /** The comparison's variants' names in order (A first); with fewer than two there is nothing to choose. */
    void setVariants(List<String> names) {
        updating = true;
        try {
            buttons.clear();
            group.getToggles().clear();
            Label caption = new Label(CAPTION);
            caption.setId(idPrefix + "-variant-caption");
            caption.setMinWidth(Control.USE_PREF_SIZE);
            caption.setStyle("-fx-font-weight: bold;");
            List<javafx.scene.Node> children = new ArrayList<>();
            children.add(caption);
            for (int i = 0; i < names.size(); i++) {
                String letter = letter(i);
                String text = names.get(i).isBlank() ? letter : letter + ": " + names.get(i);
                ToggleButton b = new ToggleButton(text);
                b.setId(idPrefix + "-variant-" + letter);
                b.setToggleGroup(group);
                b.setGraphic(chip(i));
                b.setMinWidth(Control.USE_PREF_SIZE);
                b.setTooltip(new Tooltip("Show variant " + text + " in this tab (Left/Right arrows choose another)"));
                b.setAccessibleText("Show variant " + text);
                // the chosen one also in bold: its pressed look alone is faint on the light theme
                b.styleProperty().bind(javafx.beans.binding.Bindings.when(b.selectedProperty())
                        .then("-fx-font-weight: bold;").otherwise(""));
                buttons.add(b);
                children.add(b);
            }
            getChildren().setAll(children);
            boolean choice = names.size() > 1;
            setVisible(choice);
            setManaged(choice);
            select(chosen.get());
        } finally {
            updating = false;
        }
    }

    private void select(int i) {
        if (i < 0 || i >= buttons.size()) {
            return;
        }
        boolean was = updating;
        updating = true;
        group.selectToggle(buttons.get(i));
        updating = was;
    }

    private void arrows(KeyEvent e) {
        int step = e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP ? -1
                : e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN ? 1 : 0;
        if (step == 0 || buttons.isEmpty()) {
            return;
        }
        int next = Math.floorMod(chosen.get() + step, buttons.size());
        chosen.set(next);
        buttons.get(next).requestFocus();
        e.consume();
    }

    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    /** The variant's letter on a square of its colour (the Okabe–Ito colour its curves have). */
    private static Label chip(int i) {
        Color c = SeriesStyle.compare(i).colour();
        Label chip = new Label(letter(i));
        chip.getStyleClass().add("variant-chip");
        boolean light = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() > 0.55;
        chip.setStyle("-fx-background-color: " + web(c) + "; -fx-background-radius: 3; -fx-padding: 0 4 0 4;"
                + " -fx-font-weight: bold; -fx-text-fill: " + (light ? "black" : "white") + ";");
        chip.setMinWidth(Control.USE_PREF_SIZE);
        return chip;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** The buttons, A first (tests and the window's look). */
    List<ToggleButton> buttons() {
        return List.copyOf(buttons);
    }

    Toggle selected() {
        return group.getSelectedToggle();
    }
}
