package dev.deepforward.ui;

import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * Toolbar icons as vector paths. Symbol characters (⏸, ⏭, ⧉) are missing from many systems' fonts and
 * then show as empty boxes; a path looks the same everywhere and scales on a projector.
 */
public final class Icons {

    private Icons() {
    }

    public static SVGPath play() { return icon("M0,0 L10,6 L0,12 Z"); }
    public static SVGPath pause() { return icon("M0,0 H3.6 V12 H0 Z M6.4,0 H10 V12 H6.4 Z"); }
    public static SVGPath step() { return icon("M0,0 L7,6 L0,12 Z M8,0 H10.5 V12 H8 Z"); }
    public static SVGPath reset() {
        return icon("M6,1 A5.5,5.5 0 1 0 11.5,6.5 L9.5,6.5 A3.5,3.5 0 1 1 6,3 L6,5.5 L9.6,2 L6,-1.5 Z");
    }
    public static SVGPath compare() { return icon("M0,2 H4 V12 H0 Z M6,0 H10 V12 H6 Z"); }
    public static SVGPath delete() {
        return icon("M0,1.4 L1.4,0 L5,3.6 L8.6,0 L10,1.4 L6.4,5 L10,8.6 L8.6,10 L5,6.4 L1.4,10 L0,8.6 L3.6,5 Z");
    }
    public static SVGPath duplicate() {
        SVGPath p = icon("M3,0 H10 V7 H8.4 V1.6 H3 Z M0,3 H7 V10 H0 Z M1.6,4.6 V8.4 H5.4 V4.6 Z");
        p.setFillRule(FillRule.EVEN_ODD);
        return p;
    }

    private static SVGPath icon(String d) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        p.getStyleClass().add("icon");
        return p;
    }
}
