package dev.deepforward.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSizesTest {

    @Test
    void sizesComeFromTheCatalogue() {
        assertThat(DatasetSizes.of(DataSpec.of("spiral"))).hasValueSatisfying(io -> assertThat(io).containsExactly(2, 2));
        assertThat(DatasetSizes.of(DataSpec.of("iris"))).hasValueSatisfying(io -> assertThat(io).containsExactly(4, 3));
        assertThat(DatasetSizes.of(DataSpec.of("mnist"))).hasValueSatisfying(io -> assertThat(io).containsExactly(784, 10));
        assertThat(DatasetSizes.of(DataSpec.of("plane"))).hasValueSatisfying(io -> assertThat(io).containsExactly(2, 1));
        assertThat(DatasetSizes.of(DataSpec.of("digits").withClasses(List.of(0, 1, 2))))
                .hasValueSatisfying(io -> assertThat(io).containsExactly(64, 3));
        assertThat(DatasetSizes.of(DataSpec.of("csv"))).isEmpty();
    }

    @Test
    void theDocumentFollowsTheDatasetThroughUndo() {
        DesignDocument doc = new DesignDocument();
        doc.apply(TrainingEdits.setDataset("iris"));
        assertThat(doc.getInputs()).isEqualTo(4);
        assertThat(doc.getOutputs()).isEqualTo(3);
        doc.undo();
        assertThat(doc.getInputs()).isEqualTo(2);
        assertThat(doc.getOutputs()).isEqualTo(2);
    }

    @Test
    void theLossFollowsTheTask() {
        DesignDocument doc = new DesignDocument();
        doc.apply(TrainingEdits.setDataset("plane"));
        assertThat(doc.getSpec().training().loss()).isEqualTo(Loss.MSE);
        doc.apply(TrainingEdits.setDataset("bump"));
        assertThat(doc.getSpec().training().loss()).isEqualTo(Loss.MSE);
        doc.apply(TrainingEdits.setDataset("xor"));
        assertThat(doc.getSpec().training().loss()).isEqualTo(Loss.SOFTMAX_CROSS_ENTROPY);
        doc.apply(TrainingEdits.setLoss(Loss.MSE));
        doc.apply(TrainingEdits.setDataset("circle"));
        assertThat(doc.getSpec().training().loss()).isEqualTo(Loss.MSE); // a chosen MSE on classes stays
    }
}
