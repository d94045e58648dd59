package dev.deepforward.claims;

import dev.deepforward.lesson.Claim;

/**
 * The outcome of one claim of a lesson.
 *
 * @param lessonId the lesson's id
 * @param step     the step's number, from 1
 * @param claim    the claim as written
 * @param passed   whether it held on every seed it names
 * @param measured what was measured: {@code measured <left> vs <right>}, for the failing seed when one failed
 */
public record ClaimResult(String lessonId, int step, Claim claim, boolean passed, String measured) {

    /** {@code PASS|FAIL <lesson-id>/<step>: <claim text> (measured <left> vs <right…>)}, on one line. */
    public String line() {
        String text = claim.text() == null ? "" : claim.text().strip().replaceAll("\\s*\\R\\s*", " ");
        return (passed ? "PASS " : "FAIL ") + lessonId + "/" + step + ": " + text + " (" + measured + ")";
    }
}
