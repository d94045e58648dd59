package dev.deepforward.ui.model;

import dev.deepforward.data.Generators;
import dev.deepforward.engine.run.MemoryEstimate;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.Problem;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.compare.ComparePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The design being edited: one {@link RunSpec}, its edit history, the selected hidden layer and what is
 * wrong with it. Every panel observes this one object and changes the spec only through
 * {@link #apply(SpecChange)}, so undo/redo, the revision counter and validation cover every edit
 * (Scene Builder's document + job manager, in small).
 *
 * <p>Pure JavaFX properties, no nodes: it is created and tested without a window. Use it on the FX
 * thread only (its properties notify synchronously).
 */
public final class DesignDocument {

    /** The sizes of the 2-D datasets (two inputs, two classes), used until a dataset says otherwise. */
    public static final int DEFAULT_INPUTS = 2;
    public static final int DEFAULT_OUTPUTS = 2;

    private final ReadOnlyObjectWrapper<RunSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<ComparePlan> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final EditHistory history = new EditHistory(500);
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", -1);
    private final ReadOnlyIntegerWrapper inputs = new ReadOnlyIntegerWrapper(this, "inputs", DEFAULT_INPUTS);
    private final ReadOnlyIntegerWrapper outputs = new ReadOnlyIntegerWrapper(this, "outputs", DEFAULT_OUTPUTS);
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyBooleanWrapper canPlay = new ReadOnlyBooleanWrapper(this, "canPlay");
    private final ReadOnlyStringWrapper cannotPlayReason = new ReadOnlyStringWrapper(this, "cannotPlayReason", "");
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
    private KnownData knownData;

    public DesignDocument(RunSpec initial) {
        spec.set(Objects.requireNonNull(initial, "initial"));
        followDataset();
        validate(null);
        // A selection past the last layer (after a delete or an undo) falls back to the last layer.
        spec.addListener((obs, old, now) -> clampSelection());
    }

    public DesignDocument() {
        this(RunSpec.defaults());
    }

    // ---- editing -------------------------------------------------------------------------------

    /**
     * Applies a change as one undoable edit. A change that leaves the spec equal is not recorded (so a
     * control echoing the model's own value back makes no phantom undo step).
     *
     * @return whether the spec changed
     */
    public boolean apply(SpecChange change) {
        return apply(change, comparison.get());
    }

    /**
     * Applies a change of the spec and the comparison together as one undoable edit (a lesson step's run
     * and its variants); not recorded when neither changes.
     *
     * @return whether the design changed
     */
    public boolean apply(SpecChange change, ComparePlan newComparison) {
        RunSpec before = spec.get();
        RunSpec after = Objects.requireNonNull(change.change().apply(before), "a change must return a spec");
        ComparePlan planBefore = comparison.get();
        if (after.equals(before) && Objects.equals(planBefore, newComparison)) {
            return false;
        }
        Edit edit = new Edit(change.label(), before, after, change.mergeKey(), System.nanoTime(), planBefore,
                newComparison);
        history.record(edit);
        move(after, newComparison, DocumentListener.Kind.APPLIED, edit);
        return true;
    }

    /** A Compare-menu change: one undoable edit of the comparison ({@code null}: one run). */
    public boolean setComparison(String label, ComparePlan newComparison) {
        return apply(SpecChange.of(label, s -> s), newComparison);
    }

    public boolean undo() {
        return history.popUndo().map(e -> {
            move(e.before(), e.comparisonBefore(), DocumentListener.Kind.UNDONE, e);
            return true;
        }).orElse(false);
    }

    public boolean redo() {
        return history.popRedo().map(e -> {
            move(e.after(), e.comparisonAfter(), DocumentListener.Kind.REDONE, e);
            return true;
        }).orElse(false);
    }

    /** Starts over with another spec, keeping the comparison: the history is cleared. */
    public void replace(RunSpec newSpec, String label) {
        replace(new Design(newSpec, comparison.get()), label);
    }

    /** Starts over with another design (a file opened, New): the history is cleared. */
    public void replace(Design design, String label) {
        RunSpec old = spec.get();
        history.clear();
        move(design.spec(), design.comparison(), DocumentListener.Kind.REPLACED,
                new Edit(label, old, design.spec(), null, System.nanoTime(), comparison.get(), design.comparison()));
    }

    private void move(RunSpec to, ComparePlan plan, DocumentListener.Kind kind, Edit edit) {
        spec.set(to);
        followDataset();
        // Validate before the revision moves: panels rebuild on the revision and read the problems.
        validate(plan);
        revision.set(revision.get() + 1);
        // The comparison follows the spec, as when it was switched after the spec: the run rebuilds once
        // for the new base, then once for the new variants.
        comparison.set(plan);
        for (DocumentListener l : listeners) {
            l.changed(kind, edit);
        }
    }

    // ---- sizes from the dataset ----------------------------------------------------------------

    /**
     * Input and output widths follow the spec's dataset (from the catalogue, so undo and a loaded lesson
     * resize too), before the revision moves so panels rebuild once with the right sizes.
     */
    private void followDataset() {
        DatasetSizes.of(spec.get().data()).ifPresent(io -> {
            inputs.set(io[0]);
            outputs.set(io[1]);
        });
    }

    /** The input and output widths of the current dataset; they change parameter counts, not the spec. */
    public void setIoSizes(int inputCount, int outputCount) {
        if (inputCount < 1 || outputCount < 1) {
            throw new IllegalArgumentException("sizes must be positive: " + inputCount + ", " + outputCount);
        }
        inputs.set(inputCount);
        outputs.set(outputCount);
        validate(comparison.get());
        revision.set(revision.get() + 1);
    }

    /**
     * The size of a data set once it has been read (the data panel's preview): {@code samples} in all, of
     * which {@code train} train. The check before Play counts the data of a spec with exactly this
     * {@code data} at these sizes; until a set is read its size is estimated from the spec.
     */
    public void dataLoaded(DataSpec data, int inputCount, int outputCount, long samples, long train) {
        KnownData now = new KnownData(Objects.requireNonNull(data, "data"), inputCount, outputCount, samples, train);
        if (!now.equals(knownData)) {
            knownData = now;
            validate(comparison.get());
            dataRead.set(dataRead.get() + 1);
        }
    }

    /** Counts the data sets read (the data panel's preview): what is worked out from their size follows it. */
    private final ReadOnlyLongWrapper dataRead = new ReadOnlyLongWrapper(this, "dataRead");

    public ReadOnlyLongProperty dataReadProperty() {
        return dataRead.getReadOnlyProperty();
    }

    /**
     * The training examples of the design's data: as read when the data panel has read this data set, else
     * as the spec suggests (a generator's sample count less the validation and test shares).
     */
    public long trainingExamples() {
        RunSpec s = spec.get();
        DataSpec d = s.data();
        if (knownData != null && knownData.data().equals(d)) {
            return Math.max(1, knownData.train());
        }
        long samples = d.samples() > 0 ? d.samples()
                : Generators.isGenerator(d.dataset()) ? Generators.DEFAULT_SAMPLES : s.training().batchSize();
        return Math.max(1, Math.round(samples * (1 - d.validationFraction() - d.testFraction())));
    }

    /** Whether {@link #trainingExamples()} is the size of the data set as read (false: estimated from the spec). */
    public boolean trainingExamplesKnown() {
        return knownData != null && knownData.data().equals(spec.get().data());
    }

    /** A data set read and counted. */
    private record KnownData(DataSpec data, int inputs, int outputs, long samples, long train) {
    }

    // ---- validation ----------------------------------------------------------------------------

    private void validate(ComparePlan plan) {
        List<Problem> found = new ArrayList<>(spec.get().problems("").list());
        problems.set(List.copyOf(found));
        String refusal = found.isEmpty() ? refusal(plan) : null;
        canPlay.set(found.isEmpty() && refusal == null);
        cannotPlayReason.set(refusal != null ? refusal : found.isEmpty() ? "" : ProblemText.describe(found.get(0))
                + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : ""));
    }

    /**
     * What the engine would refuse, said before Play: a variant that does not fit the network, or runs
     * too large for this process. Like the engine, every variant's network and batch are counted and each
     * distinct data set once, at its read size when the data panel has read it (else estimated from the
     * spec), the batch capped by the training set; the message names the largest variant.
     */
    private String refusal(ComparePlan plan) {
        RunSpec base = spec.get();
        List<RunSpec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (plan == null) {
            specs.add(base);
            names.add("");
        } else {
            for (Variant v : plan.variants(base)) {
                Problems p = new Problems();
                RunSpec s = v.applyTo(base, "variant '" + v.name() + "'", p);
                if (s == null) {
                    Problem first = p.list().get(0);
                    return first.path() + ": " + first.message()
                            + (p.size() > 1 ? " (and " + (p.size() - 1) + " more)" : "");
                }
                specs.add(s);
                names.add(v.name());
            }
        }
        long network = 0;
        long activations = 0;
        long data = 0;
        long largest = -1;
        String largestName = "";
        long batch = 0;
        java.util.Set<DataSpec> counted = new java.util.HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            RunSpec s = specs.get(i);
            MemoryEstimate e = estimate(s, base);
            network += e.network();
            activations += e.activations();
            data += counted.add(s.data()) ? e.data() : 0;
            batch = Math.max(batch, s.training().batchSize());
            if (e.total() > largest) {
                largest = e.total();
                largestName = names.get(i);
            }
        }
        String refusal = new MemoryEstimate(network, activations, data).refusal(batch);
        if (refusal == null || specs.size() < 2) {
            return refusal;
        }
        return "the " + specs.size() + " variants together: " + refusal + "; the largest, '" + largestName
                + "', needs about " + dev.deepforward.data.MemoryBudget.describe(largest) + " alone";
    }

    /** One spec's estimate, with its data at the size read (when it was) or as the spec suggests. */
    private MemoryEstimate estimate(RunSpec s, RunSpec base) {
        DataSpec d = s.data();
        KnownData known = knownData != null && knownData.data().equals(d) ? knownData : null;
        int in;
        int out;
        if (known != null) {
            in = known.inputs();
            out = known.outputs();
        } else if (d.equals(base.data())) {
            in = inputs.get();
            out = outputs.get();
        } else {
            int[] io = DatasetSizes.of(d).orElse(new int[] {inputs.get(), outputs.get()});
            in = io[0];
            out = io[1];
        }
        long samples;
        long train;
        if (known != null) {
            samples = known.samples();
            train = known.train();
        } else {
            samples = d.samples() > 0 ? d.samples()
                    : Generators.isGenerator(d.dataset()) ? Generators.DEFAULT_SAMPLES : s.training().batchSize();
            train = Math.round(samples * (1 - d.validationFraction() - d.testFraction()));
        }
        return MemoryEstimate.ofSizes(s, Math.max(1, in), Math.max(1, out), samples, Math.max(1, train));
    }

    /** The problems of hidden layer {@code index}. */
    public List<Problem> layerProblems(int index) {
        return problems.get().stream().filter(p -> ProblemText.hiddenIndex(p) == index).toList();
    }

    private void clampSelection() {
        int n = spec.get().network().hidden().size();
        if (selectedLayer.get() >= n) {
            selectedLayer.set(n - 1);
        }
    }

    // ---- listeners and properties --------------------------------------------------------------

    public void addListener(DocumentListener l) {
        listeners.add(l);
    }

    public void removeListener(DocumentListener l) {
        listeners.remove(l);
    }

    public RunSpec getSpec() { return spec.get(); }
    /** The whole design: the spec and the comparison. */
    public Design design() { return new Design(spec.get(), comparison.get()); }
    public ComparePlan getComparison() { return comparison.get(); }
    public ReadOnlyObjectProperty<ComparePlan> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RunSpec> specProperty() { return spec.getReadOnlyProperty(); }
    public long getRevision() { return revision.get(); }
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public EditHistory history() { return history; }
    public IntegerProperty selectedLayerProperty() { return selectedLayer; }
    public int getSelectedLayer() { return selectedLayer.get(); }
    public void select(int index) { selectedLayer.set(index); }
    public int getInputs() { return inputs.get(); }
    public int getOutputs() { return outputs.get(); }
    public ReadOnlyIntegerProperty inputsProperty() { return inputs.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty outputsProperty() { return outputs.getReadOnlyProperty(); }
    public List<Problem> getProblems() { return problems.get(); }
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() { return problems.getReadOnlyProperty(); }
    public boolean canPlay() { return canPlay.get(); }
    public ReadOnlyBooleanProperty canPlayProperty() { return canPlay.getReadOnlyProperty(); }
    public String getCannotPlayReason() { return cannotPlayReason.get(); }
    public ReadOnlyStringProperty cannotPlayReasonProperty() { return cannotPlayReason.getReadOnlyProperty(); }

    /** Trainable parameters of the whole network at the current input/output sizes. */
    public long parameterCount() {
        return spec.get().network().parameterCount(getInputs(), getOutputs());
    }
}
