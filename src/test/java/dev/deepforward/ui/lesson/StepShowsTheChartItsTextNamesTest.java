package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;

/** Which chart a set-up shows first, read from the shipped lessons' own words. */
class StepShowsTheChartItsTextNamesTest {

    private static Lesson lesson(String file) {
        return LessonLoader.load(Path.of("lessons", file), null).value();
    }

    @Test
    void aStepThatAsksToCompareTheRunsGradientsChartsShowsTheGradientsFirst() {
        // lesson 7 step 2: "Compare the runs' **Gradients** charts on the Training tab"
        assertThat(LessonPlayer.aboutGradients(lesson("07-batch-normalization.json").steps().get(1))).isTrue();
    }

    @Test
    void aStepThatSaysWatchTheLossShowsTheLossFirst() {
        // lesson 7 step 1: three runs, which diverge or train: the loss says it
        assertThat(LessonPlayer.aboutGradients(lesson("07-batch-normalization.json").steps().get(0))).isFalse();
    }
}
