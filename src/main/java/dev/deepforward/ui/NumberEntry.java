package dev.deepforward.ui;

import dev.deepforward.spec.NumberText;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Typing into the window's fields: which controls own the keyboard, and how a spinner takes typed text.
 *
 * <p>An editable {@link Spinner} (or combo box) is itself the focus owner while its text field shows the
 * caret, so a window-wide shortcut filter that only asks "is a text field focused?" fires S, C, R, H and
 * 1–4 in the middle of "32". {@link #isTyping} answers for every kind of editable control.
 *
 * <p>A spinner set up here takes text strictly: text that does not parse, or lies outside the spinner's
 * range, is marked on the field at once (style class {@value #INVALID}, dashed border and a tooltip
 * saying why) and never reaches the value — Enter keeps it for fixing, Esc and focus loss put the current
 * value back, the latter with a short {@link Notice} for the status bar. Enter commits a valid value.
 */
public final class NumberEntry {

    /** The style class of a field whose text would not be accepted. */
    public static final String INVALID = "entry-invalid";

    private NumberEntry() {
    }

    /** Whether {@code focus} (a scene's focus owner) takes typed keys as text. */
    public static boolean isTyping(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) {
                return t.isEditable();
            }
            if (n instanceof Spinner<?> s) {
                return s.isEditable();
            }
            if (n instanceof ComboBoxBase<?> c) {
                return c.isEditable();
            }
        }
        return false;
    }

    /**
     * Whether {@code focus} is in a number field of ours ({@link #install}) that holds no typing of its own:
     * its text is the value it shows, as after Enter committed it. A space is never part of a number, so
     * there Space may go to Play/Pause instead of into the field.
     */
    public static boolean isSettledNumber(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof Spinner<?> s) {
                return isInstalled(s) && settled(s);
            }
        }
        return false;
    }

    private static <T> boolean settled(Spinner<T> s) {
        SpinnerValueFactory<T> f = s.getValueFactory();
        return f != null && Objects.equals(s.getEditor().getText(), f.getConverter().toString(f.getValue()));
    }

    /**
     * Drops text typed into the spinner or field that owns {@code focus} but not yet committed, so an undo
     * that follows acts on the document and the field shows the document's value.
     */
    public static void discardTyping(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof Spinner<?> s) {
                s.cancelEdit();
                return;
            }
        }
    }

    /** Whether {@code s} takes its text through {@link #install} already. */
    public static boolean isInstalled(Spinner<?> s) {
        return s.getProperties().containsKey(NumberEntry.class);
    }

    /**
     * A whole-number spinner: digits (and thousands commas, {@link NumberText}) within the spinner's range. Messages name the
     * field by its accessible text (the form sets it to the row's label).
     */
    public static void integers(Spinner<Integer> s) {
        var f = (SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory();
        install(s, () -> "a whole number from " + f.getMin() + " to " + f.getMax(),
                text -> wholeNumber(text, f.getMin(), f.getMax()), v -> Integer.toString(v));
    }

    /** The whole number {@code text} says (a comma read as in every field), or null if it is none in [min, max]. */
    public static Integer wholeNumber(String text, int min, int max) {
        NumberText.Reading r = NumberText.read(text, true);
        if (r == null || r.value() != Math.rint(r.value())) {
            return null;
        }
        return r.value() >= min && r.value() <= max ? (int) r.value() : null;
    }

    /**
     * A decimal spinner within the spinner's range, shown with {@code show}. A decimal comma reads as a point
     * ("0,05" is 0.05); a comma that could also be grouping ("1,000") is refused with both readings.
     */
    public static void decimals(Spinner<Double> s, Function<Double, String> show) {
        var f = (SpinnerValueFactory.DoubleSpinnerValueFactory) s.getValueFactory();
        Supplier<String> rule = () -> "a number from " + show.apply(f.getMin()) + " to " + show.apply(f.getMax());
        install(s, rule, text -> {
            NumberText.Reading r = NumberText.read(text, false, v -> v >= f.getMin() && v <= f.getMax(), rule.get());
            double v = r == null ? Double.NaN : r.value();
            return Double.isFinite(v) && v >= f.getMin() && v <= f.getMax() ? v : null;
        }, show);
    }

    /**
     * A decimal spinner for a value above 0 and at most {@code max} (a learning rate, a clipping
     * threshold): typed text takes any such value (0.0007), the arrows step along 1, 2, 3, 5 of each decade.
     */
    public static void positive(Spinner<Double> s, double max, Function<Double, String> show) {
        s.setValueFactory(new Ladder(max));
        Supplier<String> rule = () -> "a number above 0 and at most " + show.apply(max);
        install(s, rule, text -> {
            NumberText.Reading r = NumberText.read(text, false, v -> v > 0 && v <= max, rule.get());
            double v = r == null ? Double.NaN : r.value();
            return Double.isFinite(v) && v > 0 && v <= max ? v : null;
        }, show);
    }

    /**
     * {@code v} snapped to 1, 2, 3 or 5 times a power of ten, the rungs {@link #positive} spinners step
     * along (a log slider snaps to the same rungs).
     */
    public static double nearestRung(double v) {
        return Ladder.nearest(v);
    }

    /** Steps through 1, 2, 3 and 5 times a power of ten, from 10⁻⁶ up to a maximum. */
    static final class Ladder extends SpinnerValueFactory<Double> {

        private static final double[] MANTISSAS = {1, 2, 3, 5};
        private static final double LOWEST = 1e-6;
        private final double max;

        Ladder(double max) {
            this.max = max;
            setValue(1.0);
        }

        @Override
        public void decrement(int steps) {
            for (int i = 0; i < steps; i++) {
                double below = LOWEST;
                for (double v = LOWEST; v < getValue() * (1 - 1e-9); v = next(v)) {
                    below = v;
                }
                setValue(Math.min(getValue(), below));
            }
        }

        @Override
        public void increment(int steps) {
            for (int i = 0; i < steps; i++) {
                double v = LOWEST;
                while (v <= getValue() * (1 + 1e-9) && v < max) {
                    v = next(v);
                }
                setValue(Math.min(max, Math.max(getValue(), v)));
            }
        }

        /** The rung nearest {@code v} (nearest on a log scale), which may be the next decade's 1. */
        static double nearest(double v) {
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

        /** The ladder's next rung above {@code v} (a rung itself). */
        static double next(double v) {
            double decade = Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
            double m = v / decade;
            for (double k : MANTISSAS) {
                if (k > m + 1e-9) {
                    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", k * decade));
                }
            }
            return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", 10 * decade));
        }
    }

    /**
     * Any spinner: {@code parse} gives the value of a text or {@code null} when the text is not acceptable
     * ({@code rule} says what is, in words); {@code show} writes a value back as text.
     */
    public static <T> void install(Spinner<T> s, Supplier<String> rule, Function<String, T> parse,
            Function<T, String> show) {
        SpinnerValueFactory<T> f = s.getValueFactory();
        s.getProperties().put(NumberEntry.class, Boolean.TRUE);
        // Spinner commits through its converter on Enter and on focus loss. Bad text converts to the
        // current value, so that commit changes nothing; the field keeps the text until it is fixed or
        // reverted below.
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : show.apply(v);
            }

            @Override
            public T fromString(String text) {
                // Text that shows the current value is the current value: re-reading "0.123" shown for
                // 0.1234 on every focus loss would round the document behind the person's back.
                if (text == null || text.equals(toString(f.getValue()))) {
                    return f.getValue();
                }
                T v = attempt(parse, text).value();
                if (v == null) {
                    return f.getValue();
                }
                if (text.indexOf(',') >= 0) {
                    // A comma could mean two things: the status line says which it was taken as (the field
                    // shows the value as the window writes it, with a point).
                    s.fireEvent(new Notice(what(s) + ": " + understood(text, v, show.apply(v)), s));
                }
                return v;
            }
        });
        s.setEditable(true);
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
        Tooltip[] usual = {null};
        Tooltip problem = new Tooltip();
        problem.setWrapText(true);
        problem.setMaxWidth(320);
        s.getEditor().textProperty().addListener((o, a, text) -> {
            Attempt<T> tried = text == null || text.equals(f.getConverter().toString(f.getValue())) ? null : attempt(parse, text);
            boolean bad = tried != null && tried.value() == null;
            boolean was = s.getStyleClass().contains(INVALID);
            mark(s, bad);
            if (was && !bad) {
                // Fixed, or put back by Esc: a message about this field's bad text is no longer true.
                s.fireEvent(Notice.resolved(s));
            }
            if (bad) {
                problem.setText(what(s) + ": " + why(tried, text, rule) + ". Enter keeps it for fixing; Esc puts "
                        + f.getConverter().toString(f.getValue()) + " back.");
                if (s.getTooltip() != problem) {
                    usual[0] = s.getTooltip();
                    s.setTooltip(problem);
                }
            } else if (s.getTooltip() == problem) {
                s.setTooltip(usual[0]);
            }
        });
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean bad = s.getStyleClass().contains(INVALID);
            if (e.getCode() == KeyCode.ENTER && bad) {
                e.consume(); // never committed: the text stays, marked, for the person to fix
                String text = s.getEditor().getText();
                s.fireEvent(new Notice(what(s) + ": " + why(attempt(parse, text), text, rule), s));
            } else if (e.getCode() == KeyCode.ESCAPE && !Objects.equals(s.getEditor().getText(),
                    f.getConverter().toString(f.getValue()))) {
                s.cancelEdit();
                e.consume(); // Esc reverted the text; it does nothing else this time
            }
        });
        // Spinner's own focus listener (registered first) has committed valid text by now.
        s.focusedProperty().addListener((o, was, is) -> {
            if (!is && s.getStyleClass().contains(INVALID)) {
                String typed = s.getEditor().getText();
                String why = why(attempt(parse, typed), typed, rule);
                s.cancelEdit();
                s.fireEvent(new Notice(what(s) + ": " + why + "; kept " + f.getConverter().toString(f.getValue()), s));
            }
        });
    }

    /** What a parse made of a text: the value, or null and (when the parse said why) a message. */
    private record Attempt<T>(T value, String problem) {
    }

    /** {@code parse} on {@code text}; a parse may refuse with its own message (an ambiguous comma). */
    private static <T> Attempt<T> attempt(Function<String, T> parse, String text) {
        try {
            return new Attempt<>(parse.apply(text), null);
        } catch (IllegalArgumentException e) {
            return new Attempt<>(null, e.getMessage());
        }
    }

    /**
     * "'0,05' read as 0.05 (decimal comma)": {@link NumberText#understood} on the text read again as the field
     * read it (a whole-number field, an Integer, takes an ambiguous "1,000" as grouping).
     */
    private static String understood(String text, Object v, String shown) {
        NumberText.Reading r;
        try {
            r = NumberText.read(text, v instanceof Integer);
        } catch (IllegalArgumentException e) {
            r = null;
        }
        String said = NumberText.understood(text, r, shown);
        return said != null ? said : "'" + text.strip() + "' read as " + shown;
    }

    private static String why(Attempt<?> tried, String text, Supplier<String> rule) {
        return tried != null && tried.problem() != null ? tried.problem() : "'" + text.strip() + "' is not " + rule.get();
    }

    private static void mark(Spinner<?> s, boolean bad) {
        if (bad && !s.getStyleClass().contains(INVALID)) {
            s.getStyleClass().add(INVALID);
        } else if (!bad) {
            s.getStyleClass().remove(INVALID);
        }
    }

    private static String what(Spinner<?> s) {
        String name = s.getAccessibleText();
        return name == null || name.isBlank() ? "This field" : name;
    }

    /**
     * A short message about typed text that was not taken (or a key that had nothing to do); it bubbles up
     * to the window's status bar.
     */
    public static final class Notice extends Event {

        public static final EventType<Notice> NOTICE = new EventType<>(Event.ANY, "ENTRY_NOTICE");

        private final String message;
        private final transient Object about;

        public Notice(String message) {
            this(message, null);
        }

        /** A message about {@code about} (a field): it goes when {@link #resolved} says that field is valid again. */
        public Notice(String message, Object about) {
            super(NOTICE);
            this.message = message;
            this.about = about;
        }

        /** The field {@code about} is valid again: its message, if still shown, is taken away. */
        public static Notice resolved(Object about) {
            return new Notice(null, Objects.requireNonNull(about));
        }

        /** The message, or null when this notice says a field's problem is gone. */
        public String message() {
            return message;
        }

        /** What the message is about (a field), or null. */
        public Object about() {
            return about;
        }

        public boolean isResolved() {
            return message == null;
        }
    }
}
