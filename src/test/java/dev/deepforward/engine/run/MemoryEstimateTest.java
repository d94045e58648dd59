package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {

    /** The largest network the spec allows: 32 hidden layers of 4096 units, batch 65,536. */
    private static RunSpec largest() {
        RunSpec s = TrainingRunTest.spiral(10);
        return s.withNetwork(NetworkSpec.uniform(32, 4096, Activation.RELU))
                .withTraining(s.training().withBatchSize(TrainingSpec.MAX_BATCH));
    }

    @Test
    void theLargestNetworkTheSpecAllowsIsRefusedUpFrontWithTheEstimate() {
        assertThatThrownBy(() -> TrainingRun.of(largest(), e -> { }))
                .isInstanceOf(RunSetupException.class)
                .hasMessageMatching("the run needs about \\d+\\.\\d GB; this Java process can use \\d+\\.\\d GB .*"
                        + "the network's parameters, gradients and optimizer state 7\\.8 GB, the activations of a "
                        + "batch of 65,536 .*, the data .*");
    }

    @Test
    void theDefaultRunFitsEasily() throws Exception {
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(10), e -> { })) {
            assertThat(run.state()).isNotNull();
        }
    }
}
