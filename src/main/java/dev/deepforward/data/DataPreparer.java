package dev.deepforward.data;

import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns a {@link DataSpec} and a run seed into {@link PreparedData}: load or generate, keep the chosen
 * classes, cap the number of samples, split (stratified), fit the normalization on the training part,
 * apply it to all parts, and choose the augmentation.
 *
 * <p>Every random step draws from its own seed derived from the run seed ({@code data}, {@code subsample},
 * {@code split}), so the same spec and seed always give the same arrays, and changing one setting does
 * not reshuffle what the others decided.
 */
public final class DataPreparer {

    private DataPreparer() {
    }

    /** Prepares {@code spec} with the shipped assets found by {@link Assets#standard()}. */
    public static PreparedData prepare(DataSpec spec, long seed) throws DataException {
        return prepare(spec, seed, DatasetLoader.standard());
    }

    /** Prepares {@code spec} with the datasets of {@code loader}. */
    public static PreparedData prepare(DataSpec spec, long seed, DatasetLoader loader) throws DataException {
        Problems problems = spec.problems("data");
        if (!problems.isEmpty()) {
            throw new DataException("data spec", problems.toString().strip().replace("\n", "; "));
        }
        DatasetLoader.Loaded loaded = loader.load(spec, seed);
        Dataset data = loaded.data();
        if (!spec.classes().isEmpty()) {
            data = keepClasses(data, spec.classes());
        }
        // Generators already made spec.samples points; a real set is cut down to at most that many.
        if (!Generators.isGenerator(spec.dataset()) && spec.samples() > 0 && spec.samples() < data.size()) {
            int[] order = Splitter.range(data.size());
            Seeds.shuffle(order, Seeds.random(seed, "subsample"));
            data = data.subset(data.name(), Arrays.copyOf(order, spec.samples()));
        }
        requireTwoClasses(data);
        Splitter.Parts parts = Splitter.split(data, spec.validationFraction(), spec.testFraction(),
                Seeds.random(seed, "split"));
        if (parts.train().size() == 0) {
            throw new DataException(data.name(), "has too few samples (" + data.size() + ") to train on");
        }
        Normalization normalization = Normalization.forTraining(parts.train(), spec.normalize());
        Dataset test = normalization.apply(parts.test());
        if (spec.testNoise() > 0) {
            test = withInputNoise(test, spec.testNoise(), Seeds.random(seed, "test-noise"));
        }
        return new PreparedData(normalization.apply(parts.train()), normalization.apply(parts.validation()),
                test, normalization,
                Augmenter.forSpec(spec, parts.train(), normalization), loaded.entry());
    }

    /**
     * {@code data} with Gaussian noise of deviation {@code sigma} added to every input once: the test part
     * of a data mismatch ({@code DataSpec.testNoise}), whose inputs come from another distribution than the
     * data the network trained and was validated on.
     */
    static Dataset withInputNoise(Dataset data, double sigma, java.util.SplittableRandom random) {
        float[] x = data.features().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += (float) (sigma * Seeds.gaussian(random));
        }
        return data.withSamples(data.name(), x, data.labels(), data.targets());
    }

    /**
     * Refuses classification data whose samples all have one label: a network would learn to say that label
     * and report an accuracy of 1.0, which reads as success and teaches nothing.
     */
    static void requireTwoClasses(Dataset data) throws DataException {
        if (data.task() != Task.CLASSIFICATION || data.size() == 0) {
            return;
        }
        int first = data.labels()[0];
        for (int label : data.labels()) {
            if (label != first) {
                return;
            }
        }
        String name = first < data.classNames().size() ? data.classNames().get(first) : Integer.toString(first);
        throw new DataException(data.name(), "every sample has the label '" + name + "'; classification needs"
                + " samples of at least two classes");
    }

    /**
     * The samples of the given classes only, relabelled 0..k−1 in ascending order of their old labels
     * (so {@code [4, 2]} and {@code [2, 4]} mean the same), keeping their names.
     */
    public static Dataset keepClasses(Dataset data, List<Integer> classes) throws DataException {
        if (data.task() != Task.CLASSIFICATION) {
            throw new DataException(data.name(), "is a regression set; classes can only be chosen in classification");
        }
        TreeSet<Integer> keep = new TreeSet<>(classes);
        int[] newLabel = new int[data.classCount()];
        Arrays.fill(newLabel, -1);
        List<String> names = new ArrayList<>();
        for (int c : keep) {
            if (c < 0 || c >= data.classCount()) {
                throw new DataException(data.name(), "has classes 0.." + (data.classCount() - 1) + "; there is no class " + c);
            }
            newLabel[c] = names.size();
            names.add(data.classNames().get(c));
        }
        int[] labels = data.labels();
        int kept = 0;
        for (int label : labels) {
            if (newLabel[label] >= 0) {
                kept++;
            }
        }
        if (kept == 0) {
            throw new DataException(data.name(), "has no samples of the classes " + keep);
        }
        int f = data.featureCount();
        float[] features = new float[kept * f];
        int[] relabelled = new int[kept];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (newLabel[labels[i]] >= 0) {
                System.arraycopy(data.features(), i * f, features, k * f, f);
                relabelled[k++] = newLabel[labels[i]];
            }
        }
        return data.isImage()
                ? Dataset.images(data.name(), data.imageWidth(), data.imageHeight(), features, relabelled, names)
                : Dataset.classification(data.name(), f, features, relabelled, names);
    }
}
