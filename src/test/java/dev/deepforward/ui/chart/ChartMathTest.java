package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Decimation, ticks, the colour map and the heatmap's compaction, without a window. */
class ChartMathTest {

    @Test
    void decimationSummarisesEveryColumnByItsMeanLowestAndHighestSample() {
        SeriesBuffer s = new SeriesBuffer(1024, 1 << 17); // every sample held: the columns are exact
        Random r = new Random(1);
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            s.add(i, r.nextGaussian() + (i == 4321 ? 50 : 0) - (i == 77_777 ? 60 : 0));
        }
        int columns = 800;
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(s, 0, n - 1, columns, false);
        assertThat(d.count()).isEqualTo(columns);
        double colWidth = (n - 1.0) / columns;
        for (int k = 0; k < d.count(); k++) {
            long c = (long) Math.floor(d.x(k) / colWidth);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (Math.min(columns - 1, (long) Math.floor(i / colWidth)) == c) {
                    lo = Math.min(lo, s.y(i));
                    hi = Math.max(hi, s.y(i));
                    sum += s.y(i);
                    m++;
                }
            }
            assertThat(d.lo(k)).as("column %d lowest", c).isEqualTo(lo);
            assertThat(d.hi(k)).as("column %d highest", c).isEqualTo(hi);
            assertThat(d.y(k)).as("column %d mean", c).isCloseTo(sum / m, within(1e-9));
        }
        double top = java.util.stream.IntStream.range(0, d.count()).mapToDouble(d::hi).max().orElseThrow();
        double bottom = java.util.stream.IntStream.range(0, d.count()).mapToDouble(d::lo).min().orElseThrow();
        assertThat(top).as("the spike at 4321 stays visible").isGreaterThan(45);
        assertThat(bottom).as("the dip at 77,777 stays visible").isLessThan(-55);
    }

    @Test
    void aCompactedSeriesDecimatesToTheMeansOfTheRawOneAndKeepsItsSpike() {
        SeriesBuffer raw = new SeriesBuffer(16, 1 << 20);
        SeriesBuffer compacted = new SeriesBuffer(16, 4096);
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            double y = Math.exp(r.nextGaussian() * 0.3) * (1 + i / 1e4) + (i == 50_500 ? 1e6 : 0);
            raw.add(i, y);
            compacted.add(i, y);
        }
        assertThat(compacted.compactions()).isGreaterThan(3);
        ColumnDecimator a = new ColumnDecimator();
        ColumnDecimator b = new ColumnDecimator();
        a.decimate(raw, 0, 99_999, 100, true);
        b.decimate(compacted, 0, 99_999, 100, true);
        assertThat(b.count()).isEqualTo(a.count());
        for (int k = 0; k < a.count(); k++) {
            // A merged point (32 samples here) may straddle a boundary of a 1,000-sample column: a few %.
            assertThat(b.y(k)).as("column %d", k).isCloseTo(a.y(k), within(0.05 * a.y(k)));
        }
        double highest = 0;
        for (int k = 0; k < b.count(); k++) {
            highest = Math.max(highest, b.hi(k));
        }
        assertThat(highest).isGreaterThan(1e6);
    }

    @Test
    void decimationBreaksTheLineAtNaNAndAtNonPositiveValuesOnALogAxis() {
        SeriesBuffer s = new SeriesBuffer();
        s.add(0, 1);
        s.add(1, 2);
        s.add(2, Double.NaN);
        s.add(3, 3);
        s.add(4, -1);
        s.add(5, 4);
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(s, 0, 5, 100, true);
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < d.count(); i++) {
            seen.append(Double.isNaN(d.y(i)) ? "|" : String.valueOf((int) d.y(i)));
        }
        assertThat(seen.toString()).isEqualTo("12|3|4");
    }

    @Test
    void linearTicksAreRoundNumbers() {
        assertThat(NiceTicks.linear(0, 1, 5)).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(NiceTicks.linear(0.13, 0.91, 4)).containsExactly(0.2, 0.4, 0.6, 0.8);
        assertThat(NiceTicks.linear(0, 37_000, 4)).containsExactly(0, 10_000, 20_000, 30_000);
    }

    @Test
    void logTicksAreDecadesWithInBetweensOnShortAxes() {
        assertThat(NiceTicks.log(1e-4, 1e1)).containsExactly(1e-4, 1e-3, 1e-2, 1e-1, 1, 10);
        assertThat(NiceTicks.log(0.1, 10)).containsExactly(0.1, 0.2, 0.5, 1, 2, 5, 10);
        assertThat(NiceTicks.log(1e-12, 1e4).length).isLessThanOrEqualTo(10);
        assertThat(NiceTicks.log(-1, 10)).isEmpty();
    }

    @Test
    void theColourMapRunsFromViridisDarkPurpleToYellowAndGetsSteadilyLighter() {
        ColorMap m = ColorMap.VIRIDIS;
        assertThat(m.at(0)).isEqualTo(Color.web("#440154"));
        assertThat(m.at(1)).isEqualTo(Color.web("#FDE725"));
        assertThat(m.at(-3)).isEqualTo(m.at(0));
        assertThat(m.at(7)).isEqualTo(m.at(1));
        double last = -1;
        for (int i = 0; i <= 20; i++) {
            Color c = m.at(i / 20.0);
            double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertThat(luminance).isGreaterThan(last);
            last = luminance;
        }
    }

    @Test
    void theHeatmapCompactsToGeometricMeansWhenFull() {
        HeatmapData h = new HeatmapData(2, 4);
        float[][] steps = {{1e-2f, 1}, {1e-4f, 1}, {1, 1}, {1, 1}, {1e2f, 1}, {1, 1}};
        for (float[] s : steps) {
            h.append(s);
        }
        // 4 columns were full at the 5th step: pairs merged, so 3 columns of 2 samples each.
        assertThat(h.columns()).isEqualTo(3);
        assertThat(h.samplesPerColumn()).isEqualTo(2);
        assertThat(h.logValue(0, 0)).isCloseTo(-3f, within(1e-5f));
        assertThat(h.logValue(2, 0)).isCloseTo(1f, within(1e-5f));
        assertThat(h.samples()).isEqualTo(6);
    }

    @Test
    void seriesBufferFindsTheNearestSample() {
        SeriesBuffer s = new SeriesBuffer(2);
        for (int i = 0; i < 100; i++) {
            s.add(i * 10, i);
        }
        assertThat(s.nearest(34)).isEqualTo(3);
        assertThat(s.nearest(36)).isEqualTo(4);
        assertThat(s.nearest(-5)).isZero();
        assertThat(s.nearest(5000)).isEqualTo(99);
    }

    @Test
    void everyVariantStyleDiffersInMoreThanColour() {
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                SeriesStyle a = SeriesStyle.variant(i);
                SeriesStyle b = SeriesStyle.variant(j);
                boolean shapeDiffers = a.marker() != b.marker() || !java.util.Arrays.equals(a.dash(), b.dash());
                assertThat(shapeDiffers).as("variants %d and %d", i, j).isTrue();
            }
        }
        assertThat(SeriesStyle.variant(7).colourOn(ChartTheme.DARK).getBrightness()).isGreaterThan(0.9);
    }
}
