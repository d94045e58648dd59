package dev.deepforward.ui.designer;

import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.OutputActivation;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.chart.ChartTheme;
import dev.deepforward.ui.model.DatasetSizes;
import dev.deepforward.ui.model.DesignCommands;
import dev.deepforward.ui.model.DesignDocument;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The network as a row of columns, input on the left and output on the right, with the hidden layers
 * as cards between them. Drops from the palette insert a layer into the gap under the pointer; dragging
 * a card moves it. A canvas on top (ignoring the mouse) paints the neurons and links into the cards'
 * neuron areas, so {@link #showWeights(float[][][])} can later colour the links with live weights.
 *
 * <p>The cards are rebuilt on every revision of the document: at most 32 light nodes, and rebuilding
 * keeps the view a pure function of the spec.
 */
public final class DesignerCanvas extends Region {

    static final double CARD_WIDTH = 150;
    static final double MIN_CARD_WIDTH = 116;
    static final double IO_WIDTH = 130;
    static final double MIN_IO_WIDTH = 104;
    static final double MIN_GAP = 46;
    static final double MAX_GAP = 130;
    static final double EMPTY_GAP = 230;
    /** Room between the empty network's hint and the input and output boxes. */
    static final double HINT_MARGIN = 12;
    static final double PAD = 14;
    private double sizeScale = 1;

    private final DesignDocument doc;
    private final DesignCommands commands;
    private final DragCoordinator drag;
    private final NetworkPainter painter = new NetworkPainter();
    private final Canvas diagram = new Canvas();
    private final Region marker = new Region();
    private static final String HINT = "Drag a Dense or Maxout layer\nfrom the palette and drop it here";
    /** The hint in the strip, one line tall as the strip is. */
    private static final String STRIP_HINT = "Drop a Dense or Maxout layer here";
    private final Label emptyHint = new Label(HINT);
    private final List<DiagramColumn> columns = new ArrayList<>();
    private final List<LayerCard> cards = new ArrayList<>();
    private Node dropZone = this;
    private ChartTheme theme = ChartTheme.LIGHT;
    private float[][][] weights;
    private int markerSlot = -1;

    public DesignerCanvas(DesignDocument doc, DesignCommands commands) {
        this.doc = doc;
        this.commands = commands;
        this.drag = new DragCoordinator(this);
        setId("designer");
        getStyleClass().add("designer");
        diagram.setMouseTransparent(true);
        marker.getStyleClass().add("insertion-marker");
        marker.setId("insertion-marker");
        marker.setManaged(false);
        marker.setVisible(false);
        marker.setMouseTransparent(true);
        emptyHint.getStyleClass().add("empty-hint");
        emptyHint.setMouseTransparent(true);
        doc.revisionProperty().addListener((o, a, b) -> rebuild());
        doc.selectedLayerProperty().addListener((o, a, b) -> refreshSelection());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() == this) {
                doc.select(-1);
            }
        });
        rebuild();
    }

    public DragCoordinator dragCoordinator() {
        return drag;
    }

    /** The node whose area accepts drops (the scroll pane around this canvas). */
    public void setDropZone(Node zone) {
        this.dropZone = zone;
    }

    public void setTheme(ChartTheme theme) {
        this.theme = theme;
        repaint();
    }

    /** Widens cards and blocks with the text in them (presenter mode's larger type); 1 is normal. */
    public void setSizeScale(double scale) {
        sizeScale = scale;
        requestLayout();
    }

    /**
     * Colours the links with weights: {@code weights[g][i][j]} from unit i of column g to unit j of column
     * g+1, where column 0 is the input and the last the output. Null clears them. Gaps whose shape does not
     * match the design (a run of an older design) are drawn neutral.
     */
    public void showWeights(float[][][] weights) {
        this.weights = weights;
        repaint();
    }

    // ---- building -------------------------------------------------------------------------------

    private void rebuild() {
        RunSpec spec = doc.getSpec();
        NetworkSpec net = spec.network();
        columns.clear();
        cards.clear();
        boolean regression = DatasetSizes.isRegression(spec.data().dataset());
        columns.add(IoBlock.input(doc.getInputs(), DatasetCatalog.find(spec.data().dataset()).orElse(null)));
        int fanIn = doc.getInputs();
        for (int i = 0; i < net.hidden().size(); i++) {
            LayerSpec layer = net.hidden().get(i);
            LayerCard card = new LayerCard(i, layer, NetworkSpec.layerParameterCount(layer, fanIn), doc.layerProblems(i));
            wire(card);
            cards.add(card);
            columns.add(card);
            fanIn = layer.units();
        }
        long outParams = (long) fanIn * doc.getOutputs() + doc.getOutputs();
        OutputActivation oa = net.output() == null ? OutputActivation.AUTO : net.output().activation();
        columns.add(IoBlock.output(doc.getOutputs(), regression, outputName(oa, spec, regression), outParams));
        List<Node> kids = new ArrayList<>();
        for (DiagramColumn c : columns) {
            kids.add(c.node());
        }
        kids.add(diagram);
        if (cards.isEmpty()) {
            kids.add(emptyHint); // over the links and the strip's line, on a backing of its own: never crossed
        }
        kids.add(marker);
        getChildren().setAll(kids);
        refreshSelection();
        requestLayout();
    }

    /** What the output applies; AUTO follows the loss as the engine resolves it. */
    private static String outputName(OutputActivation oa, RunSpec spec, boolean regression) {
        if (oa != OutputActivation.AUTO) {
            return oa.displayName().toLowerCase();
        }
        return switch (spec.training().loss()) {
            case BINARY_CROSS_ENTROPY -> "sigmoid";
            case MSE, MAE -> regression ? "identity" : "softmax";
            default -> "softmax";
        };
    }

    private void wire(LayerCard card) {
        int i = card.index();
        card.deleteButton.setOnAction(e -> commands.delete(i));
        card.duplicateButton.setOnAction(e -> commands.duplicate(i));
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                doc.select(i);
            }
        });
        drag.install(card, () -> new DragPayload.MoveLayer(i, "Layer " + (i + 1)));
    }

    private void refreshSelection() {
        int sel = doc.getSelectedLayer();
        for (LayerCard c : cards) {
            c.setSelected(c.index() == sel);
        }
    }

    // ---- layout and painting --------------------------------------------------------------------

    private double contentWidth() {
        return sizeScale * (2 * IO_WIDTH + cards.size() * CARD_WIDTH);
    }

    private double minContentWidth() {
        return compact ? sizeScale * (cards.size() + 2) * COMPACT_WIDTH
                : sizeScale * (2 * MIN_IO_WIDTH + cards.size() * MIN_CARD_WIDTH);
    }

    private double minGap() {
        // With no hidden layer the gap holds the hint, whole and clear of the two boxes.
        return cards.isEmpty() ? Math.max(EMPTY_GAP, emptyHint.prefWidth(-1) + 2 * HINT_MARGIN)
                : compact ? COMPACT_GAP : MIN_GAP;
    }

    /** A compact box's narrowest width ("32 ReLU · BN" fits) and the gap between boxes. */
    static final double COMPACT_WIDTH = 84;
    static final double COMPACT_GAP = 14;

    @Override
    protected double computePrefWidth(double height) {
        return 2 * PAD + minContentWidth() + minGap() * (cards.size() + 1);
    }

    @Override
    protected double computeMinWidth(double height) {
        // The scroll pane fits this canvas to its width but never below this, so many layers scroll.
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 380;
    }

    @Override
    protected double computeMinHeight(double width) {
        return sizeScale * COMPACT_HEIGHT;
    }

    /** Below this height the cards become a compact strip: small boxes labelled "64 ReLU", no neurons. */
    static final double COMPACT_BELOW = 220;
    /** The compact strip's height: one line of text in a box, with the padding around it. */
    static final double COMPACT_HEIGHT = 2 * 2 + 26;
    /** The tallest a compact box gets. */
    static final double COMPACT_BOX = 40;
    /** A compact box with the layer's title row above its line. */
    static final double COMPACT_HEADER_BOX = 68;

    /** The narrowest box that shows the title row ("Layer 6" and its two buttons) without overlap. */
    static final double COMPACT_HEADER_WIDTH = 112;

    /** Whether the network is drawn as the compact strip now. */
    public boolean isCompact() {
        return compact;
    }

    private boolean compact;

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        int gaps = cards.size() + 1;
        // Full-size cards when they fit; in a narrow window cards shrink before anything scrolls.
        double squeeze = 1;
        double room = w - 2 * PAD - minGap() * gaps;
        if (room < contentWidth()) {
            squeeze = Math.max(0, (room - minContentWidth()) / (contentWidth() - minContentWidth()));
        }
        double cardW = sizeScale * (MIN_CARD_WIDTH + squeeze * (CARD_WIDTH - MIN_CARD_WIDTH));
        double ioW = sizeScale * (MIN_IO_WIDTH + squeeze * (IO_WIDTH - MIN_IO_WIDTH));
        if (h < COMPACT_BELOW * sizeScale && room < contentWidth()) {
            // the strip's boxes narrow down to their one line before the strip scrolls
            double each = Math.max(COMPACT_WIDTH * sizeScale, Math.min(cardW, room / Math.max(1, cards.size() + 2)));
            cardW = Math.min(cardW, each);
            ioW = Math.min(ioW, each);
        }
        double used = 2 * ioW + cards.size() * cardW;
        double free = w - 2 * PAD - used;
        double gap = Math.max(minGap(), Math.min(MAX_GAP, free / gaps));
        double x = PAD + Math.max(0, (free - gap * gaps) / 2);
        boolean wasCompact = compact;
        compact = h < COMPACT_BELOW * sizeScale;
        if (compact != wasCompact && getParent() != null) {
            getParent().requestLayout(); // the narrowest width follows the boxes' size
        }
        // The strip's boxes are one line tall (with the layer's title and buttons above it when there is
        // room), centred in whatever height the designer has.
        boolean withHeader = compact && h >= (COMPACT_HEADER_BOX + 2 * 4) * sizeScale
                && cardW >= COMPACT_HEADER_WIDTH * sizeScale;
        double box = (withHeader ? COMPACT_HEADER_BOX : COMPACT_BOX) * sizeScale;
        double colH = compact ? Math.min(Math.max(0, h - 2 * 2), box) : Math.max(0, h - 2 * PAD);
        double pad = compact ? Math.max(0, (h - colH) / 2) : PAD;
        for (int i = 0; i < columns.size(); i++) {
            DiagramColumn column = columns.get(i);
            column.setCompact(compact, withHeader);
            Region col = column.node();
            double cw = i == 0 || i == columns.size() - 1 ? ioW : cardW;
            col.resizeRelocate(x, pad, cw, colH);
            // Lay the card out now, so its neuron area is in place when the diagram is painted below.
            col.layout();
            x += cw + gap;
        }
        if (cards.isEmpty() && columns.size() == 2) {
            Region in = columns.get(0).node();
            Region out = columns.get(1).node();
            double left = in.getLayoutX() + in.getWidth();
            emptyHint.setText(compact ? STRIP_HINT : HINT);
            emptyHint.autosize();
            double y = h / 2 - emptyHint.getHeight() / 2;
            if (!compact) {
                // Above the links from the input's units to the output's when there is room there.
                double unitsTop = sceneFree(columns.get(0).neuronArea()).getMinY();
                double above = (in.getLayoutY() + unitsTop) / 2 - emptyHint.getHeight() / 2;
                if (unitsTop - in.getLayoutY() >= emptyHint.getHeight() + 8) {
                    y = Math.max(in.getLayoutY() + 4, above);
                }
            }
            emptyHint.relocate(left + (out.getLayoutX() - left - emptyHint.getWidth()) / 2, y);
        }
        diagram.setWidth(w);
        diagram.setHeight(h);
        diagram.relocate(0, 0);
        placeMarker();
        repaint();
    }

    private void repaint() {
        var g = diagram.getGraphicsContext2D();
        g.clearRect(0, 0, diagram.getWidth(), diagram.getHeight());
        if (compact) {
            // The strip: a line from each box to the next, the network read left to right.
            g.setStroke(theme.axis());
            g.setLineWidth(1.5);
            for (int i = 0; i + 1 < columns.size(); i++) {
                Region a = columns.get(i).node();
                Region b = columns.get(i + 1).node();
                double y = a.getLayoutY() + a.getHeight() / 2;
                g.strokeLine(a.getLayoutX() + a.getWidth(), y, b.getLayoutX(), y);
            }
            return;
        }
        List<NetworkPainter.Column> cols = new ArrayList<>();
        for (DiagramColumn c : columns) {
            Region area = c.neuronArea();
            Bounds b = sceneFree(area);
            if (b.getHeight() < 4) {
                return;
            }
            cols.add(new NetworkPainter.Column(b, c.units()));
        }
        painter.paint(g, cols, weights, theme);
    }

    /** A neuron area's bounds in this canvas's coordinates, composed by hand so no scene is needed. */
    private Bounds sceneFree(Region area) {
        double x = area.getLayoutX();
        double y = area.getLayoutY();
        Node p = area.getParent();
        while (p != null && p != this) {
            x += p.getLayoutX();
            y += p.getLayoutY();
            p = p.getParent();
        }
        return new BoundingBox(x, y, area.getWidth(), area.getHeight());
    }

    // ---- drag and drop --------------------------------------------------------------------------

    /** The gap (0 = before the first hidden layer … n = after the last) under a scene point, or -1 outside. */
    public int slotAt(double sceneX, double sceneY) {
        Bounds zone = dropZone.localToScene(dropZone.getLayoutBounds());
        if (zone == null || !zone.contains(sceneX, sceneY)) {
            return -1;
        }
        Point2D p = sceneToLocal(sceneX, sceneY);
        int slot = 0;
        for (LayerCard c : cards) {
            if (p.getX() > c.getLayoutX() + c.getWidth() / 2) {
                slot++;
            }
        }
        return slot;
    }

    void showInsertionAt(double sceneX, double sceneY, DragPayload payload) {
        int slot = slotAt(sceneX, sceneY);
        if (payload instanceof DragPayload.MoveLayer m && (slot == m.from() || slot == m.from() + 1)) {
            slot = -1; // dropping a card next to itself changes nothing: no marker
        }
        markerSlot = slot;
        placeMarker();
    }

    void hideInsertion() {
        markerSlot = -1;
        placeMarker();
    }

    private void placeMarker() {
        if (markerSlot < 0 || markerSlot + 1 >= columns.size()) {
            marker.setVisible(false);
            return;
        }
        Region before = columns.get(markerSlot).node();
        Region after = columns.get(markerSlot + 1).node();
        double left = before.getLayoutX() + before.getWidth();
        double mid = (left + after.getLayoutX()) / 2;
        double mw = 8;
        marker.resizeRelocate(mid - mw / 2, PAD, mw, Math.max(0, getHeight() - 2 * PAD));
        marker.setVisible(true);
        marker.toFront();
    }

    /** Whether the insertion marker is showing, and at which gap (for tests). */
    public int markerSlot() {
        return marker.isVisible() ? markerSlot : -1;
    }

    void drop(DragPayload payload, int slot) {
        if (payload instanceof DragPayload.NewLayer n) {
            commands.addLayer(slot, n.layer());
        } else if (payload instanceof DragPayload.MoveLayer m) {
            commands.move(m.from(), slot);
        }
    }
}
