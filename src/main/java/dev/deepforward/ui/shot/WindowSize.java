package dev.deepforward.ui.shot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code --size WxH} of an offscreen window, as the {@code screenshot} and {@code lesson report} commands take it. */
public record WindowSize(int width, int height) {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})[xX×](\\d{3,5})");

    /**
     * Parses {@code text} such as {@code 1600x1000}.
     *
     * @throws IllegalArgumentException with a message for the user when it is malformed or out of range
     */
    public static WindowSize parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--size must look like 1600x1000 (width x height in pixels, 640x400"
                    + " to 7680x4320), found '" + text + "'");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 640 || h < 400 || w > 7680 || h > 4320) {
            throw new IllegalArgumentException("--size must be between 640x400 and 7680x4320, found " + w + "x" + h);
        }
        return new WindowSize(w, h);
    }
}
