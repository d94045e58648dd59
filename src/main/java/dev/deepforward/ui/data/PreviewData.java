package dev.deepforward.ui.data;

import dev.deepforward.data.DataException;
import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.Dataset;
import dev.deepforward.data.DatasetLoader;
import dev.deepforward.data.PreparedData;
import dev.deepforward.spec.DataSpec;

/**
 * What the data panel shows of a data spec: the samples in their own units (before normalization, so
 * images look like images) and the sizes of the three parts the run will train, validate and test on.
 *
 * @param raw        the loaded samples, classes filtered as the spec asks
 * @param train      samples in the training part
 * @param validation samples in the validation part
 * @param test       samples in the test part
 */
public record PreviewData(Dataset raw, int train, int validation, int test) {

    /** Loads and prepares {@code spec} as a run with {@code seed} would (slow for big files: not on the FX thread). */
    public static PreviewData load(DataSpec spec, long seed) throws DataException {
        PreparedData prepared = DataPreparer.prepare(spec, seed);
        Dataset raw = DatasetLoader.standard().load(spec, seed).data();
        if (!spec.classes().isEmpty()) {
            raw = DataPreparer.keepClasses(raw, spec.classes());
        }
        return new PreviewData(raw, prepared.train().size(), prepared.validation().size(), prepared.test().size());
    }

    public int total() {
        return train + validation + test;
    }
}
