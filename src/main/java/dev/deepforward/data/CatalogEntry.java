package dev.deepforward.data;

import java.util.List;

/**
 * What the catalogue says about a dataset before it is loaded: enough for a picker, a lesson check or a
 * network designer to size the input and output layers.
 *
 * @param id          the id a {@link dev.deepforward.spec.DataSpec} names ({@code spiral}, {@code mnist}, …)
 * @param title       a short name for people
 * @param task        classification or regression
 * @param inputShape  {@code [features]} for points and tables, {@code [height, width]} for images
 * @param outputs     classes for classification, targets for regression
 * @param description one or two sentences on what the set is and what it teaches
 */
public record CatalogEntry(String id, String title, Task task, List<Integer> inputShape, int outputs,
                           String description) {

    public CatalogEntry {
        inputShape = List.copyOf(inputShape);
    }

    /** How many numbers one sample gives the network. */
    public int featureCount() {
        int n = 1;
        for (int d : inputShape) {
            n *= d;
        }
        return n;
    }

    /** Whether the samples are images (a two-dimensional input shape). */
    public boolean isImage() {
        return inputShape.size() == 2;
    }
}
