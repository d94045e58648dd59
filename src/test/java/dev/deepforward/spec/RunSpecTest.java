package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunSpecTest {

    @Test
    void aDesignIsStillTheSameNetworkAndDataWhateverItsNameSeedOrTraining() {
        RunSpec s = RunSpec.defaults();
        RunSpec retrained = s.withName("another name").withSeed(7).withTraining(
                s.training().withLearningRate(s.training().learningRate() / 10));

        assertThat(s.sameNetworkAndData(retrained)).isTrue();
        assertThat(retrained.sameNetworkAndData(s)).isTrue();
    }

    @Test
    void anotherNetworkOrAnotherDataSetOrNoDesignIsNotTheSame() {
        RunSpec s = RunSpec.defaults();
        NetworkSpec n = s.network();
        RunSpec shallower = s.withNetwork(n.withHidden(n.hidden().subList(0, 1)));
        RunSpec otherData = s.withData(s.data().withDataset("circles"));

        assertThat(s.sameNetworkAndData(shallower)).isFalse();
        assertThat(s.sameNetworkAndData(otherData)).isFalse();
        assertThat(s.sameNetworkAndData(null)).isFalse();
    }
}
