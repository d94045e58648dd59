package dev.deepforward.spec;

import java.util.List;

/**
 * Which data a run trains on and how it is split, normalized and augmented.
 *
 * @param dataset            a catalogue id ({@code spiral}, {@code mnist}, …) or {@code csv} / {@code idx}
 *                           for a user's own file
 * @param file               for {@code csv}: the CSV file; for {@code idx}: the images file
 * @param labelFile          for {@code idx}: the labels file
 * @param labelColumn        for {@code csv}: the name of the label column; {@code null} means the last column
 * @param samples            generators: how many points to make; real data: at most this many samples
 *                           (taken after shuffling with the seed); 0 means the dataset's default
 * @param noise              generators only: standard deviation of the Gaussian noise added to each point
 * @param validationFraction share of the samples held out for validation
 * @param testFraction       share of the samples held out for the final test
 * @param normalize          standardize every feature with mean and deviation fitted on the training part
 * @param jitter             augmentation of 2-D and tabular data: Gaussian noise σ added to training
 *                           inputs (0 = off)
 * @param shift              augmentation of images: random shifts of up to this many pixels (0 = off)
 * @param classes            keep only these class labels (empty = all), e.g. digits 0–4 for transfer
 * @param testNoise          a data mismatch to study: Gaussian noise σ added to the test part's inputs only
 *                           (after standardizing, drawn once with the seed), so the test data come from
 *                           another distribution than the training and validation data (0 = off)
 */
public record DataSpec(
        String dataset,
        String file,
        String labelFile,
        String labelColumn,
        int samples,
        double noise,
        double validationFraction,
        double testFraction,
        boolean normalize,
        double jitter,
        int shift,
        List<Integer> classes,
        double testNoise) implements Validated {

    // The validator's limits, the one source for the fields that edit these values too.
    public static final int MAX_SAMPLES = 1_000_000;
    public static final double MAX_NOISE = 10;
    /** The validation and the test fraction each (and both together) lie from 0 to this. */
    public static final double MAX_FRACTION = 0.9;
    public static final double MAX_JITTER = 10;
    public static final int MAX_SHIFT = 4;

    public DataSpec {
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    /** A data spec without a test-part mismatch ({@code testNoise} 0). */
    public DataSpec(String dataset, String file, String labelFile, String labelColumn, int samples, double noise,
                    double validationFraction, double testFraction, boolean normalize, double jitter, int shift,
                    List<Integer> classes) {
        this(dataset, file, labelFile, labelColumn, samples, noise, validationFraction, testFraction, normalize, jitter,
                shift, classes, 0.0);
    }

    public static DataSpec defaults() {
        return new DataSpec("spiral", null, null, null, 0, 0.05, 0.2, 0.2, true, 0.0, 0, List.of(), 0.0);
    }

    /** A data spec of the given catalogue dataset with every other field at its default. */
    public static DataSpec of(String dataset) {
        return defaults().withDataset(dataset);
    }

    public DataSpec withDataset(String id) {
        return new DataSpec(id, file, labelFile, labelColumn, samples, noise, validationFraction, testFraction, normalize,
                jitter, shift, classes, testNoise);
    }

    public DataSpec withSamples(int n) {
        return new DataSpec(dataset, file, labelFile, labelColumn, n, noise, validationFraction, testFraction, normalize,
                jitter, shift, classes, testNoise);
    }

    public DataSpec withNoise(double sigma) {
        return new DataSpec(dataset, file, labelFile, labelColumn, samples, sigma, validationFraction, testFraction,
                normalize, jitter, shift, classes, testNoise);
    }

    public DataSpec withSplit(double validation, double test) {
        return new DataSpec(dataset, file, labelFile, labelColumn, samples, noise, validation, test, normalize, jitter,
                shift, classes, testNoise);
    }

    /** The same data with training-input jitter {@code sigma} and image shifts of up to {@code pixels}. */
    public DataSpec withAugmentation(double sigma, int pixels) {
        return new DataSpec(dataset, file, labelFile, labelColumn, samples, noise, validationFraction, testFraction,
                normalize, sigma, pixels, classes, testNoise);
    }

    public DataSpec withClasses(List<Integer> keep) {
        return new DataSpec(dataset, file, labelFile, labelColumn, samples, noise, validationFraction, testFraction,
                normalize, jitter, shift, keep, testNoise);
    }

    @Override
    public void validate(String path, Problems problems) {
        if (dataset == null || dataset.isBlank()) {
            problems.add(Problems.at(path, "dataset"), "must name a dataset");
        } else if (("csv".equals(dataset) || "idx".equals(dataset)) && (file == null || file.isBlank())) {
            problems.add(Problems.at(path, "file"), "a " + dataset + " dataset needs a file");
        }
        if ("idx".equals(dataset) && (labelFile == null || labelFile.isBlank())) {
            problems.add(Problems.at(path, "labelFile"), "an idx dataset needs a label file");
        }
        Problems.range(problems, Problems.at(path, "samples"), samples, 0, MAX_SAMPLES);
        Problems.range(problems, Problems.at(path, "noise"), noise, 0, MAX_NOISE);
        Problems.range(problems, Problems.at(path, "validationFraction"), validationFraction, 0, MAX_FRACTION);
        Problems.range(problems, Problems.at(path, "testFraction"), testFraction, 0, MAX_FRACTION);
        if (validationFraction + testFraction > MAX_FRACTION) {
            problems.add(Problems.at(path, "testFraction"), "validation and test together may hold at most 0.9 of the data");
        }
        Problems.range(problems, Problems.at(path, "jitter"), jitter, 0, MAX_JITTER);
        Problems.range(problems, Problems.at(path, "testNoise"), testNoise, 0, MAX_NOISE);
        Problems.range(problems, Problems.at(path, "shift"), shift, 0, MAX_SHIFT);
        for (int i = 0; i < classes.size(); i++) {
            Integer c = classes.get(i);
            if (c == null || c < 0 || c > 999) {
                problems.add(Problems.at(path, "classes[" + i + "]"), "must be a class label between 0 and 999");
            }
        }
    }
}
