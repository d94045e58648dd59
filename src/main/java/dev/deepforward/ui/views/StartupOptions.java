package dev.deepforward.ui.views;

import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.TrainingEdits;

/**
 * Start-up choices for demos and screenshots: {@code -Ddeepforward.ui.dataset=mnist} opens on that dataset
 * (and {@code -Ddeepforward.ui.tab=Predictions}, read by {@link AnalysisViews}, on that tab);
 * {@code -Ddeepforward.ui.epochs=100000} trains that long (src/test/sh/measure-close.sh closes the window
 * while the variants still train).
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
        Integer epochs = Integer.getInteger("deepforward.ui.epochs");
        if (epochs != null && epochs > 0) {
            doc.apply(TrainingEdits.setEpochs(epochs));
            doc.history().clear();
        }
    }
}
