package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChoiceTest {

    static Stream<Class<? extends Choice>> choiceEnums() {
        return Stream.of(LayerKind.class, Activation.class, WeightInit.class, OutputActivation.class, Loss.class,
                Optimizer.class, ScheduleKind.class, ClippingMode.class);
    }

    @ParameterizedTest
    @MethodSource("choiceEnums")
    void everyValueHasANameAndOneSentence(Class<? extends Choice> type) {
        Set<String> ids = new HashSet<>();
        for (Choice c : type.getEnumConstants()) {
            assertThat(c.displayName()).as(c.name()).isNotBlank().hasSizeLessThan(30);
            assertThat(c.explanation()).as(c.name()).endsWith(".").hasSizeGreaterThan(20);
            assertThat(c.id()).matches("[a-z0-9_]+");
            assertThat(ids.add(c.id())).as("unique id " + c.id()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("choiceEnums")
    void everyValueRoundTripsThroughItsId(Class<? extends Choice> type) {
        for (Choice c : type.getEnumConstants()) {
            Problems problems = new Problems();
            Object back = SpecTree.bind(c.id(), type, "x", problems);
            assertThat(problems.list()).isEmpty();
            assertThat(back).isSameAs(c);
        }
    }

    @org.junit.jupiter.api.Test
    void theCourseActivationsAndInitsAreAllThere() {
        assertThat(List.of(Activation.values())).extracting(Activation::id).contains("sigmoid", "tanh", "relu",
                "leaky_relu", "prelu", "elu", "abs", "maxout", "selu", "gelu", "softplus", "identity");
        assertThat(List.of(WeightInit.values())).extracting(WeightInit::id).contains("zeros", "constant", "uniform",
                "normal", "xavier_normal", "xavier_uniform", "xavier_truncated_normal", "he_normal", "he_uniform",
                "lecun_normal");
    }
}
