package dev.deepforward.data;

import java.util.List;
import java.util.Optional;

/**
 * The datasets the workbench knows by id, and the two ids that import a user's file: {@value #CSV} and
 * {@value #IDX}. Loading is {@link DatasetLoader}'s job; this class is only the list, so that checking a
 * lesson or filling a picker reads no file.
 */
public final class DatasetCatalog {

    /** A user's CSV file ({@code DataSpec.file}). */
    public static final String CSV = "csv";
    /** A user's IDX pair ({@code DataSpec.file} images, {@code DataSpec.labelFile} labels). */
    public static final String IDX = "idx";

    private static final List<Integer> POINT = List.of(2);
    private static final String PLANE = "Points in [-1, 1]². ";

    private static final List<CatalogEntry> ENTRIES = List.of(
            new CatalogEntry("circle", "Circle", Task.CLASSIFICATION, POINT, 2, PLANE
                    + "A disc of one class inside a ring of the other: no straight line separates them, "
                    + "a hidden layer of three units does."),
            new CatalogEntry("xor", "XOR", Task.CLASSIFICATION, POINT, 2, PLANE
                    + "Opposite quadrants share a class: the classic problem a single neuron cannot solve."),
            new CatalogEntry("gaussians", "Two Gaussians", Task.CLASSIFICATION, POINT, 2, PLANE
                    + "Two round clusters: linearly separable, the easy warm-up."),
            new CatalogEntry("spiral", "Spiral", Task.CLASSIFICATION, POINT, 2, PLANE
                    + "Two interleaved spiral arms: hard for a shallow net, where depth starts to pay."),
            new CatalogEntry("spiral3", "Three spirals", Task.CLASSIFICATION, POINT, 3, PLANE
                    + "Three interleaved spiral arms: a softmax over three classes."),
            new CatalogEntry("plane", "Plane", Task.REGRESSION, POINT, 1, PLANE
                    + "Regression of y = 0.6·x1 − 0.4·x2: a linear model is enough."),
            new CatalogEntry("bump", "Gaussian bump", Task.REGRESSION, POINT, 1, PLANE
                    + "Regression of y = exp(−|x|²/0.5): a smooth hill that needs hidden units."),
            new CatalogEntry("mnist", "MNIST digits (10,000)", Task.CLASSIFICATION, List.of(28, 28), 10,
                    "10,000 real handwritten digits of 28×28 grey pixels from the MNIST training set, "
                            + "shipped with the app."),
            new CatalogEntry("digits", "Digits 8×8", Task.CLASSIFICATION, List.of(8, 8), 10,
                    "1,797 small handwritten digits of 8×8 pixels (UCI optdigits): trains in seconds."),
            new CatalogEntry("iris", "Iris", Task.CLASSIFICATION, List.of(4), 3,
                    "Fisher's 150 iris flowers: four measurements, three species."));

    private DatasetCatalog() {
    }

    /** The built-in datasets, in the order a picker shows them. */
    public static List<CatalogEntry> entries() {
        return ENTRIES;
    }

    /** Whether {@code id} is a built-in dataset (not {@code csv} or {@code idx}). */
    public static boolean contains(String id) {
        return find(id).isPresent();
    }

    /** Whether {@code id} imports a user's file. */
    public static boolean isImport(String id) {
        return CSV.equals(id) || IDX.equals(id);
    }

    /** The built-in dataset {@code id}. */
    public static CatalogEntry entry(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no dataset '" + id + "'; known: " + ids()));
    }

    /** The built-in dataset {@code id}, if there is one. */
    public static Optional<CatalogEntry> find(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The built-in ids, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", ENTRIES.stream().map(CatalogEntry::id).toList());
    }
}
