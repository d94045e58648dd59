package dev.deepforward.spec;

/**
 * A learning-rate schedule. The rate at iteration t (0-based) of a run of T iterations, for base rate η:
 * <ul>
 *   <li>constant: η</li>
 *   <li>step: η·γ^⌊t/stepSize⌋</li>
 *   <li>exponential: η·γ^(t/stepSize)</li>
 *   <li>inverse time: η / (1 + γ·t/stepSize)</li>
 *   <li>cosine: min + ½(η − min)(1 + cos(π·t/T))</li>
 *   <li>warm-up: η·(t+1)/warmup while t &lt; warmup, then η</li>
 * </ul>
 * A positive {@code warmupIterations} puts the same linear warm-up in front of any kind.
 *
 * @param kind             the shape of the schedule
 * @param gamma            decay factor γ
 * @param stepSize         iterations per decay step
 * @param warmupIterations iterations of linear warm-up (0 = none)
 * @param minLearningRate  the floor the cosine schedule ends at
 */
public record ScheduleSpec(ScheduleKind kind, double gamma, int stepSize, int warmupIterations, double minLearningRate)
        implements Validated {

    public static ScheduleSpec defaults() {
        return constant();
    }

    public static ScheduleSpec constant() {
        return new ScheduleSpec(ScheduleKind.CONSTANT, 0.5, 1000, 0, 0.0);
    }

    /** The learning rate at iteration {@code t} of a run of {@code total} iterations with base rate {@code eta}. */
    public double rate(double eta, long t, long total) {
        double warm = 1.0;
        if (warmupIterations > 0 && t < warmupIterations) {
            warm = (t + 1.0) / warmupIterations;
        }
        double r = switch (kind) {
            case CONSTANT, WARMUP -> eta;
            case STEP -> eta * Math.pow(gamma, Math.floor((double) t / stepSize));
            case EXPONENTIAL -> eta * Math.pow(gamma, (double) t / stepSize);
            case INVERSE_TIME -> eta / (1.0 + gamma * t / stepSize);
            case COSINE -> {
                double progress = total <= 1 ? 1.0 : Math.min(1.0, (double) t / (total - 1));
                yield minLearningRate + 0.5 * (eta - minLearningRate) * (1 + Math.cos(Math.PI * progress));
            }
        };
        return r * warm;
    }

    @Override
    public void validate(String path, Problems problems) {
        if (kind == null) {
            problems.add(Problems.at(path, "kind"), "must be set");
            return;
        }
        if (kind == ScheduleKind.INVERSE_TIME) {
            Problems.range(problems, Problems.at(path, "gamma"), gamma, 0, 100);
        } else {
            Problems.range(problems, Problems.at(path, "gamma"), gamma, 0, 1);
        }
        Problems.range(problems, Problems.at(path, "stepSize"), stepSize, 1, 10_000_000);
        Problems.range(problems, Problems.at(path, "warmupIterations"), warmupIterations, 0, 10_000_000);
        if (kind == ScheduleKind.WARMUP && warmupIterations == 0) {
            problems.add(Problems.at(path, "warmupIterations"), "a warm-up schedule needs at least 1 warm-up iteration");
        }
        Problems.range(problems, Problems.at(path, "minLearningRate"), minLearningRate, 0, 10);
    }
}
