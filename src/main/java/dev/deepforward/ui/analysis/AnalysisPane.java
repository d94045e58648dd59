package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.ui.model.DesignDocument;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The "Analysis" tab's content: the course's tools for deciding what to do next, each a sub-tab —
 * bias/variance diagnosis, hyperparameter search, the transfer-learning workflow and (when present)
 * architecture search. Each edits the design only through undoable edits.
 */
public final class AnalysisPane extends TabPane {

    private final BiasVariancePanel biasVariance;
    private final SearchPanel search;
    private final TransferPanel transfer;
    private final Tab biasTab;
    private final Tab searchTab;
    private final Tab transferTab;
    private final ArchitecturePanel architecture;
    private final Tab architectureTab;
    private final javafx.beans.binding.StringBinding activity;

    public AnalysisPane(DesignDocument doc) {
        setId("analysis-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        search = new SearchPanel(doc);
        transfer = new TransferPanel(doc);
        searchTab = new Tab("Hyperparameter search", scrolling(search, "analysis-search-scroll"));
        searchTab.setId("analysis-search");
        biasVariance = new BiasVariancePanel(doc, () -> getSelectionModel().select(searchTab));
        biasTab = new Tab("Bias / variance", scrolling(biasVariance, "analysis-bias-scroll"));
        biasTab.setId("analysis-bias");
        transferTab = new Tab("Transfer learning", scrolling(transfer, "analysis-transfer-scroll"));
        transferTab.setId("analysis-transfer");
        architecture = new ArchitecturePanel(doc);
        architectureTab = new Tab("Architecture search", scrolling(architecture, "analysis-architecture-scroll"));
        architectureTab.setId("analysis-architecture");
        getTabs().addAll(biasTab, searchTab, transferTab, architectureTab);
        activity = javafx.beans.binding.Bindings.createStringBinding(() -> String.join(" · ",
                java.util.stream.Stream.of(search.activityProperty(), transfer.activityProperty(),
                        architecture.activityProperty()).map(javafx.beans.value.ObservableStringValue::get)
                        .filter(t -> !t.isEmpty()).toList()),
                search.activityProperty(), transfer.activityProperty(), architecture.activityProperty());
        String sub = System.getProperty("deepforward.ui.analysis", "");
        getTabs().stream().filter(t -> t.getText().toLowerCase().startsWith(sub.toLowerCase()) && !sub.isEmpty())
                .findFirst().ifPresent(t -> getSelectionModel().select(t));
    }

    /**
     * A tool's panel in a scroll pane: it fills the tab when the tab is big enough and scrolls (a bar, the
     * wheel) when it is not — beside the Network panel at 1280×800 the bias/variance table sits below the fold.
     */
    private static javafx.scene.control.ScrollPane scrolling(javafx.scene.layout.Region panel, String id) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(panel);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The workbench run's events (FX thread): the bias/variance panel follows its errors. */
    public void event(RunEvent e) {
        biasVariance.event(e);
    }

    /** A new run or a reset: the old run's readings go. */
    public void clearRuns() {
        biasVariance.clearRuns();
    }

    /** Background work stops with the window. */
    public void dispose() {
        search.dispose();
        transfer.dispose();
        architecture.cancel();
    }

    /**
     * What the analysis tools are computing in the background ("Hyperparameter search: 3 of 20 runs ·
     * Transfer: …"), empty when idle: the window's status bar shows it, so long work is visible from every tab.
     */
    public javafx.beans.value.ObservableStringValue activity() { return activity; }

    public BiasVariancePanel biasVariance() { return biasVariance; }
    public SearchPanel search() { return search; }
    public TransferPanel transfer() { return transfer; }
    public Tab biasTab() { return biasTab; }
    public Tab searchTab() { return searchTab; }
    public Tab transferTab() { return transferTab; }
    public ArchitecturePanel architecture() { return architecture; }
    public Tab architectureTab() { return architectureTab; }
}
