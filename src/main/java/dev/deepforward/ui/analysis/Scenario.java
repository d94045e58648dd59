package dev.deepforward.ui.analysis;

import java.util.List;

/**
 * A worked example of the course's error-ladder tables, errors as fractions (train-dev NaN where the
 * example has none). Clicking one loads it into the panel so the reading can be checked against the lecture.
 */
public record Scenario(String name, double human, double train, double trainDev, double dev) {

    public Scenario(String name, double human, double train, double dev) {
        this(name, human, train, Double.NaN, dev);
    }

    /**
     * The course's medical-imaging table: A is a bias problem, B a variance problem, C close to human level
     * but biased; and its data-mismatch example D (training 1 %, train-dev 1.5 %, development 10 %).
     */
    public static final List<Scenario> COURSE = List.of(
            new Scenario("A", 0.01, 0.05, 0.06),
            new Scenario("B", 0.01, 0.01, 0.05),
            new Scenario("C", 0.005, 0.007, 0.008),
            new Scenario("D", 0.0, 0.01, 0.015, 0.10));
}
