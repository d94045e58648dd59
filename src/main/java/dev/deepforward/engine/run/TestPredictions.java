package dev.deepforward.engine.run;

import java.util.List;

/**
 * The network's predictions on a fixed handful of test images, for the image prediction grid. Computed on
 * the training thread when a view asks for one (at most once per request, answered also while paused or
 * ended), never on the UI thread. The samples are the first {@code count} of the test part (the split has
 * already shuffled them with the seed), so the same faces stay on screen while their predictions change.
 *
 * <p>Only image classification answers: other data has no pictures to show.
 *
 * @param variant    the variant's name
 * @param iteration  iterations taken when it was computed
 * @param width      image width in pixels
 * @param height     image height in pixels
 * @param pixels     row-major images, {@code count × height × width}, in the data's own units (normalization
 *                   undone, so 0 = background)
 * @param labels     the true class of each image
 * @param predicted  the class with the highest output
 * @param confidence that highest output (a probability)
 * @param classNames the dataset's class names, indexed by label
 */
public record TestPredictions(String variant, long iteration, int width, int height, float[] pixels, int[] labels,
                              int[] predicted, float[] confidence, List<String> classNames) implements RunEvent {

    public TestPredictions {
        classNames = List.copyOf(classNames);
    }

    /** How many images it holds. */
    public int count() {
        return labels.length;
    }
}
