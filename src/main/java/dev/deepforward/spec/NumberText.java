package dev.deepforward.spec;

import java.util.function.DoublePredicate;
import java.util.regex.Pattern;

/**
 * A number as a person types it into a field, with one rule for the comma everywhere in the window.
 *
 * <ul>
 *   <li>A comma that cannot be a thousands separator ("0,05", "1,5", "0,0001", "2,50") is a decimal comma:
 *       many people write decimals that way, so it reads as 0.05, 1.5, 0.0001, 2.5.</li>
 *   <li>A comma that can only be grouping ("1,000,000", "1,000.5") is grouping.</li>
 *   <li>A comma that can be either ("1,000", "12,500") is grouping in a whole-number field, and refused in a
 *       field that takes fractions, with a message that offers both readings: never a silent 1000× mistake.</li>
 * </ul>
 *
 * A {@link Reading} says which rule applied, so the field and the status line can show what was understood.
 */
public final class NumberText {

    /** How a comma in the text was taken. */
    public enum Comma { NONE, DECIMAL, GROUPING }

    /** The value read and how its comma (if any) was taken. */
    public record Reading(double value, Comma comma) {
    }

    private static final Pattern EXPONENT = Pattern.compile("(?i)^(.*?)(e[+-]?\\d+)$");
    private static final Pattern GROUPED = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

    private NumberText() {
    }

    /**
     * Reads {@code text}; {@code whole} says the field takes whole numbers only (there an ambiguous comma is
     * grouping).
     *
     * @return the reading, or null when the text is no number at all
     * @throws IllegalArgumentException when a comma could be read two ways in a field that takes fractions;
     *     the message (without the field's name) offers both readings
     */
    public static Reading read(String text, boolean whole) {
        return read(text, whole, v -> true, null);
    }

    /**
     * As {@link #read(String, boolean)}, for a field that takes only values {@code fits} accepts, described by
     * {@code rule} ("a number from 0 to 0.5"): the message for a comma read two ways offers only the readings
     * that fit, or says that neither does.
     */
    public static Reading read(String text, boolean whole, DoublePredicate fits, String rule) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf(',') < 0) {
            Double v = plain(t);
            return v == null ? null : new Reading(v, Comma.NONE);
        }
        var e = EXPONENT.matcher(t);
        String mantissa = e.matches() ? e.group(1) : t;
        String exponent = e.matches() ? e.group(2) : "";
        boolean grouping = GROUPED.matcher(mantissa).matches();
        boolean decimal = DECIMAL_COMMA.matcher(mantissa).matches();
        if (grouping && decimal && !whole) {
            String asGrouping = mantissa.replace(",", "") + exponent;
            String asDecimal = mantissa.replace(',', '.') + exponent;
            String both = "'" + text.strip() + "' could be " + asGrouping + " or " + asDecimal;
            boolean groupingFits = fitting(asGrouping, fits);
            boolean decimalFits = fitting(asDecimal, fits);
            if (groupingFits && decimalFits || rule == null) {
                throw new IllegalArgumentException(both + ": write " + asGrouping + " without the comma, or "
                        + asDecimal + " with a point");
            }
            if (groupingFits) {
                throw new IllegalArgumentException(both + ", and only " + asGrouping + " is " + rule + ": write "
                        + asGrouping + " without the comma");
            }
            if (decimalFits) {
                throw new IllegalArgumentException(both + ", and only " + asDecimal + " is " + rule + ": write "
                        + asDecimal + " with a point");
            }
            throw new IllegalArgumentException(both + ", and neither is " + rule);
        }
        if (grouping) {
            Double v = plain(mantissa.replace(",", "") + exponent);
            return v == null ? null : new Reading(v, Comma.GROUPING);
        }
        if (decimal) {
            Double v = plain(mantissa.replace(',', '.') + exponent);
            return v == null ? null : new Reading(v, Comma.DECIMAL);
        }
        return null;
    }

    private static boolean fitting(String t, DoublePredicate fits) {
        Double v = plain(t);
        return v != null && Double.isFinite(v) && fits.test(v);
    }

    /** Plain digits, a point, a sign and an exponent; never "NaN", "Infinity" or hex that Java also reads. */
    private static Double plain(String t) {
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * What was understood, for the status line, when a comma was read ("'0,05' read as 0.05 (decimal comma)");
     * null when the text had no comma to explain.
     */
    public static String understood(String text, Reading r, String shown) {
        if (r == null || r.comma() == Comma.NONE) {
            return null;
        }
        return "'" + text.strip() + "' read as " + shown
                + (r.comma() == Comma.DECIMAL ? " (decimal comma)" : " (thousands separator)");
    }
}
