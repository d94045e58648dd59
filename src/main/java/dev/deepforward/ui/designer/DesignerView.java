package dev.deepforward.ui.designer;

import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Numbers;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The designer with its header: the network's total parameter count and whether it can train. */
public final class DesignerView extends BorderPane {

    private final DesignerCanvas canvas;
    private final ScrollPane scroll;
    /** Room for the horizontal scroll bar under a network wider than the designer. */
    static final double SCROLL_BAR = 14;

    public DesignerView(DesignDocument doc, DesignCommands commands) {
        getStyleClass().add("designer-view");
        canvas = new DesignerCanvas(doc, commands);
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setId("designer-scroll");
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("designer-scroll");
        canvas.setDropZone(scroll);
        this.scroll = scroll;
        // When the network is wider than the designer (many layers, presenter mode's large boxes), the
        // scroll bar under the strip takes height: the designer then asks for the strip and the bar both,
        // so the boxes are not cut to their tops above the bar.
        Runnable fit = () -> {
            double viewport = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset();
            boolean bar = scroll.getWidth() > 0 && canvas.minWidth(-1) > viewport + 0.5;
            scroll.setMinHeight(bar ? canvas.minHeight(-1) + SCROLL_BAR + scroll.snappedTopInset()
                    + scroll.snappedBottomInset() : Region.USE_COMPUTED_SIZE);
        };
        scroll.widthProperty().addListener((o, a, b) -> fit.run());
        canvas.widthProperty().addListener((o, a, b) -> fit.run());
        canvas.heightProperty().addListener((o, a, b) -> fit.run());

        Label title = new Label("Network");
        title.getStyleClass().add("section-title");
        Label total = new Label();
        total.setId("total-params");
        total.getStyleClass().add("total-params");
        total.textProperty().bind(Bindings.createStringBinding(
                () -> Numbers.grouped(doc.parameterCount()) + " parameters", doc.revisionProperty()));
        Label depth = new Label();
        depth.getStyleClass().add("hint");
        depth.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = doc.getSpec().network().hidden().size();
            return n + (n == 1 ? " hidden layer" : " hidden layers");
        }, doc.revisionProperty()));
        // Short of room, "10 hidden" rather than "10 hidden l…" (presenter type at 1280 px)
        Label depthShort = new Label();
        depthShort.getStyleClass().add("hint");
        depthShort.textProperty().bind(Bindings.createStringBinding(
                () -> doc.getSpec().network().hidden().size() + " hidden", doc.revisionProperty()));
        depthShort.setId("network-depth-short");
        depthShort.setMinWidth(Region.USE_PREF_SIZE);
        depthShort.setVisible(false);
        depthShort.setManaged(false);
        depth.setId("network-depth");
        Label status = new Label();
        status.setId("design-status");
        status.getStyleClass().add("design-status");
        status.textProperty().bind(Bindings.when(doc.canPlayProperty()).then("✓ ready to train")
                .otherwise(Bindings.concat("⚠ ", doc.cannotPlayReasonProperty())));
        doc.canPlayProperty().addListener((o, a, ok) -> status.pseudoClassStateChanged(LayerCard.INVALID, !ok));
        status.pseudoClassStateChanged(LayerCard.INVALID, !doc.canPlay());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, depth, depthShort, total, spacer, status);
        for (Label l : new Label[] {title, total}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Short of room (presenter type at 1280 px), the layer count gives way first: it is never wider than what
        // the other labels leave. Shorter still (the network's column beside a tabbed side column and a lesson at
        // 1024), the status is cut ("✓ ready…", its whole text on hover) rather than the workbench made wider
        // than the window.
        depth.setMinWidth(0);
        Runnable fitDepth = () -> {
            double others = header.snappedLeftInset() + header.snappedRightInset()
                    + header.getSpacing() * (header.getChildren().size() - 2)
                    + Math.ceil(title.prefWidth(-1)) + Math.ceil(total.prefWidth(-1)) + Math.ceil(status.prefWidth(-1))
                    + 2; // laid out on whole pixels: the rounding must not cut the status by a fraction of one
            double room = header.getWidth() - others;
            // the depth shows whole, else the short "10 hidden"; cut to a stub ("…", "2 h…") it says nothing: it goes
            boolean whole = room >= Math.ceil(depth.prefWidth(-1));
            boolean shorter = !whole && room >= Math.ceil(depthShort.prefWidth(-1));
            depth.setMaxWidth(whole || !shorter && room >= Math.min(depth.prefWidth(-1), DEPTH_STUB * depth.getFont().getSize()) ? room : 0);
            depth.setVisible(depth.getMaxWidth() > 0);
            depth.setManaged(!shorter);
            depthShort.setVisible(shorter);
            depthShort.setManaged(shorter);
        };
        // (after the layout pass that changed a width: a new maximum set during it could be lost until the next change)
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {header.widthProperty(), status.widthProperty(),
            total.widthProperty(), status.textProperty(), depth.textProperty(), status.fontProperty()}) {
            o.addListener(x -> javafx.application.Platform.runLater(fitDepth));
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        setTop(header);
        setCenter(scroll);
    }

    /** The least width (in em) the layer count is shown cut at ("10 hidden l…"); narrower, it goes. */
    private static final double DEPTH_STUB = 5;

    /** The least height the network's scroll pane asks for (grows by the scroll bar when one shows). */
    public javafx.beans.property.DoubleProperty stripMinHeight() {
        return scroll.minHeightProperty();
    }

    public DesignerCanvas canvas() {
        return canvas;
    }
}
