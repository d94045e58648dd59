package dev.deepforward.ui.inspector;

import dev.deepforward.ui.NumberEntry;
import dev.deepforward.ui.model.Numbers;
import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Spinner;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;

/**
 * A slider over decades (for the learning rate): equal travel for 0.001 → 0.01 and 0.1 → 1, which is
 * how learning rates are explored. It snaps to 1, 2, 3 and 5 of each decade so values read cleanly; the
 * number field beside it takes any value the spec allows (0.0007), typed like every other number field.
 */
final class LogSlider extends VBox {

    private final Slider slider;
    private final Spinner<Double> value = new Spinner<>();
    private DoubleConsumer onCommit = v -> { };
    private boolean syncing;

    /**
     * @param id    the slider's id; the field's is {@code id + "-field"}
     * @param name  names the field in messages about what was typed
     * @param limit the largest value the spec allows (the field's bound; the slider stops at {@code max})
     */
    LogSlider(String id, String name, double min, double max, double limit) {
        slider = new Slider(Math.log10(min), Math.log10(max), Math.log10(min));
        slider.setId(id);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(0.1);
        NumberEntry.positive(value, limit, LogSlider::plain);
        value.setId(id + "-field");
        value.setAccessibleText(name);
        value.setMaxWidth(Double.MAX_VALUE);
        value.getEditor().setPrefColumnCount(6);
        value.getStyleClass().add("slider-value");
        // The field under the slider: the inspector's column is too narrow for both side by side.
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        slider.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(slider, value);
        slider.valueProperty().addListener((o, a, v) -> {
            if (syncing) {
                return;
            }
            show(current()); // the field follows a drag
            if (!slider.isValueChanging()) {
                onCommit.accept(current());
            }
        });
        value.valueProperty().addListener((o, a, v) -> {
            if (!syncing && v != null) {
                onCommit.accept(v);
            }
        });
        slider.valueChangingProperty().addListener((o, was, is) -> {
            if (!is && !syncing) {
                onCommit.accept(current());
            }
        });
    }

    /** The slider's value snapped to 1, 2, 3 or 5 times a power of ten. */
    double current() {
        return NumberEntry.nearestRung(Math.pow(10, slider.getValue()));
    }

    void set(double v) {
        syncing = true;
        try {
            slider.setValue(Math.log10(v));
            value.getValueFactory().setValue(v);
        } finally {
            syncing = false;
        }
    }

    private void show(double v) {
        syncing = true;
        try {
            value.getValueFactory().setValue(v);
        } finally {
            syncing = false;
        }
    }

    /** A rate as a person writes it: 0.0007 rather than 7e-4 (scientific only below 10⁻⁶). */
    static String plain(Double v) {
        if (v == null) {
            return "";
        }
        if (v < 1e-6) {
            return Numbers.compact(v);
        }
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    }

    void setOnCommit(DoubleConsumer c) {
        this.onCommit = c;
    }
}
