package dev.deepforward.ui.views;

import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.TrainingEdits;

/**
 * Start-up choices for demos and screenshots: {@code -Ddeepforward.ui.dataset=mnist} opens on that dataset
 * (and {@code -Ddeepforward.ui.tab=Predictions}, read by {@link AnalysisViews}, on that tab).
 */
public final class StartupOptions {

    private StartupOptions() {
    }

    public static void apply(DesignDocument doc) {
        String id = System.getProperty("deepforward.ui.dataset", "").strip();
        if (DatasetCatalog.contains(id)) {
            doc.apply(TrainingEdits.setDataset(id));
            doc.history().clear(); // the opening state, not an edit to undo
        }
    }
}
