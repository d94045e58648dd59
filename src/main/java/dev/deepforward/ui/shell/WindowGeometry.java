package dev.deepforward.ui.shell;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * How large the window opens. The app's first launch fills a projector-sized screen (usable area, the
 * visual bounds without task bars, up to 1366×800: a 1280×800 projector, a 1366×768 laptop), where 90 %
 * would waste a tenth of a small screen; on larger screens it takes about 90 % of the usable area, centred.
 * A remembered size is kept when it still fits and clamped when the screen is
 * now smaller (a laptop back from a large monitor, a 1280×800 projector). Sizes are the scene's: the window
 * manager's frame and title bar come on top, hence the margins.
 */
public final class WindowGeometry {

    /** Share of the usable screen the first window takes. */
    static final double FIRST_SHARE = 0.9;
    /** Room left beside the scene for the window manager's frame. */
    static final double FRAME_WIDTH = 16;
    /** Room left above and below the scene for the title bar and the frame. */
    static final double FRAME_HEIGHT = 48;
    /** Smallest scene the layout is made for (1024×700 screens). */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    /** The largest usable screen the app's first window fills (maximized) rather than taking 90 % of it. */
    static final double FILL_WIDTH = 1366;
    static final double FILL_HEIGHT = 800;

    private WindowGeometry() {
    }

    /**
     * The scene size to open with.
     *
     * @param saved  the remembered settings, or {@code null} on the first launch
     * @param screen the usable area of the screen the window opens on
     */
    public static Dimension2D sceneSize(UiPrefs saved, Rectangle2D screen) {
        return sceneSize(saved, screen, false);
    }

    /**
     * The scene size to open with; {@code fill}: the app's own start, whose first window fills a
     * projector-sized screen ({@link #fills}) — the size it has if the window manager will not maximize it.
     */
    public static Dimension2D sceneSize(UiPrefs saved, Rectangle2D screen, boolean fill) {
        double maxW = Math.max(MIN_WIDTH, screen.getWidth() - FRAME_WIDTH);
        double maxH = Math.max(MIN_HEIGHT, screen.getHeight() - FRAME_HEIGHT);
        if (saved == null && fill && fills(screen)) {
            return new Dimension2D(Math.round(maxW), Math.round(maxH));
        }
        if (saved == null) {
            return new Dimension2D(Math.round(Math.min(maxW, screen.getWidth() * FIRST_SHARE)),
                    Math.round(Math.min(maxH, screen.getHeight() * FIRST_SHARE)));
        }
        return new Dimension2D(Math.min(saved.width(), maxW), Math.min(saved.height(), maxH));
    }

    /** Whether a first window on {@code screen} (its usable area) fills it: up to 1366×800. */
    public static boolean fills(Rectangle2D screen) {
        return screen.getWidth() <= FILL_WIDTH && screen.getHeight() <= FILL_HEIGHT;
    }

    /**
     * Whether the window opens maximized: as remembered, or on the app's first launch ({@code saved} null,
     * {@code fill}) on a projector-sized screen.
     */
    public static boolean maximized(UiPrefs saved, Rectangle2D screen, boolean fill) {
        return saved == null ? fill && fills(screen) : saved.maximized();
    }

    /**
     * Makes the window manager honour the size once the window is mapped. JavaFX 21 on GTK loses the first
     * size request under some window managers (openbox: every first window came up 200×200 with its content
     * clipped; JDK-8316423, fixed in JavaFX 22), while its own width and height already say the size asked
     * for, so asking again for the same size would be ignored: a one-pixel-different size and then the real
     * one go out as two new requests.
     */
    public static void reassertSize(Stage stage) {
        if (!stage.isShowing() || stage.isMaximized() || stage.isFullScreen() || stage.isIconified()) {
            return;
        }
        double w = stage.getWidth();
        double h = stage.getHeight();
        if (!(w > 0 && h > 0)) {
            return;
        }
        stage.setWidth(w + 1);
        stage.setHeight(h + 1);
        stage.setWidth(w);
        stage.setHeight(h);
        // Placed for the size it was meant to have, so it may hang over the edge: move it fully on screen.
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (stage.getX() + w > screen.getMaxX()) {
            stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - w));
        }
        if (stage.getY() + h > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - h));
        }
    }
}
