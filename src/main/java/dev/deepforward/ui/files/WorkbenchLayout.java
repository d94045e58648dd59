package dev.deepforward.ui.files;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.Validated;

/**
 * How the window was arranged when the workbench was saved.
 *
 * @param leftDivider  divider after the palette and data panel (0..1 of the width)
 * @param rightDivider divider before the inspector (0..1)
 * @param chartDivider divider between the designer and the charts (0..1 of the height)
 * @param theme        {@code light} or {@code dark}
 */
public record WorkbenchLayout(double leftDivider, double rightDivider, double chartDivider, String theme)
        implements Validated {

    public static WorkbenchLayout defaults() {
        return new WorkbenchLayout(0.14, 0.75, 0.5, "light");
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
    }

    private static void fraction(double v, String path, Problems problems) {
        if (!(v > 0 && v < 1)) {
            problems.add(path, "must be between 0 and 1 (a fraction of the window), found " + v);
        }
    }
}
