package dev.deepforward.claims;

/**
 * The outcome of one claim on one set of runs.
 *
 * @param passed   whether {@code left op right} held (for every layer, where the claim reads several)
 * @param left     the measured left side, as printed
 * @param right    the right side it was compared with, as printed (with the factor and margin worked out)
 * @param note     why it failed beyond the numbers (which layer, an undefined value, a failed run), or ""
 */
record Verdict(boolean passed, String left, String right, String note) {

    static Verdict unmeasurable(String why) {
        return new Verdict(false, "nothing", "anything", why);
    }

    /** {@code measured <left> vs <right>[; note]}. */
    String measured() {
        if (right.isEmpty()) { // a combination: its conditions' own lines
            return left + (note.isEmpty() ? "" : "; " + note);
        }
        return "measured " + left + " vs " + right + (note.isEmpty() ? "" : "; " + note);
    }
}
