package dev.deepforward.spec;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/**
 * A whole number as a person types it on a command line ("1000", "1_000", "1e6"), in a range: every numeric
 * option of every command reads through here, so a number too large for its type says the same plain range
 * as one just past the bound ("'99999999999' is out of range: a whole number from 1 to 200").
 */
public final class WholeNumberText {

    private WholeNumberText() {
    }

    /**
     * {@code text} as a whole number from {@code min} to {@code max}; otherwise {@code failure} applied to a
     * message that quotes the text and says the range is thrown.
     */
    public static long parse(String text, long min, long max, Function<String, ? extends RuntimeException> failure) {
        String range = "a whole number from " + String.format(Locale.ROOT, "%,d", min) + " to "
                + String.format(Locale.ROOT, "%,d", max);
        BigDecimal n;
        try {
            n = new BigDecimal(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw failure.apply("'" + text + "' is not " + range);
        }
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            throw failure.apply("'" + text + "' is not " + range);
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw failure.apply("'" + text + "' is out of range: " + range);
        }
        return n.longValueExact();
    }
}
