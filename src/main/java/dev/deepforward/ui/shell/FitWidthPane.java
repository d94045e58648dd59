package dev.deepforward.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its child at full size when it fits and shrinks it as a whole when it does not, instead of letting
 * a row of controls force the window wider than the screen (presenter mode's large type on a 1280-pixel
 * projector). Text stays sharp: JavaFX renders scaled text as vectors.
 */
final class FitWidthPane extends Region {

    private final Region child;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitWidthPane(Region child) {
        this.child = child;
        child.getTransforms().add(scale);
        getChildren().add(child);
    }

    /** The factor the child is drawn at now (1 when it fits). */
    double fitScale() {
        return scale.getX();
    }

    private double factor(double width) {
        double natural = child.prefWidth(-1);
        return width > 0 && natural > width ? width / natural : 1;
    }

    @Override
    protected void layoutChildren() {
        double natural = child.prefWidth(-1);
        double w = Math.max(getWidth(), natural);
        double s = factor(getWidth());
        scale.setX(s);
        scale.setY(s);
        child.resizeRelocate(0, 0, s < 1 ? natural : w, child.prefHeight(w));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return child.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        double natural = child.prefWidth(-1);
        return child.prefHeight(Math.max(width, natural)) * factor(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    Node content() {
        return child;
    }
}
