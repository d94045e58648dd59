package dev.deepforward.ui.data;

import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.ui.model.SpecChange;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The data settings as undoable edits of the spec's {@link DataSpec}. Spinner edits carry a merge key,
 * so holding an arrow down makes one undo step, not fifty.
 */
public final class DataEdits {

    private DataEdits() {
    }

    public static SpecChange setNoise(double sigma) {
        return data("Set noise to " + sigma, d -> d.withNoise(sigma)).mergingAs("data.noise");
    }

    public static SpecChange setSamples(int n) {
        return data("Set samples to " + n, d -> d.withSamples(n)).mergingAs("data.samples");
    }

    /** Validation and test shares in one edit: moving the split is one step to undo. */
    public static SpecChange setSplit(double validation, double test) {
        return data("Set split to " + pct(1 - validation - test) + " / " + pct(validation) + " / " + pct(test),
                d -> d.withSplit(validation, test)).mergingAs("data.split");
    }

    public static SpecChange setJitter(double sigma) {
        return data("Set jitter to " + sigma, d -> new DataSpec(d.dataset(), d.file(), d.labelFile(), d.labelColumn(),
                d.samples(), d.noise(), d.validationFraction(), d.testFraction(), d.normalize(), sigma, d.shift(),
                d.classes(), d.testNoise())).mergingAs("data.jitter");
    }

    public static SpecChange setShift(int pixels) {
        return data("Set image shift to " + pixels + " px", d -> new DataSpec(d.dataset(), d.file(), d.labelFile(),
                d.labelColumn(), d.samples(), d.noise(), d.validationFraction(), d.testFraction(), d.normalize(),
                d.jitter(), pixels, d.classes(), d.testNoise())).mergingAs("data.shift");
    }

    public static SpecChange setNormalize(boolean on) {
        return data(on ? "Standardize inputs" : "Raw inputs", d -> new DataSpec(d.dataset(), d.file(), d.labelFile(),
                d.labelColumn(), d.samples(), d.noise(), d.validationFraction(), d.testFraction(), on, d.jitter(),
                d.shift(), d.classes(), d.testNoise()));
    }

    /** Trains on a user's CSV file; {@code labelColumn} null = the last column. Other settings are kept. */
    public static SpecChange importCsv(Path file, String labelColumn) {
        return data("Import " + file.getFileName(), d -> new DataSpec(DatasetCatalog.CSV, file.toString(), null,
                labelColumn, d.samples(), d.noise(), d.validationFraction(), d.testFraction(), d.normalize(),
                d.jitter(), d.shift(), java.util.List.of(), d.testNoise()));
    }

    /** Trains on a user's IDX images and labels. */
    public static SpecChange importIdx(Path images, Path labels) {
        return data("Import " + images.getFileName(), d -> new DataSpec(DatasetCatalog.IDX, images.toString(),
                labels.toString(), null, d.samples(), d.noise(), d.validationFraction(), d.testFraction(),
                d.normalize(), d.jitter(), d.shift(), java.util.List.of(), d.testNoise()));
    }

    private static SpecChange data(String label, UnaryOperator<DataSpec> change) {
        return SpecChange.of(label, spec -> spec.withData(change.apply(spec.data())));
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
