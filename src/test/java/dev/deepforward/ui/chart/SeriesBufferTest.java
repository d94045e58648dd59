package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A long run's minibatch losses stay within a bounded buffer that keeps every spike. */
class SeriesBufferTest {

    @Test
    void aFullBufferHalvesItselfKeepingTheLowestAndHighestOfEachGroup() {
        SeriesBuffer b = new SeriesBuffer(16, 64);
        for (int i = 0; i < 1_000_000; i++) {
            b.add(i, i == 777_777 ? 1000 : i == 123_456 ? -5 : 1 + (i % 7) * 0.01);
        }
        assertThat(b.size()).isLessThanOrEqualTo(64);
        assertThat(b.compactions()).isGreaterThan(10);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < b.size(); i++) {
            max = Math.max(max, b.y(i));
            min = Math.min(min, b.y(i));
            if (i > 0) {
                assertThat(b.x(i)).isGreaterThan(b.x(i - 1));
            }
        }
        assertThat(max).isEqualTo(1000);
        assertThat(min).isEqualTo(-5);
        assertThat(b.x(b.size() - 1)).isEqualTo(999_999);
    }

    @Test
    void aBreakInTheLineSurvivesCompaction() {
        SeriesBuffer b = new SeriesBuffer(16, 16);
        for (int i = 0; i < 40; i++) {
            b.add(i, i == 30 ? Double.NaN : 1);
        }
        boolean nan = false;
        for (int i = 0; i < b.size(); i++) {
            nan |= Double.isNaN(b.y(i));
        }
        assertThat(nan).isTrue();
    }
}
