package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.TrainedWeights;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The transfer-learning experiment behind the panel, off the FX thread: pretrain on a source task, then
 * train the target task three ways from the same starting point.
 *
 * <p>Frozen and fine-tuned share one {@link Comparison} that {@link Comparison#transferFrom} seeds with the
 * pretrained lower layers (frozen ones marked {@code frozen}). "From scratch" must <em>not</em> receive
 * those weights, and {@code transferFrom} seeds every variant of a comparison, so scratch is its own
 * {@link TrainingRun} of the same target spec, trained at the same time.
 */
public final class TransferWorkflow implements AutoCloseable {

    public static final List<Integer> SOURCE_CLASSES = List.of(0, 1, 2, 3, 4);
    public static final List<Integer> TARGET_CLASSES = List.of(5, 6, 7, 8, 9);
    public static final List<String> VARIANTS = List.of("frozen", "fine-tuned", "from scratch");

    /**
     * What the target training ended with.
     *
     * @param summaries   variant name → summary, in {@link #VARIANTS} order
     * @param frozenKept  whether every frozen layer still holds exactly the pretrained weights
     */
    public record Outcome(Map<String, RunSummary> summaries, boolean frozenKept) {
    }

    private volatile Comparison running;
    private volatile TrainingRun scratch;

    /** The design on a digits task: the same hidden layers, {@code classes} only, {@code samples} examples. */
    public static RunSpec task(RunSpec design, List<Integer> classes, int samples, int epochs) {
        DataSpec data = DataSpec.of("mnist").withClasses(classes).withSamples(samples).withSplit(0.2, 0.3);
        return design.withData(data).withTraining(design.training().withIterations(0).withEpochs(epochs));
    }

    /** Step 1: trains the source task to its end and copies its weights. */
    public CompletableFuture<TrainedWeights> pretrain(RunSpec source, BiConsumer<String, EpochMetrics> epochs) {
        return CompletableFuture.supplyAsync(() -> {
            try (TrainingRun run = TrainingRun.of(source, e -> forward(e, "source", epochs))) {
                running = run;
                run.start();
                settle(run);
                return run.trainedWeights(0);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                running = null;
            }
        }, TransferWorkflow::daemon);
    }

    /** Step 3: frozen, fine-tuned and from-scratch runs of the target, the first two from {@code layers} pretrained layers. */
    public CompletableFuture<Outcome> transfer(RunSpec target, TrainedWeights pretrained, int layers,
                                               BiConsumer<String, EpochMetrics> epochs) {
        return CompletableFuture.supplyAsync(() -> {
            Variant frozen = new Variant(VARIANTS.get(0), "", Map.of());
            for (int i = 0; i < layers; i++) {
                frozen = frozen.and("network.hidden[" + i + "].frozen", true);
            }
            List<Variant> variants = List.of(frozen, Variant.baseline(VARIANTS.get(1)));
            try (Comparison c = Comparison.of(target, variants, e -> forward(e, e.variant(), epochs));
                 TrainingRun s = TrainingRun.of(target, e -> forward(e, VARIANTS.get(2), epochs))) {
                running = c;
                scratch = s;
                c.transferFrom(pretrained, layers);
                c.start();
                s.start();
                settle(c);
                settle(s);
                Map<String, RunSummary> out = new LinkedHashMap<>();
                out.put(VARIANTS.get(0), c.summaries().get(0));
                out.put(VARIANTS.get(1), c.summaries().get(1));
                out.put(VARIANTS.get(2), s.summary());
                TrainedWeights after = c.trainedWeights(0);
                boolean kept = true;
                for (int i = 0; i < layers; i++) {
                    kept &= Arrays.deepEquals(after.layerWeights(i), pretrained.layerWeights(i));
                }
                return new Outcome(out, kept);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                running = null;
                scratch = null;
            }
        }, TransferWorkflow::daemon);
    }

    private static void forward(RunEvent e, String name, BiConsumer<String, EpochMetrics> epochs) {
        if (e instanceof EpochMetrics m) {
            epochs.accept(name, m);
        }
    }

    private static void settle(Comparison c) throws InterruptedException {
        if (!c.awaitSettled(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the run did not end in time");
        }
    }

    /** Runs off the common pool, so a long run never starves other work and the JVM can exit under it. */
    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "transfer workflow");
        t.setDaemon(true);
        t.start();
    }

    /** Stops whatever is training. */
    @Override
    public void close() {
        Comparison c = running;
        if (c != null) {
            c.stop();
        }
        TrainingRun s = scratch;
        if (s != null) {
            s.stop();
        }
    }
}
