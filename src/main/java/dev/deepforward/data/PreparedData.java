package dev.deepforward.data;

/**
 * The data of one run, ready to train on: the three parts, already normalized; the normalization fitted
 * on the training part (to send new inputs, such as a decision surface's grid, the same way); the
 * augmentation to apply to the training part each epoch; and the catalogue entry of the source.
 *
 * <p>Sizes come from the datasets, not the entry: a class filter can leave fewer outputs than the
 * source has.
 */
public record PreparedData(Dataset train, Dataset validation, Dataset test, Normalization normalization,
                           Augmenter augmenter, CatalogEntry source) {

    /** Inputs per sample. */
    public int inputCount() {
        return train.featureCount();
    }

    /** Classes (classification) or targets (regression) the network must output. */
    public int outputCount() {
        return train.outputCount();
    }

    public Task task() {
        return train.task();
    }
}
