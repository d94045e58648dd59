package dev.deepforward.ui.shell;

/**
 * What the window remembers between launches.
 *
 * @param width        window width
 * @param height       window height
 * @param maximized    whether it was maximized
 * @param theme        {@code light} or {@code dark}
 * @param leftDivider  position of the divider after the palette (0..1)
 * @param rightDivider position of the divider before the inspector (0..1)
 * @param chartDivider position of the divider between the designer and the charts (0..1)
 */
public record UiPrefs(double width, double height, boolean maximized, String theme, double leftDivider,
        double rightDivider, double chartDivider) {

    public static UiPrefs defaults() {
        return new UiPrefs(1500, 940, false, "light", 0.14, 0.75, 0.5);
    }

    /** These prefs with anything out of range (a hand-edited file) replaced by the default. */
    public UiPrefs sanitized() {
        UiPrefs d = defaults();
        return new UiPrefs(width >= 640 && width <= 10_000 ? width : d.width,
                height >= 480 && height <= 10_000 ? height : d.height, maximized,
                "dark".equals(theme) ? "dark" : "light",
                fraction(leftDivider, d.leftDivider), fraction(rightDivider, d.rightDivider),
                fraction(chartDivider, d.chartDivider));
    }

    private static double fraction(double v, double fallback) {
        return v > 0.02 && v < 0.98 ? v : fallback;
    }
}
