package dev.deepforward.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A set of samples as plain arrays, ready to be copied into whatever the engine trains on.
 *
 * <p>Features are row-major: sample {@code i} occupies {@code features[i*featureCount .. (i+1)*featureCount)}.
 * A classification set has one label per sample in {@code labels} and no targets; a regression set has
 * {@code outputCount} targets per sample (row-major) and no labels. Images keep their width and height
 * (pixels row by row) so views can draw them.
 *
 * <p>The arrays are never changed after construction; accessors hand out the arrays themselves (not
 * copies) because datasets are large and read on hot paths. Callers must not write to them.
 */
public final class Dataset {

    private final String name;
    private final Task task;
    private final int size;
    private final int featureCount;
    private final float[] features;
    private final int[] labels;
    private final int classCount;
    private final float[] targets;
    private final int outputCount;
    private final List<String> classNames;
    private final int imageWidth;
    private final int imageHeight;

    private Dataset(String name, Task task, int featureCount, float[] features, int[] labels, int classCount,
                    float[] targets, int outputCount, List<String> classNames, int imageWidth, int imageHeight) {
        this.name = Objects.requireNonNull(name);
        this.task = task;
        this.featureCount = featureCount;
        this.features = features;
        this.size = featureCount == 0 ? 0 : features.length / featureCount;
        this.labels = labels;
        this.classCount = classCount;
        this.targets = targets;
        this.outputCount = outputCount;
        this.classNames = List.copyOf(classNames);
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        if (featureCount <= 0 || features.length % featureCount != 0) {
            throw new IllegalArgumentException("features length " + features.length
                    + " is not a multiple of featureCount " + featureCount);
        }
        if (task == Task.CLASSIFICATION) {
            if (labels.length != size) {
                throw new IllegalArgumentException(size + " samples but " + labels.length + " labels");
            }
            for (int label : labels) {
                if (label < 0 || label >= classCount) {
                    throw new IllegalArgumentException("label " + label + " outside 0.." + (classCount - 1));
                }
            }
            if (this.classNames.size() != classCount) {
                throw new IllegalArgumentException(classCount + " classes but " + classNames.size() + " names");
            }
        } else if (targets.length != size * outputCount) {
            throw new IllegalArgumentException(size + " samples but " + targets.length + " targets for "
                    + outputCount + " outputs");
        }
        if (imageWidth * imageHeight != 0 && imageWidth * imageHeight != featureCount) {
            throw new IllegalArgumentException("image " + imageWidth + "x" + imageHeight + " does not hold "
                    + featureCount + " features");
        }
    }

    /** A classification set; {@code classNames} has one name per class. */
    public static Dataset classification(String name, int featureCount, float[] features, int[] labels,
                                         List<String> classNames) {
        return new Dataset(name, Task.CLASSIFICATION, featureCount, features, labels, classNames.size(),
                new float[0], 0, classNames, 0, 0);
    }

    /** A classification set of images of {@code width × height} pixels. */
    public static Dataset images(String name, int width, int height, float[] pixels, int[] labels,
                                 List<String> classNames) {
        return new Dataset(name, Task.CLASSIFICATION, width * height, pixels, labels, classNames.size(),
                new float[0], 0, classNames, width, height);
    }

    /** A regression set with {@code outputCount} targets per sample. */
    public static Dataset regression(String name, int featureCount, float[] features, int outputCount,
                                     float[] targets) {
        return new Dataset(name, Task.REGRESSION, featureCount, features, new int[0], 0, targets, outputCount,
                List.of(), 0, 0);
    }

    /** The same kind of dataset (task, classes, image shape) holding other samples. */
    public Dataset withSamples(String newName, float[] newFeatures, int[] newLabels, float[] newTargets) {
        return new Dataset(newName, task, featureCount, newFeatures,
                task == Task.CLASSIFICATION ? newLabels : new int[0], classCount,
                task == Task.REGRESSION ? newTargets : new float[0], outputCount, classNames, imageWidth,
                imageHeight);
    }

    /** The samples at the given indices, in that order. */
    public Dataset subset(String newName, int[] indices) {
        float[] f = new float[indices.length * featureCount];
        int[] l = task == Task.CLASSIFICATION ? new int[indices.length] : new int[0];
        float[] t = task == Task.REGRESSION ? new float[indices.length * outputCount] : new float[0];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            System.arraycopy(features, i * featureCount, f, k * featureCount, featureCount);
            if (task == Task.CLASSIFICATION) {
                l[k] = labels[i];
            } else {
                System.arraycopy(targets, i * outputCount, t, k * outputCount, outputCount);
            }
        }
        return withSamples(newName, f, l, t);
    }

    public String name() { return name; }
    public Task task() { return task; }
    public int size() { return size; }
    public int featureCount() { return featureCount; }
    public float[] features() { return features; }
    public int[] labels() { return labels; }
    public int classCount() { return classCount; }
    public float[] targets() { return targets; }
    public int outputCount() { return task == Task.CLASSIFICATION ? classCount : outputCount; }
    public List<String> classNames() { return classNames; }
    public boolean isImage() { return imageWidth > 0; }
    public int imageWidth() { return imageWidth; }
    public int imageHeight() { return imageHeight; }

    /** How many samples carry each label (classification only). */
    public int[] classCounts() {
        int[] counts = new int[classCount];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return name + " (" + task.name().toLowerCase() + ", " + size + " × " + featureCount
                + (task == Task.CLASSIFICATION ? ", " + classCount + " classes" : ", " + outputCount + " outputs")
                + ")" + (isImage() ? " " + imageWidth + "×" + imageHeight + " images" : "")
                + (labels.length > 0 ? " counts " + Arrays.toString(classCounts()) : "");
    }
}
