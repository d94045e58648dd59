package dev.deepforward.ui.presenter;

import dev.deepforward.ui.chart.ChartTheme;
import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * What presenter mode looks like. A projector washes out dark backgrounds, thin lines and mid-grey text,
 * and the back row sits ten metres away: so black on white, stronger lines and everything 1.75× larger.
 */
public final class PresenterLook {

    /** Text and chart scale in presenter mode; matches the 24.5 px root font of presenter.css (14 px × 1.75). */
    public static final double SCALE = 1.75;

    /**
     * Text and line scale inside the charts. A little less than {@link #SCALE}: the charts share the lower
     * part of the screen four to a row pair, and at 1.75× their axes and legends would leave a 1280×800
     * projector no room for the curves, which are what the back row has to see.
     */
    public static final double CHART_SCALE = 1.5;

    /** The smallest screen that gets the full {@link #SCALE}: a 1280 × 800 projector. */
    public static final double FULL_WIDTH = 1280;
    public static final double FULL_HEIGHT = 800;
    /** The least text scale, on a small screen (1024 × 700 gives 1.4). */
    public static final double MIN_SCALE = 1.3;

    /**
     * The text scale for a screen {@code width} × {@code height}: {@link #SCALE} from 1280 × 800 up, less on a
     * smaller screen in proportion to the side that is short (1024 × 700: 1.4), so that the network, the
     * gradient charts and the loss still share the screen. Never below {@link #MIN_SCALE}.
     */
    public static double scale(double width, double height) {
        return Math.max(MIN_SCALE, Math.min(SCALE, SCALE * fit(width, height)));
    }

    /** The chart scale for that screen: {@link #CHART_SCALE}, less in the same proportion (1024 × 700: 1.2). */
    public static double chartScale(double width, double height) {
        return Math.max(MIN_SCALE * CHART_SCALE / SCALE, Math.min(CHART_SCALE, CHART_SCALE * fit(width, height)));
    }

    private static double fit(double width, double height) {
        if (!(width > 0 && height > 0)) {
            return 1;
        }
        return Math.min(width / FULL_WIDTH, height / FULL_HEIGHT);
    }

    /** Canvas colours in the same spirit: pure white, black text, darker grid, Okabe–Ito vermillion/blue. */
    public static final ChartTheme CHART = new ChartTheme(Color.WHITE, Color.web("#c3c8d0"), Color.web("#202328"),
            Color.BLACK, Color.web("#202328"), Color.WHITE, Color.BLACK, Color.web("#4a4f58", 0.7),
            Color.web("#D55E00"), Color.web("#0072B2"), false);

    private PresenterLook() {
    }

    /** The high-contrast sheet, added after the theme's so its colours and sizes win. */
    public static String stylesheet() {
        return Objects.requireNonNull(PresenterLook.class.getResource("/dev/deepforward/ui/presenter.css"),
                "presenter.css").toExternalForm();
    }
}
