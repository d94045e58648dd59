package dev.deepforward.ui.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which links a big network draws: the strongest ones, a fixed number of them. */
class NetworkPainterTest {

    @Test
    void theThresholdKeepsExactlyTheStrongestLinks() {
        Random r = new Random(5);
        float[][] w = new float[16][16];
        for (float[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) r.nextGaussian();
            }
        }
        double floor = NetworkPainter.keepThreshold(w, 96);
        int kept = 0;
        double weakestKept = Double.POSITIVE_INFINITY;
        double strongestDropped = 0;
        for (float[] row : w) {
            for (float v : row) {
                if (Math.abs(v) >= floor) {
                    kept++;
                    weakestKept = Math.min(weakestKept, Math.abs(v));
                } else {
                    strongestDropped = Math.max(strongestDropped, Math.abs(v));
                }
            }
        }
        assertThat(kept).isEqualTo(96);
        assertThat(weakestKept).isGreaterThan(strongestDropped);
        assertThat(NetworkPainter.keepThreshold(w, 256)).isZero();
        assertThat(NetworkPainter.keepThreshold(w, Integer.MAX_VALUE)).isZero();
    }
}
