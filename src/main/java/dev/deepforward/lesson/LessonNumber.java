package dev.deepforward.lesson;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's number as a reader sees it, the same on its catalogue card, in the window's title and in
 * {@code lesson list}: its {@code order}, with the letter its file name adds to that number when two
 * lessons share it ({@code 02b-forward-and-backward-pass.json}, order 2: "2b", beside lesson "2").
 */
public final class LessonNumber {

    /** A file name that starts with the number and a letter: "02b-…", "2a_…", "12c.json". */
    private static final Pattern LETTERED = Pattern.compile("^0*(\\d{1,7})([a-z])(?:[-_. ].*)?$");

    private LessonNumber() {
    }

    /** The number of {@code lesson} read from {@code file} (may be null); "" when it has no order. */
    public static String of(Path file, Lesson lesson) {
        if (lesson.order() == null) {
            return "";
        }
        String number = String.valueOf(lesson.order());
        Path name = file == null ? null : file.getFileName();
        if (name != null) {
            Matcher m = LETTERED.matcher(name.toString().toLowerCase(Locale.ROOT));
            if (m.matches() && Integer.parseInt(m.group(1)) == lesson.order()) {
                return number + m.group(2);
            }
        }
        return number;
    }
}
