package dev.deepforward.ui.analysis;

import java.util.List;

/**
 * A worked example of the course's bias/variance table (medical-image classification), errors as
 * fractions. Clicking one loads it into the panel so the reading can be checked against the lecture.
 */
public record Scenario(String name, double human, double train, double dev) {

    /** The course's table: A is a bias problem, B a variance problem, C close to human level but biased. */
    public static final List<Scenario> COURSE = List.of(
            new Scenario("A", 0.01, 0.05, 0.06),
            new Scenario("B", 0.01, 0.01, 0.05),
            new Scenario("C", 0.005, 0.007, 0.008));
}
