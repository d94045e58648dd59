package dev.deepforward.ui.shell;

import dev.deepforward.ui.chart.ChartTheme;
import java.util.Objects;

/** The light and dark looks: a style sheet for the controls and the matching canvas colours. */
public enum Theme {
    LIGHT("light", "light.css", ChartTheme.LIGHT), DARK("dark", "dark.css", ChartTheme.DARK);

    private final String id;
    private final String sheet;
    private final ChartTheme chart;

    Theme(String id, String sheet, ChartTheme chart) {
        this.id = id;
        this.sheet = sheet;
        this.chart = chart;
    }

    public String id() { return id; }
    public ChartTheme chart() { return chart; }

    /** The shared structure sheet and this theme's colour sheet, as URLs for {@code Scene.getStylesheets()}. */
    public String[] stylesheets() {
        return new String[] {url("workbench.css"), url(sheet)};
    }

    public static Theme of(String id) {
        return "dark".equals(id) ? DARK : LIGHT;
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/dev/deepforward/ui/" + name), name).toExternalForm();
    }
}
