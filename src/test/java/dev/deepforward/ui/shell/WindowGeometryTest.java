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
}
