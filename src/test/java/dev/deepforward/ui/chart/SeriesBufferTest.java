package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A long run's minibatch losses stay within a bounded buffer that keeps every spike. */
class SeriesBufferTest {

    @Test
    void aFullBufferHalvesItselfKeepingEverySpikeAndTheExactMean() {
        SeriesBuffer b = new SeriesBuffer(16, 64);
        double sum = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            double y = i == 777_777 ? 1000 : i == 123_456 ? -5 : 1 + (i % 7) * 0.01;
            b.add(i, y);
            sum += y;
        }
        assertThat(b.size()).isLessThanOrEqualTo(64);
        assertThat(b.compactions()).isGreaterThan(10);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double weighted = 0;
        long samples = 0;
        for (int i = 0; i < b.size(); i++) {
            max = Math.max(max, b.hi(i));
            min = Math.min(min, b.lo(i));
            assertThat(b.y(i)).isBetween(b.lo(i), b.hi(i));
            weighted += b.y(i) * b.count(i);
            samples += b.count(i);
            if (i > 0) {
                assertThat(b.x(i)).isGreaterThan(b.x(i - 1));
            }
        }
        assertThat(max).isEqualTo(1000);
        assertThat(min).isEqualTo(-5);
        assertThat(samples).isEqualTo(n);
        assertThat(weighted).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6 * sum));
        assertThat(b.lastX()).isEqualTo(n - 1);
        assertThat(b.x(b.size() - 1)).isBetween(n - 1 - 2.0 * n / b.size(), n - 1.0);
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
