package dev.deepforward.ui.chart;

import javafx.scene.paint.Color;

/**
 * Colours of what is painted on canvases (charts, the network diagram). CSS cannot reach into a
 * {@code Canvas}, so the light and dark themes each carry one of these next to their style sheet.
 *
 * @param background plot background
 * @param grid       grid lines
 * @param axis       axis lines and tick marks
 * @param text       labels
 * @param mutedText  secondary labels (units, legends' captions)
 * @param neuron     neuron fill in the network diagram
 * @param neuronEdge neuron outline
 * @param link       a link whose weight is unknown
 * @param positive   a positive weight (Okabe–Ito orange)
 * @param negative   a negative weight (Okabe–Ito blue)
 * @param dark       whether the background is dark (the palette's black becomes white)
 */
public record ChartTheme(Color background, Color grid, Color axis, Color text, Color mutedText, Color neuron,
        Color neuronEdge, Color link, Color positive, Color negative, boolean dark) {

    public static final ChartTheme LIGHT = new ChartTheme(Color.web("#ffffff"), Color.web("#e6e8ec"),
            Color.web("#8a8f98"), Color.web("#1f2328"), Color.web("#5b6270"), Color.web("#ffffff"),
            Color.web("#4a5060"), Color.web("#9aa0aa", 0.55), Color.web("#E69F00"), Color.web("#0072B2"), false);

    public static final ChartTheme DARK = new ChartTheme(Color.web("#1e2127"), Color.web("#333842"),
            Color.web("#7d8590"), Color.web("#e6e8eb"), Color.web("#a0a7b4"), Color.web("#2b3038"),
            Color.web("#c8ccd4"), Color.web("#8b93a1", 0.5), Color.web("#E69F00"), Color.web("#56B4E9"), true);
}
