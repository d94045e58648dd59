package dev.deepforward.spec;

import java.util.List;

/**
 * What a hyperparameter search tries.
 *
 * @param dimensions the hyperparameters varied
 * @param random     random search (draws {@code budget} configurations) instead of grid search (every
 *                   combination, at most {@code budget} of them)
 * @param budget     at most this many runs
 * @param seed       the seed of the random draws (each run still trains with the base spec's seed)
 */
public record SearchSpace(List<SearchDimension> dimensions, boolean random, int budget, long seed) implements Validated {

    public static final int MAX_BUDGET = 1000;

    public SearchSpace {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public static SearchSpace defaults() {
        return new SearchSpace(List.of(), false, 20, 1L);
    }

    @Override
    public void validate(String path, Problems problems) {
        if (dimensions.isEmpty()) {
            problems.add(Problems.at(path, "dimensions"), "name at least one hyperparameter");
        }
        for (int i = 0; i < dimensions.size(); i++) {
            dimensions.get(i).validate(Problems.at(path, "dimensions[" + i + "]"), problems);
        }
        Problems.range(problems, Problems.at(path, "budget"), budget, 1, MAX_BUDGET);
    }
}
