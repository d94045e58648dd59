package dev.deepforward.ui.views;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.data.Task;
import dev.deepforward.spec.DataSpec;
import java.util.Optional;

/** What kind of data a spec trains on, which decides the views that make sense for it. */
public enum DataKind {
    /** Two inputs: the plane views (decision surface, per-unit thumbnails). */
    PLANE,
    /** Images: the test-image prediction grid. */
    IMAGES,
    /** Anything else (tables, a user's CSV). */
    TABLE;

    public static DataKind of(DataSpec d) {
        if (DatasetCatalog.IDX.equals(d.dataset())) {
            return IMAGES;
        }
        Optional<CatalogEntry> e = DatasetCatalog.find(d.dataset());
        if (e.isEmpty()) {
            return TABLE; // a CSV; a 2-column CSV still gets no plane views until its sizes are known
        }
        return e.get().isImage() ? IMAGES : e.get().featureCount() == 2 ? PLANE : TABLE;
    }

    /** Whether the data's targets are classes (confusion matrices make sense). */
    public static boolean isClassification(DataSpec d) {
        return DatasetCatalog.find(d.dataset()).map(e -> e.task() == Task.CLASSIFICATION).orElse(true);
    }
}
