package dev.deepforward.ui.inspector;

import dev.deepforward.ui.model.Numbers;
import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A slider over decades (for the learning rate): equal travel for 0.001 → 0.01 and 0.1 → 1, which is
 * how learning rates are explored. It snaps to 1, 2, 3 and 5 of each decade so values read cleanly.
 */
final class LogSlider extends HBox {

    private static final double[] MANTISSAS = {1, 2, 3, 5};

    private final Slider slider;
    private final Label value = new Label();
    private DoubleConsumer onCommit = v -> { };
    private boolean syncing;

    LogSlider(String id, double min, double max) {
        slider = new Slider(Math.log10(min), Math.log10(max), Math.log10(min));
        slider.setId(id);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(0.1);
        value.setMinWidth(52);
        value.setId(id + "-value");
        value.getStyleClass().add("slider-value");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(slider, value);
        slider.valueProperty().addListener((o, a, v) -> {
            value.setText(Numbers.compact(current()));
            if (!syncing && !slider.isValueChanging()) {
                onCommit.accept(current());
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
        return snap(Math.pow(10, slider.getValue()));
    }

    static double snap(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        double best = decade;
        for (double m : MANTISSAS) {
            if (Math.abs(Math.log10(m * decade) - Math.log10(v)) < Math.abs(Math.log10(best) - Math.log10(v))) {
                best = m * decade;
            }
        }
        if (Math.abs(Math.log10(10 * decade) - Math.log10(v)) < Math.abs(Math.log10(best) - Math.log10(v))) {
            best = 10 * decade;
        }
        // Round away binary noise (0.30000000000000004).
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", best));
    }

    void set(double v) {
        syncing = true;
        try {
            slider.setValue(Math.log10(v));
            value.setText(Numbers.compact(v));
        } finally {
            syncing = false;
        }
    }

    void setOnCommit(DoubleConsumer c) {
        this.onCommit = c;
    }
}
