package dev.deepforward.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.RunSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document without a window: every edit undoable, revisions counted, listeners told, validity tracked. */
class DesignDocumentTest {

    private final DesignDocument doc = new DesignDocument(RunSpec.defaults());

    @Test
    void anEditChangesTheSpecAndCanBeUndoneAndRedone() {
        RunSpec before = doc.getSpec();
        assertThat(doc.apply(NetworkEdits.setUnits(1, 32))).isTrue();
        assertThat(doc.getSpec().network().hidden().get(1).units()).isEqualTo(32);
        assertThat(doc.history().undoLabelProperty().get()).isEqualTo("Set units of layer 2 to 32");

        assertThat(doc.undo()).isTrue();
        assertThat(doc.getSpec()).isEqualTo(before);
        assertThat(doc.history().redoLabelProperty().get()).isEqualTo("Set units of layer 2 to 32");

        assertThat(doc.redo()).isTrue();
        assertThat(doc.getSpec().network().hidden().get(1).units()).isEqualTo(32);
        assertThat(doc.undo()).isTrue();
        assertThat(doc.undo()).isFalse();
    }

    @Test
    void revisionsCountEveryMoveAndListenersHearOfThem() {
        List<String> heard = new ArrayList<>();
        doc.addListener((kind, edit) -> heard.add(kind + " " + edit.label()));
        long r0 = doc.getRevision();
        doc.apply(NetworkEdits.insertLayer(0, LayerSpec.dense(4, Activation.TANH)));
        doc.undo();
        doc.redo();
        assertThat(doc.getRevision()).isEqualTo(r0 + 3);
        assertThat(heard).containsExactly("APPLIED Add dense layer", "UNDONE Add dense layer", "REDONE Add dense layer");
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        long r0 = doc.getRevision();
        assertThat(doc.apply(NetworkEdits.setUnits(0, 16))).isFalse();
        assertThat(doc.getRevision()).isEqualTo(r0);
        assertThat(doc.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        doc.apply(NetworkEdits.setUnits(0, 8));
        doc.undo();
        doc.apply(NetworkEdits.setBatchNorm(0, true));
        assertThat(doc.history().canRedoProperty().get()).isFalse();
    }

    @Test
    void quickEditsWithOneMergeKeyBecomeOneUndoStep() {
        RunSpec before = doc.getSpec();
        doc.apply(NetworkEdits.setUnits(0, 17));
        doc.apply(NetworkEdits.setUnits(0, 18));
        doc.apply(NetworkEdits.setUnits(0, 19));
        assertThat(doc.history().undoSize()).isEqualTo(1);
        assertThat(doc.history().undoLabelProperty().get()).isEqualTo("Set units of layer 1 to 19");
        doc.undo();
        assertThat(doc.getSpec()).isEqualTo(before);
    }

    @Test
    void editsOfDifferentLayersDoNotMerge() {
        doc.apply(NetworkEdits.setUnits(0, 17));
        doc.apply(NetworkEdits.setUnits(1, 17));
        assertThat(doc.history().undoSize()).isEqualTo(2);
    }

    @Test
    void invalidUnitsBlockPlayWithAReasonAndPointAtTheLayer() {
        assertThat(doc.canPlay()).isTrue();
        doc.apply(NetworkEdits.setUnits(1, 0));
        assertThat(doc.canPlay()).isFalse();
        assertThat(doc.getCannotPlayReason()).startsWith("Layer 2 units must be between 1 and 4096");
        assertThat(doc.layerProblems(1)).hasSize(1);
        assertThat(doc.layerProblems(0)).isEmpty();
        doc.undo();
        assertThat(doc.canPlay()).isTrue();
        assertThat(doc.getCannotPlayReason()).isEmpty();
    }

    @Test
    void ioSizesChangeTheParameterCountNotTheSpec() {
        long twoD = doc.parameterCount();
        RunSpec spec = doc.getSpec();
        doc.setIoSizes(784, 10);
        assertThat(doc.getSpec()).isSameAs(spec);
        assertThat(doc.parameterCount()).isEqualTo(spec.network().parameterCount(784, 10)).isGreaterThan(twoD);
    }

    @Test
    void theSelectionFollowsTheLayersThatExist() {
        DesignCommands commands = new DesignCommands(doc);
        doc.select(1);
        commands.delete(1);
        assertThat(doc.getSelectedLayer()).isZero();
        commands.delete(0);
        assertThat(doc.getSelectedLayer()).isEqualTo(-1);
        doc.undo();
        doc.undo();
        assertThat(doc.getSpec().network().hidden()).hasSize(2);
    }

    @Test
    void replacingTheSpecClearsTheHistory() {
        doc.apply(NetworkEdits.setUnits(0, 8));
        doc.replace(RunSpec.defaults().withName("Other"), "Open lesson");
        assertThat(doc.history().canUndoProperty().get()).isFalse();
        assertThat(doc.getSpec().name()).isEqualTo("Other");
    }

    @Test
    void aNetworkTooLargeForThisProcessCannotPlayAndTheReasonGivesTheEstimate() {
        RunSpec huge = RunSpec.defaults().withData(dev.deepforward.spec.DataSpec.of("mnist"))
                .withNetwork(dev.deepforward.spec.NetworkSpec.uniform(32, 4096, Activation.RELU))
                .withTraining(RunSpec.defaults().training().withBatchSize(65_536));
        doc.replace(huge, "huge");
        assertThat(doc.canPlay()).isFalse();
        assertThat(doc.getCannotPlayReason()).startsWith("the run needs about ")
                .contains("; this Java process can use ").contains("optimizer state");
        doc.replace(RunSpec.defaults(), "back");
        assertThat(doc.canPlay()).isTrue();
    }
}
