package dev.deepforward.ui.files;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.Validated;
import dev.deepforward.ui.chart.ChartX;

/**
 * How the window was arranged when the workbench was saved.
 *
 * @param leftDivider  divider after the palette and data panel (0..1 of the width)
 * @param rightDivider divider before the inspector (0..1)
 * @param chartDivider divider between the designer and the charts (0..1 of the height)
 * @param theme        {@code light} or {@code dark}
 * @param chartX       what the loss and accuracy charts count along x: {@code iteration}, {@code epoch} or
 *                     {@code examples} (examples seen); files from before it was added load with {@code iteration}
 */
public record WorkbenchLayout(double leftDivider, double rightDivider, double chartDivider, String theme,
        String chartX) implements Validated {

    public WorkbenchLayout {
        chartX = chartX == null ? ChartX.ITERATION.id() : chartX;
    }

    /** A layout with the charts against iterations. */
    public WorkbenchLayout(double leftDivider, double rightDivider, double chartDivider, String theme) {
        this(leftDivider, rightDivider, chartDivider, theme, ChartX.ITERATION.id());
    }

    public static WorkbenchLayout defaults() {
        return new WorkbenchLayout(0.14, 0.75, 0.5, "light", ChartX.ITERATION.id());
    }

    /** The x axis this layout names (iterations for a name this build does not know; validation reports it). */
    public ChartX chartAxis() {
        ChartX x = ChartX.of(chartX);
        return x == null ? ChartX.ITERATION : x;
    }

    @Override
    public void validate(String path, Problems problems) {
        fraction(leftDivider, Problems.at(path, "leftDivider"), problems);
        fraction(rightDivider, Problems.at(path, "rightDivider"), problems);
        fraction(chartDivider, Problems.at(path, "chartDivider"), problems);
        if (!(leftDivider < rightDivider)) {
            problems.add(Problems.at(path, "rightDivider"), "must be greater than leftDivider (" + leftDivider + ")");
        }
        if (!"light".equals(theme) && !"dark".equals(theme)) {
            problems.add(Problems.at(path, "theme"), "unknown value '" + theme + "'; one of: light, dark");
        }
        if (ChartX.of(chartX) == null) {
            problems.add(Problems.at(path, "chartX"), "unknown value '" + chartX + "'; one of: " + ChartX.ids());
        }
    }

    private static void fraction(double v, String path, Problems problems) {
        if (!(v > 0 && v < 1)) {
            problems.add(path, "must be between 0 and 1 (a fraction of the window), found " + v);
        }
    }
}
