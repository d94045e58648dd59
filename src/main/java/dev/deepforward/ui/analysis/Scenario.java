package dev.deepforward.ui.analysis;

import java.util.List;

/**
 * A worked example of the course's error-ladder tables, errors as fractions (train-dev NaN where the
 * example has none). Clicking one loads it into the panel so the reading can be checked against the lecture.
 * They are numbered "Ex. 1" to "Ex. 4", never lettered, so that nobody reads them as the variants A, B, C of a
 * run.
 */
public record Scenario(String name, double human, double train, double trainDev, double dev) {

    public Scenario(String name, double human, double train, double dev) {
        this(name, human, train, Double.NaN, dev);
    }

    /**
     * The course's medical-imaging table: example 1 is a bias problem, 2 a variance problem, 3 close to human
     * level but biased; and its data-mismatch example 4 (training 1 %, train-dev 1.5 %, development 10 %).
     */
    public static final List<Scenario> COURSE = List.of(
            new Scenario("Ex. 1", 0.01, 0.05, 0.06),
            new Scenario("Ex. 2", 0.01, 0.01, 0.05),
            new Scenario("Ex. 3", 0.005, 0.007, 0.008),
            new Scenario("Ex. 4", 0.0, 0.01, 0.015, 0.10));
}
