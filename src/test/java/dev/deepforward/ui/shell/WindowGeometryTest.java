package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);

    private static UiPrefs saved(double w, double h) {
        return new UiPrefs(w, h, false, "light", 0.14, 0.75, 0.5);
    }

    @Test
    void theFirstWindowTakesNinetyPercentOfTheUsableScreen() {
        assertThat(WindowGeometry.sceneSize(null, LAPTOP)).isEqualTo(new Dimension2D(1152, 720));
        assertThat(WindowGeometry.sceneSize(null, SMALL)).isEqualTo(new Dimension2D(922, 630));
        assertThat(WindowGeometry.sceneSize(null, new Rectangle2D(0, 0, 1920, 1050)))
                .isEqualTo(new Dimension2D(1728, 945));
    }

    @Test
    void aRememberedSizeThatFitsIsKept() {
        assertThat(WindowGeometry.sceneSize(saved(1100, 700), LAPTOP)).isEqualTo(new Dimension2D(1100, 700));
    }

    @Test
    void aRememberedSizeFromALargerScreenIsClampedWithRoomForTheFrame() {
        Dimension2D d = WindowGeometry.sceneSize(saved(1500, 940), SMALL);
        assertThat(d.getWidth()).isLessThanOrEqualTo(SMALL.getWidth() - WindowGeometry.FRAME_WIDTH);
        assertThat(d.getHeight()).isLessThanOrEqualTo(SMALL.getHeight() - WindowGeometry.FRAME_HEIGHT);
        assertThat(d.getWidth()).isGreaterThan(SMALL.getWidth() * 0.9);
    }

    @Test
    void theAppsFirstWindowFillsAProjectorSizedScreenAndTakesNinetyPercentOfALargerOne() {
        assertThat(WindowGeometry.maximized(null, LAPTOP, true)).isTrue();
        assertThat(WindowGeometry.maximized(null, SMALL, true)).isTrue();
        assertThat(WindowGeometry.maximized(null, new Rectangle2D(0, 0, 1366, 768), true)).isTrue();
        assertThat(WindowGeometry.maximized(null, new Rectangle2D(0, 0, 1920, 1050), true)).isFalse();
        assertThat(WindowGeometry.maximized(null, new Rectangle2D(0, 0, 1440, 900), true)).isFalse();
        // Were the window manager not to maximize it, it is the size of the usable screen less its frame.
        assertThat(WindowGeometry.sceneSize(null, LAPTOP, true)).isEqualTo(new Dimension2D(1264, 752));
        assertThat(WindowGeometry.sceneSize(null, new Rectangle2D(0, 0, 1920, 1050), true))
                .isEqualTo(new Dimension2D(1728, 945));
    }

    @Test
    void aRememberedSizeWinsOverFillingTheScreen() {
        assertThat(WindowGeometry.maximized(saved(1100, 700), LAPTOP, true)).isFalse();
        assertThat(WindowGeometry.sceneSize(saved(1100, 700), LAPTOP, true)).isEqualTo(new Dimension2D(1100, 700));
        UiPrefs maximized = new UiPrefs(1920, 1050, true, "light", 0.14, 0.75, 0.5);
        assertThat(WindowGeometry.maximized(maximized, new Rectangle2D(0, 0, 1920, 1050), true)).isTrue();
    }
}
