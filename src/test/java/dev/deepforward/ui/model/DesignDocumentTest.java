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

    @Test
    void aDataSetTooLargeForThisProcessCannotPlayOnceTheDataPanelHasReadIt() {
        RunSpec images = RunSpec.defaults().withData(dev.deepforward.spec.DataSpec.of("mnist"));
        doc.replace(images, "images");
        assertThat(doc.canPlay()).isTrue();
        // a million 28x28 images: the prepared sets and the native training copy need far more than 3 GB
        doc.dataLoaded(images.data(), 784, 10, 1_000_000, 800_000);
        assertThat(doc.canPlay()).isFalse();
        assertThat(doc.getCannotPlayReason()).startsWith("the run needs about ")
                .contains("; this Java process can use ").contains("the data ");
        // the same count for another data spec says nothing about this one
        doc.dataLoaded(images.data().withSamples(500), 784, 10, 500, 400);
        assertThat(doc.canPlay()).isTrue();
    }

    @Test
    void everyVariantIsCheckedBeforePlayAndTheMessageNamesTheLargest() {
        assertThat(doc.canPlay()).isTrue();
        dev.deepforward.spec.Variant huge = dev.deepforward.spec.Variant.of("huge", "network.hidden",
                        dev.deepforward.spec.NetworkSpec.uniform(32, 4096, Activation.RELU).hidden())
                .and("training.batchSize", 65_536).and("data.samples", 100_000);
        doc.setComparison("Compare", dev.deepforward.ui.compare.ComparePlan.ofVariants(
                List.of(dev.deepforward.spec.Variant.baseline("small"), huge)));
        assertThat(doc.canPlay()).isFalse();
        assertThat(doc.getCannotPlayReason()).startsWith("the 2 variants together: the run needs about ")
                .contains("; the largest, 'huge', needs about ");
        // undoing the comparison makes the design trainable again
        doc.undo();
        assertThat(doc.canPlay()).isTrue();
    }

    @Test
    void aVariantThatDoesNotFitTheNetworkCannotPlayAndSaysWhich() {
        doc.setComparison("Compare", dev.deepforward.ui.compare.ComparePlan.ofVariants(List.of(
                dev.deepforward.spec.Variant.baseline("base"),
                dev.deepforward.spec.Variant.of("deep", "network.hidden[7].units", 16))));
        assertThat(doc.canPlay()).isFalse();
        assertThat(doc.getCannotPlayReason()).startsWith("variant 'deep'.set").contains("hidden[7]");
    }

    @Test
    void theBatchIsCountedNoLargerThanTheTrainingSet() {
        // a batch of 65,536 over a 32 x 4096 network refuses on a big set, and fits on 300 samples
        RunSpec wide = RunSpec.defaults().withNetwork(dev.deepforward.spec.NetworkSpec.uniform(4, 1024, Activation.RELU))
                .withTraining(RunSpec.defaults().training().withBatchSize(65_536));
        doc.replace(wide, "wide");
        doc.dataLoaded(wide.data(), 2, 2, 400_000, 300_000);
        assertThat(doc.canPlay()).isFalse();
        assertThat(doc.getCannotPlayReason()).contains("the activations of a batch of 65,536");
        doc.dataLoaded(wide.data(), 2, 2, 400, 300);
        assertThat(doc.canPlay()).isTrue();
    }
}
