package dev.deepforward.spec;

/**
 * Early stopping on the validation loss, checked once per epoch.
 *
 * @param enabled     whether to stop early at all
 * @param patience    epochs without an improvement of at least {@code minDelta} before stopping
 * @param minDelta    the smallest fall of the validation loss that counts as an improvement
 * @param restoreBest put back the parameters of the best epoch when stopping
 */
public record EarlyStoppingSpec(boolean enabled, int patience, double minDelta, boolean restoreBest)
        implements Validated {

    public static final int MAX_PATIENCE = 10_000;

    public static EarlyStoppingSpec defaults() {
        return new EarlyStoppingSpec(false, 10, 0.0, true);
    }

    public static EarlyStoppingSpec after(int patience) {
        return new EarlyStoppingSpec(true, patience, 0.0, true);
    }

    @Override
    public void validate(String path, Problems problems) {
        Problems.range(problems, Problems.at(path, "patience"), patience, 1, MAX_PATIENCE);
        Problems.range(problems, Problems.at(path, "minDelta"), minDelta, 0, 1e6);
    }
}
