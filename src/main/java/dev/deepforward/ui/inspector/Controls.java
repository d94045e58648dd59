package dev.deepforward.ui.inspector;

import dev.deepforward.spec.Choice;
import dev.deepforward.ui.NumberEntry;
import dev.deepforward.ui.model.Numbers;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import javafx.util.Duration;

/** Factories for the inspector's controls, so every combo and spinner behaves the same way. */
final class Controls {

    private Controls() {
    }

    /** A combo of choices showing display names, with each choice's explanation as its tooltip. */
    static <E extends Enum<E> & Choice> ComboBox<E> choices(String id, E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(E e) { return e == null ? "" : e.displayName(); }
            @Override public E fromString(String s) { return null; }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.displayName());
                setTooltip(empty || item == null ? null : tip(item.explanation()));
            }
        });
        Tooltip selectedTip = tip("");
        box.valueProperty().addListener((o, a, v) -> selectedTip.setText(v == null ? "" : v.explanation()));
        box.setTooltip(selectedTip);
        return box;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setShowDelay(Duration.millis(250));
        return t;
    }

    /**
     * An editable integer spinner. Callers pass the spec validator's bounds, so the field itself refuses
     * what the network check would reject. Text outside the bounds or not a number is marked and never
     * committed ({@link NumberEntry}).
     */
    static Spinner<Integer> ints(String id, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min, step));
        NumberEntry.integers(s);
        finish(s, id);
        return s;
    }

    static Spinner<Double> doubles(String id, double min, double max, double step) {
        Spinner<Double> s = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, min, step));
        NumberEntry.decimals(s, Numbers::compact);
        finish(s, id);
        return s;
    }

    /** A spinner for a value above 0 and at most {@code max}; the arrows step 1, 2, 3, 5 per decade. */
    static Spinner<Double> positive(String id, double max) {
        Spinner<Double> s = new Spinner<>();
        NumberEntry.positive(s, max, Numbers::compact);
        finish(s, id);
        return s;
    }

    // Spinner itself commits typed text on Enter and when focus leaves (a student who types 32 and clicks
    // away expects 32); NumberEntry keeps text that is not a value out of both.
    private static void finish(Spinner<?> s, String id) {
        s.setId(id);
        s.setMaxWidth(Double.MAX_VALUE);
        s.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
    }

    /** Runs {@code sink} for values a person sets, not for values the panel writes while syncing. */
    static <T> void onUserChange(javafx.beans.value.ObservableValue<T> value, Guard guard, Consumer<T> sink) {
        value.addListener((o, a, v) -> {
            if (!guard.syncing() && v != null) {
                sink.accept(v);
            }
        });
    }

    /** Set while a panel copies the model into its controls, so the echo makes no edits. */
    static final class Guard {
        private int depth;

        boolean syncing() {
            return depth > 0;
        }

        void run(Runnable r) {
            depth++;
            try {
                r.run();
            } finally {
                depth--;
            }
        }
    }
}
