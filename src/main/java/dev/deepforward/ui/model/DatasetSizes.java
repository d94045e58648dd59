package dev.deepforward.ui.model;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.data.Task;
import dev.deepforward.spec.DataSpec;
import java.util.Optional;

/**
 * The network's input and output widths as the data catalogue gives them, without loading anything:
 * inputs are the product of the input shape, outputs the classes (or the kept classes, when the spec
 * keeps only some) or 1 target for regression. A user's own file (csv, idx) is unknown until it is read.
 */
public final class DatasetSizes {

    private DatasetSizes() {
    }

    /** {@code [inputs, outputs]} for a catalogue dataset, empty for an imported file. */
    public static Optional<int[]> of(DataSpec data) {
        return DatasetCatalog.find(data.dataset()).map(e -> new int[] {e.featureCount(), outputs(e, data)});
    }

    private static int outputs(CatalogEntry e, DataSpec data) {
        if (e.task() == Task.REGRESSION) {
            return 1;
        }
        int kept = (int) data.classes().stream().distinct().filter(c -> c != null && c >= 0 && c < e.outputs()).count();
        return kept > 0 ? kept : e.outputs();
    }

    /** Whether the dataset is a regression set (false when unknown). */
    public static boolean isRegression(String datasetId) {
        return DatasetCatalog.find(datasetId).map(e -> e.task() == Task.REGRESSION).orElse(false);
    }
}
