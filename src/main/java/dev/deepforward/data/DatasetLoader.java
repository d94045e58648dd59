package dev.deepforward.data;

import dev.deepforward.spec.DataSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes or reads the whole dataset a {@link DataSpec} names, before any filtering or splitting.
 *
 * <p>Generated sets are made from the run seed (derived for "data"); shipped sets come from
 * {@link Assets}; {@code csv} and {@code idx} read the user's files. Shipped sets are kept after the
 * first load (the MNIST subset is 31 MB of floats and takes a moment to inflate), which is safe because
 * datasets never change. A user's files are read afresh each time, so an edited file is picked up and a
 * large one is not held on to.
 */
public final class DatasetLoader {

    static final String MNIST_TRAIN_IMAGES = "mnist/train-images-idx3-ubyte.gz";
    static final String MNIST_TRAIN_LABELS = "mnist/train-labels-idx1-ubyte.gz";
    static final String MNIST_TEST_IMAGES = "mnist/test-images-idx3-ubyte.gz";
    static final String MNIST_TEST_LABELS = "mnist/test-labels-idx1-ubyte.gz";
    static final String DIGITS = "digits/digits.csv.gz";
    static final String IRIS = "iris/iris.csv";
    /** The optdigits pixels count "on" bits in 4×4 blocks, so they run from 0 to 16. */
    static final int DIGITS_MAX = 16;

    private final Assets assets;
    private final Map<String, Dataset> shipped = new HashMap<>();

    public DatasetLoader(Assets assets) {
        this.assets = assets;
    }

    /**
     * A loader over {@link Assets#standard()}, shared so the shipped sets are read once per process. The
     * {@value Assets#PROPERTY} property is read on the first call.
     */
    public static DatasetLoader standard() {
        return Standard.LOADER;
    }

    /** Created on first use (the holder idiom), so a command line can set the assets property first. */
    private static final class Standard {
        static final DatasetLoader LOADER = new DatasetLoader(Assets.standard());
    }

    /** A loaded dataset and the catalogue entry describing it (made up from the file for imports). */
    public record Loaded(Dataset data, CatalogEntry entry) {
    }

    /** Loads everything {@code spec} names; {@code seed} is the run seed. */
    public Loaded load(DataSpec spec, long seed) throws DataException {
        String id = spec.dataset();
        if (DatasetCatalog.CSV.equals(id)) {
            // DataSpec has no field naming the label column, so a user's CSV has its label last
            return imported(id, CsvReader.read(Path.of(required(spec.file(), "file")), spec.labelColumn()), spec.file());
        }
        if (DatasetCatalog.IDX.equals(id)) {
            Path images = Path.of(required(spec.file(), "file"));
            Path labels = Path.of(required(spec.labelFile(), "labelFile"));
            return imported(id, IdxReader.readDataset(Inputs.nameOf(images), images, labels, 0), spec.file());
        }
        CatalogEntry entry = DatasetCatalog.find(id).orElseThrow(() -> new DataException(String.valueOf(id),
                "no such dataset; known: " + DatasetCatalog.ids() + ", or csv / idx for a file of your own"));
        if (Generators.isGenerator(id)) {
            int samples = spec.samples() > 0 ? spec.samples() : Generators.DEFAULT_SAMPLES;
            return new Loaded(Generators.generate(id, samples, spec.noise(), Seeds.derive(seed, "data")), entry);
        }
        return new Loaded(shipped(id), entry);
    }

    /** A shipped dataset by id: {@code mnist}, {@code digits} or {@code iris}. */
    public synchronized Dataset shipped(String id) throws DataException {
        Dataset data = shipped.get(id);
        if (data == null) {
            data = switch (id) {
                case "mnist" -> readMnist();
                case "digits" -> readDigits();
                case "iris" -> readIris();
                default -> throw new DataException(id, "is not a shipped dataset");
            };
            shipped.put(id, data);
        }
        return data;
    }

    /** The shipped train and test files as one set of 10,000: the spec's split decides what is held out. */
    private Dataset readMnist() throws DataException {
        IdxReader.Images train = readImages(MNIST_TRAIN_IMAGES);
        IdxReader.Images test = readImages(MNIST_TEST_IMAGES);
        int[] trainLabels = readLabels(MNIST_TRAIN_LABELS);
        int[] testLabels = readLabels(MNIST_TEST_LABELS);
        Dataset a = IdxReader.toDataset("mnist", train, MNIST_TRAIN_IMAGES, trainLabels, MNIST_TRAIN_LABELS, 10);
        Dataset b = IdxReader.toDataset("mnist", test, MNIST_TEST_IMAGES, testLabels, MNIST_TEST_LABELS, 10);
        return concat("mnist", a, b);
    }

    private Dataset readDigits() throws DataException {
        Dataset table;
        try (InputStream in = assets.open(DIGITS)) {
            table = CsvReader.readHeaderless(in, DIGITS, "digits");
        } catch (IOException e) {
            throw new DataException(DIGITS, "cannot be read: " + e.getMessage(), e);
        }
        if (table.featureCount() != 64 || table.classCount() != 10) {
            throw new DataException(DIGITS, "expected 64 pixels and 10 classes, found " + table.featureCount()
                    + " and " + table.classCount());
        }
        // Scaled to [0, 1] like MNIST, so both image sets look and train alike.
        float[] pixels = table.features().clone();
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] < 0 || pixels[i] > DIGITS_MAX) {
                throw new DataException(DIGITS, "pixel " + pixels[i] + " outside 0.." + DIGITS_MAX);
            }
            pixels[i] /= DIGITS_MAX;
        }
        return Dataset.images("digits", 8, 8, pixels, table.labels(), table.classNames());
    }

    private Dataset readIris() throws DataException {
        try (InputStream in = assets.open(IRIS)) {
            return CsvReader.read(in, IRIS, "iris", null);
        } catch (IOException e) {
            throw new DataException(IRIS, "cannot be read: " + e.getMessage(), e);
        }
    }

    private IdxReader.Images readImages(String relative) throws DataException {
        try (InputStream in = Inputs.decompressIfGzip(assets.open(relative), relative)) {
            return IdxReader.readImages(in, relative, -1);
        } catch (IOException e) {
            throw new DataException(relative, "cannot be read: " + e.getMessage(), e);
        }
    }

    private int[] readLabels(String relative) throws DataException {
        try (InputStream in = Inputs.decompressIfGzip(assets.open(relative), relative)) {
            return IdxReader.readLabels(in, relative, -1);
        } catch (IOException e) {
            throw new DataException(relative, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** An entry for a user's file: the id stays {@code csv} or {@code idx}, the title is the file's name. */
    private static Loaded imported(String id, Dataset data, String file) {
        List<Integer> shape = data.isImage() ? List.of(data.imageHeight(), data.imageWidth())
                : List.of(data.featureCount());
        return new Loaded(data, new CatalogEntry(id, data.name(), data.task(), shape, data.outputCount(),
                "Imported from " + file + ": " + data.size() + " samples."));
    }

    private static String required(String value, String field) throws DataException {
        if (value == null || value.isBlank()) {
            throw new DataException("data spec", "the " + field + " to import is not set");
        }
        return value;
    }

    /** Two sets of the same kind as one, {@code a}'s samples first. */
    static Dataset concat(String name, Dataset a, Dataset b) {
        float[] features = new float[a.features().length + b.features().length];
        System.arraycopy(a.features(), 0, features, 0, a.features().length);
        System.arraycopy(b.features(), 0, features, a.features().length, b.features().length);
        int[] labels = new int[a.labels().length + b.labels().length];
        System.arraycopy(a.labels(), 0, labels, 0, a.labels().length);
        System.arraycopy(b.labels(), 0, labels, a.labels().length, b.labels().length);
        float[] targets = new float[a.targets().length + b.targets().length];
        System.arraycopy(a.targets(), 0, targets, 0, a.targets().length);
        System.arraycopy(b.targets(), 0, targets, a.targets().length, b.targets().length);
        return a.withSamples(name, features, labels, targets);
    }
}
