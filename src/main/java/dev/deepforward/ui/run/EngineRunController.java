package dev.deepforward.ui.run;

import dev.deepforward.analysis.NotLearning;
import dev.deepforward.engine.LayerStats;
import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.DecisionSurface;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.SnapshotQueue;
import dev.deepforward.engine.run.StateChange;
import dev.deepforward.engine.run.TrainedWeights;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.chart.MetricsSink;
import dev.deepforward.ui.chart.RunLayout;
import dev.deepforward.ui.compare.CompareMode;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.views.RunViews;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Connects the design to the training engine: one run of the document's spec — or, in compare mode, a
 * {@link Comparison} of 2–4 variants of it trained in lockstep with the same seed — rebuilt (same seed)
 * when the design changes what is trained, adjusted live when only the learning rate or L1/L2 change.
 * The designer always shows the base; the variants are the {@link CompareMode}'s plan applied to it.
 *
 * <p>Threading (ARCHITECTURE.md): the run trains on its own thread and publishes every event into a
 * lock-free {@link SnapshotQueue}; one {@link AnimationTimer} drains it once per frame and hands the
 * batch to the charts, which repaint once per frame however many iterations arrived. Setting a run up
 * (ND4J warm-up, data, network) happens on a {@link RunBuilder} thread. The FX thread never waits for
 * training, and there is no {@code Platform.runLater} per iteration.
 *
 * <p>Every queue belongs to one run: a rebuilt run gets a fresh queue, so late events of a disposed run
 * can never reach the charts. A reset keeps the run and its queue, so events already queued before it are
 * skipped until the engine confirms the reset (its IDLE state change).
 *
 * <p>All methods run on the FX thread.
 */
public final class EngineRunController implements RunController {

    /** Events kept while the window cannot drain them (minimized for minutes); older ones are dropped. */
    static final int QUEUE_CAPACITY = 1 << 16;
    /** The decision surface costs a forward pass over a 64² grid: about five a second is plenty to watch. */
    static final long SURFACE_INTERVAL_NANOS = 200_000_000L;
    static final int SURFACE_RESOLUTION = 64;
    static final long STATUS_INTERVAL_NANOS = 125_000_000L;
    /** The speed control's "full speed". */
    public static final int FULL_SPEED = 0;

    private final DesignDocument doc;
    private final MetricsFeed feed;
    private final RunBuilder builder;
    private final RunStatus status = new RunStatus();
    private final CompareMode compare;
    private final AnimationTimer frames;
    /** Frames the window draws before ND4J starts loading (the first is laid out and rendered by the third). */
    private static final int FIRST_FRAMES = 3;
    private boolean waitForWindow;
    private VariantTracker tracker = VariantTracker.single();
    private BiConsumer<Integer, DecisionSurface> surfaces = (i, s) -> { };
    private Consumer<RunSpec> newRuns = s -> { };
    private RunViews views = RunViews.NONE;
    private final List<RunEventListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Comparison run;
    private SnapshotQueue<RunEvent> queue;
    private RunSpec spec;
    private RunSpec runSpec;
    /** The comparison being trained (null for one run). */
    private ComparePlan runPlan;
    /** The variants the run was built with, for each one's layer names. */
    private List<Variant> runVariants = List.of();
    /** Each variant's latest per-layer probes (dead units) and, once it ended, its summary: what "why" reads. */
    private final java.util.Map<Integer, LayerStats[]> lastLayers = new java.util.HashMap<>();
    private final java.util.Map<Integer, RunSummary> ended = new java.util.HashMap<>();
    /** Which build is wanted; read by the builder's thread to skip superseded builds. */
    private volatile long generation;
    private boolean playWhenReady;
    private long stepsWhenReady;
    private boolean awaitingReset;
    private boolean playAfterReset;
    private double speedLimit;
    /** Live η/λ changes of the run on screen: FX thread only. */
    private final java.util.List<LiveChange> liveChanges = new java.util.ArrayList<>();
    private int epoch;
    private long lastSurfaceRequest;
    private long lastStatusAt;
    /**
     * Set when the run's phase or the tracker may have changed outside the tracker's own bookkeeping (a
     * rebuild, a reset, a new tracker): the next frame rebuilds the status texts and figures.
     */
    private boolean statusStale = true;
    /** How many times the status texts and figures were rebuilt (for tests: none on an idle frame). */
    private long statusRebuilds;
    private boolean closed;

    /** A lesson step's transfer: its source, layers and variants, and the design it was asked for. */
    private record TransferRequest(RunSpec from, int layers, List<String> variants, RunSpec spec, ComparePlan plan) {
    }

    /** The transfer asked for (null: none); pretraining while {@link #pretraining} is set, then {@link #transfer}. */
    private TransferRequest transferRequest;
    private Pretraining pretraining;
    private RunBuilder.Transfer transfer;

    public EngineRunController(DesignDocument doc, MetricsSink sink) {
        this(doc, sink, RunBuilder.Factory.engine());
        compare.applyStartupProperty();
    }

    EngineRunController(DesignDocument doc, MetricsSink sink, RunBuilder.Factory factory) {
        this.doc = doc;
        this.compare = new CompareMode(doc);
        this.feed = new MetricsFeed(sink);
        this.builder = new RunBuilder(factory);
        this.spec = doc.getSpec();
        feed.reset(RunLayout.single(LayerNames.of(spec.network())));
        status.backendProperty().set(BackendStatus.STARTING);
        status.phaseProperty().set(doc.canPlay() ? RunPhase.PREPARING : RunPhase.IDLE);
        // a new phase (played, paused, rebuilt, reset) shows in the status texts on the next frame
        status.phaseProperty().addListener((o, was, now) -> statusStale = true);
        // The revision moves after the document has validated the new spec (canPlay is then current).
        doc.revisionProperty().addListener((o, before, after) -> designChanged(doc.getSpec()));
        // Switching compare mode on, off or to other variants starts over with the same seed.
        compare.planProperty().addListener((o, before, after) -> {
            if (!closed) {
                if (transferRequest != null && !java.util.Objects.equals(after, transferRequest.plan())) {
                    cancelTransfer(); // other variants: the step's transfer no longer applies
                }
                rebuild();
            }
        });
        frames = new AnimationTimer() {
            private int count;

            @Override
            public void handle(long now) {
                // The window's first frames are drawn before the engine's thread may start loading ND4J
                // (without a window to wait for, a few frames of the toolkit stand in for them).
                if (count < FIRST_FRAMES && ++count == FIRST_FRAMES && !waitForWindow) {
                    builder.windowDrawn();
                }
                drain(now);
            }
        };
        frames.start();
        // After the current FX event (the window being shown): the window comes first, ND4J second (the
        // setup thread holds the work until the window has drawn).
        Platform.runLater(() -> {
            if (closed) {
                return;
            }
            builder.warmUp(() -> status.backendProperty().set(BackendStatus.READY), message -> {
                status.backendProperty().set(BackendStatus.FAILED);
                status.alertProperty().set(RunAlert.failed("ND4J could not start: " + message));
            });
            rebuild();
        });
    }

    /**
     * Holds the engine's set-up (ND4J, the data, the first network) until {@code scene} has been laid out
     * and drawn on screen, which on a small machine would otherwise compete with the window for the
     * processor (the app's own start; call it before the first frame, on the FX thread).
     */
    public void startAfterFirstFrame(javafx.scene.Scene scene) {
        waitForWindow = true;
        scene.addPostLayoutPulseListener(new Runnable() {
            private int layouts;

            @Override
            public void run() {
                // The second layout pulse on screen comes after the first frame went to the renderer.
                boolean onScreen = scene.getWindow() != null && scene.getWindow().isShowing();
                if (onScreen && ++layouts == 2) {
                    scene.removePostLayoutPulseListener(this);
                    builder.windowDrawn();
                }
            }
        });
    }

    /**
     * Where decision surfaces go (the 2-D views), with the index of their variant (0 for a single run);
     * they arrive on the FX thread, once per frame at most.
     */
    public void setSurfaceListener(BiConsumer<Integer, DecisionSurface> listener) {
        surfaces = listener;
    }

    /** The analysis views: every event of the current run, and a per-frame chance to request views. */
    public void setViews(RunViews v) {
        views = v;
    }

    /** Told every event of the current run, once per frame in a batch, and when its curves start over. */
    public void addRunEventListener(RunEventListener l) {
        listeners.add(l);
    }

    /** Whether the window trains one run or a comparison (the toolbar and the C key switch it). */
    public CompareMode compareMode() {
        return compare;
    }

    /** Told whenever a new run of a spec is being set up (the 2-D view reloads its points). */
    public void setNewRunListener(Consumer<RunSpec> listener) {
        newRuns = listener;
    }

    // ---- transfer learning (lesson steps) -----------------------------------------------------

    /**
     * A lesson step with a transfer has just been set up: trains {@code from} to its end in the background
     * ("Pretraining the source network… n/N" in the status), then rebuilds the run so that the named variants
     * ({@code variants} empty: all, or the single run) start from its first {@code layers} hidden layers.
     * The transferred start stays across resets; it is dropped when the design changes (other than η or λ
     * live), the comparison changes, or {@link #clearTransfer()}. Asking again for the same transfer on the
     * same design does nothing.
     */
    public void pretrainAndTransfer(RunSpec from, int layers, List<String> variants) {
        if (closed) {
            return;
        }
        TransferRequest r = new TransferRequest(from, layers, List.copyOf(variants), spec, compare.plan());
        if (r.equals(transferRequest)) {
            return;
        }
        cancelTransfer();
        transferRequest = r;
        Pretraining p = new Pretraining(from);
        pretraining = p;
        status.pretrainingProperty().set(pretrainingText(p));
        rebuild();
        p.start(w -> pretrained(p, w), message -> pretrainingFailed(p, message));
    }

    /** Drops the transfer (a pretraining in progress is stopped) and rebuilds the run from its own weights. */
    public void clearTransfer() {
        if (transferRequest != null) {
            cancelTransfer();
            if (!closed) {
                rebuild();
            }
        }
    }

    /** Stops a pretraining in progress (the user left the step); a finished transfer stays. */
    public void cancelPretraining() {
        if (pretraining != null) {
            clearTransfer();
        }
    }

    /** Whether a transfer's source run is being pretrained now. */
    public boolean isPretraining() {
        return pretraining != null;
    }

    /** Whether the current run (and its next builds) start from transferred layers. */
    public boolean hasTransfer() {
        return transfer != null;
    }

    private void pretrained(Pretraining p, TrainedWeights weights) {
        if (closed || p != pretraining) {
            return;
        }
        pretraining = null;
        status.pretrainingProperty().set("");
        transfer = new RunBuilder.Transfer(weights, transferRequest.layers(), transferRequest.variants());
        rebuild();
    }

    private void pretrainingFailed(Pretraining p, String message) {
        if (closed || p != pretraining) {
            return;
        }
        cancelTransfer();
        rebuild();
        status.alertProperty().set(RunAlert.setup("The source network could not be pretrained: " + message));
    }

    private void cancelTransfer() {
        if (pretraining != null) {
            pretraining.cancel();
        }
        pretraining = null;
        transfer = null;
        transferRequest = null;
        status.pretrainingProperty().set("");
    }

    private static String pretrainingText(Pretraining p) {
        long total = p.total();
        return "Pretraining the source network… " + (total <= 0 ? ""
                : dev.deepforward.ui.model.Numbers.grouped(p.iteration()) + "/" + dev.deepforward.ui.model.Numbers.grouped(total));
    }

    // ---- commands ------------------------------------------------------------------------------

    @Override
    public void play() {
        if (closed || !doc.canPlay()) {
            return;
        }
        if (run == null) {
            playWhenReady = status.phaseProperty().get() == RunPhase.PREPARING;
            return;
        }
        if (endedRunKept()) {
            return;
        }
        if (awaitingReset) {
            playAfterReset = true;
        } else {
            // Asked once, the surface is published again when the run ends, however soon that is.
            run.requestDecisionSurface(SURFACE_RESOLUTION);
            run.start();
        }
        status.phaseProperty().set(RunPhase.RUNNING);
    }

    /**
     * Play or Step on a run that has ended (finished, stopped, diverged) keeps what it shows — Space pressed
     * just as it finished must not throw its curves away — and says how to train again: Reset, then Play.
     */
    private boolean endedRunKept() {
        RunPhase phase = status.phaseProperty().get();
        if (awaitingReset || !phase.isTerminal()) {
            return false;
        }
        status.notice(phase.label() + ": R (Reset), then Space trains again");
        return true;
    }

    @Override
    public void pause() {
        playWhenReady = false;
        playAfterReset = false;
        if (run != null) {
            run.pause();
        }
        if (status.phaseProperty().get() == RunPhase.RUNNING) {
            status.phaseProperty().set(RunPhase.PAUSED);
        }
    }

    @Override
    public void step() {
        if (closed || !doc.canPlay()) {
            return;
        }
        RunPhase phase = status.phaseProperty().get();
        if (run == null) {
            stepsWhenReady += phase == RunPhase.PREPARING ? 1 : 0;
            return;
        }
        if (endedRunKept()) {
            return;
        }
        if (awaitingReset) {
            playAfterReset = false;
            stepsWhenReady++;
            return;
        }
        if (phase == RunPhase.RUNNING) {
            pause();
        }
        run.requestDecisionSurface(SURFACE_RESOLUTION);
        run.step(1);
    }

    @Override
    public void reset() {
        if (pretraining != null) {
            clearTransfer(); // Reset while the source trains: no transfer, the step's run from its own weights
            return;
        }
        if (run == null) {
            clearView();
            return;
        }
        resetRun();
        playAfterReset = false;
        stepsWhenReady = 0;
    }

    @Override
    public void setSpeed(int stepsPerFrame) {
        // The engine limits iterations per second; a frame is 1/60 s.
        speedLimit = stepsPerFrame <= FULL_SPEED ? 0 : stepsPerFrame * 60.0;
        if (run != null) {
            run.setSpeedLimit(speedLimit);
        }
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        generation++;
        cancelTransfer();
        frames.stop();
        if (run != null) {
            run.close(); // joins the training thread: at most one iteration
            run = null;
        }
        builder.shutdown();
    }

    /** The run being trained now (null while it is set up or when it cannot be); for tests. */
    Comparison currentRun() {
        return run;
    }

    // ---- design changes ------------------------------------------------------------------------

    private void designChanged(RunSpec next) {
        if (closed) {
            return;
        }
        RunSpec before = spec;
        spec = next;
        SpecChanges.Kind kind = SpecChanges.between(before, next);
        // Variants that set their own η would all get the base's η live: start over instead.
        if (kind == SpecChanges.Kind.LIVE && runPlan != null && runPlan.setsLearningRate()
                && !SpecChanges.sameLearningRate(before, next)) {
            kind = SpecChanges.Kind.RESET;
        }
        switch (kind) {
            case NONE -> { }
            case LIVE -> applyLiveSettings();
            case RESET -> {
                cancelTransfer(); // the design left the step's spec: its transfer no longer applies
                rebuild();
            }
        }
    }

    /** Learning rate and L1/L2 go to the running network between two iterations; no reset. */
    private void applyLiveSettings() {
        if (run == null || !doc.canPlay()) {
            return; // an invalid value waits until it is fixed; a run being built picks it up when installed
        }
        long at = status.iterationProperty().get();
        if (!SpecChanges.sameLearningRate(spec, runSpec) && (runPlan == null || !runPlan.setsLearningRate())) {
            run.setLearningRate(spec.training().learningRate());
            record(at, "learningRate", spec.training().learningRate());
        }
        if (!SpecChanges.sameRegularization(spec, runSpec)) {
            run.setRegularization(spec.training().l1(), spec.training().l2());
            record(at, "l1", spec.training().l1());
            record(at, "l2", spec.training().l2());
        }
    }

    /** Disposes of the current run and sets up one of the current spec, with the same seed. */
    private void rebuild() {
        long gen = ++generation;
        // Play pressed while an earlier build was still running carries over to the newer build.
        boolean stillPreparing = run == null && status.phaseProperty().get() == RunPhase.PREPARING;
        builder.dispose(run);
        run = null;
        queue = null;
        awaitingReset = false;
        playAfterReset = false;
        playWhenReady &= stillPreparing;
        stepsWhenReady = 0;
        runPlan = compare.plan();
        runSpec = spec;
        List<Variant> variants = List.of();
        if (runPlan != null && doc.canPlay()) {
            variants = runPlan.variants(spec);
            runVariants = variants;
            tracker = new VariantTracker(variants.stream().map(Variant::name).toList(), runPlan.labels()); // changed: shown next frame
        } else {
            runVariants = List.of();
            tracker = VariantTracker.single();
        }
        clearView();
        if (!doc.canPlay()) {
            status.phaseProperty().set(RunPhase.IDLE); // the designer already says what is wrong
            return;
        }
        status.phaseProperty().set(RunPhase.PREPARING);
        SnapshotQueue<RunEvent> q = new SnapshotQueue<>(QUEUE_CAPACITY);
        queue = q;
        newRuns.accept(spec);
        if (pretraining != null) {
            return; // built once the source network is trained (pretrained)
        }
        builder.build(spec, variants, transfer, q, () -> generation == gen, r -> installed(gen, r),
                message -> setupFailed(gen, message));
    }

    private void installed(long gen, Comparison built) {
        if (closed || gen != generation) {
            builder.dispose(built);
            return;
        }
        run = built;
        List<Integer> perEpoch = built.iterationsPerEpoch();
        List<Integer> examples = built.examplesPerEpoch();
        for (int i = 0; i < perEpoch.size(); i++) {
            feed.epochSize(i, perEpoch.get(i), examples.get(i));
        }
        applyLiveSettings(); // edits of η or λ made while it was being built
        run.setSpeedLimit(speedLimit);
        status.phaseProperty().set(RunPhase.IDLE);
        continueAsAsked(playWhenReady);
        playWhenReady = false;
    }

    private void setupFailed(long gen, String message) {
        if (closed || gen != generation) {
            return;
        }
        playWhenReady = false;
        stepsWhenReady = 0;
        status.phaseProperty().set(RunPhase.FAILED);
        status.alertProperty().set(RunAlert.setup(message));
    }

    /** Starts or steps a fresh (or freshly reset) run as the user asked while it was not ready. */
    private void continueAsAsked(boolean play) {
        if (play) {
            run.requestDecisionSurface(SURFACE_RESOLUTION);
            run.start();
            status.phaseProperty().set(RunPhase.RUNNING);
        } else if (stepsWhenReady > 0) {
            run.requestDecisionSurface(SURFACE_RESOLUTION);
            run.step(stepsWhenReady);
        }
        stepsWhenReady = 0;
    }

    private void resetRun() {
        clearView();
        awaitingReset = true;
        run.reset();
        status.phaseProperty().set(RunPhase.IDLE);
    }

    /**
     * The η/λ changes made live since the run on screen started (cleared when it restarts), in order: what
     * its curves cannot be remade without.
     */
    public java.util.List<LiveChange> liveChanges() {
        return java.util.List.copyOf(liveChanges);
    }

    /** Adds a live change unless the setting already has that value (the run's spec stays the built one). */
    private void record(long at, String setting, double value) {
        for (int i = liveChanges.size() - 1; i >= 0; i--) {
            if (liveChanges.get(i).setting().equals(setting)) {
                if (liveChanges.get(i).value() == value) {
                    return;
                }
                break;
            }
        }
        liveChanges.add(new LiveChange(at, setting, value));
    }

    private void clearView() {
        liveChanges.clear();
        lastLayers.clear();
        ended.clear();
        feed.reset(layout());
        views.clear();
        for (RunEventListener l : listeners) {
            l.cleared();
        }
        epoch = 0;
        tracker.clear();
        status.variantsShortProperty().set(tracker.shortSummary());
        status.variantsProperty().set(tracker.summary());
        status.iterationProperty().set(0);
        status.epochProperty().set(0);
        status.progressOfProperty().set("");
        for (int i = 0; i < tracker.size(); i++) {
            feed.figures(i, "");
        }
        status.stepsPerSecondProperty().set(0);
        status.restartClock();
        status.alertProperty().set(null);
        if (status.backendProperty().get() == BackendStatus.FAILED) {
            status.alertProperty().set(RunAlert.failed("ND4J could not start; training is not possible."));
        }
    }

    /**
     * What the charts show: the base network's layers and, when comparing, the variants' labels and each
     * variant's own layers (a variant may add or remove hidden layers).
     */
    private RunLayout layout() {
        String[] layers = LayerNames.of(spec.network());
        if (runPlan == null || !tracker.compare()) {
            return new RunLayout(layers, List.of(), "", List.of(), List.of(LayerNames.frozen(spec.network())));
        }
        List<String[]> each = new ArrayList<>();
        List<boolean[]> frozen = new ArrayList<>();
        for (Variant v : runVariants) {
            String[] own = layers;
            boolean[] ownFrozen = LayerNames.frozen(spec.network());
            try {
                var net = v.applyTo(spec).network();
                own = LayerNames.of(net);
                ownFrozen = LayerNames.frozen(net);
            } catch (RuntimeException notThisVariant) {
                // a variant that does not fit fails its build and says so; its panel keeps the base's names
            }
            each.add(own);
            frozen.add(ownFrozen);
        }
        return new RunLayout(layers, runPlan.labels(), runPlan.caption(spec), each, frozen);
    }

    /** How many times the frame rebuilt the status texts and the variants' figures; for tests. */
    long statusRebuilds() {
        return statusRebuilds;
    }

    /** How many runs the charts show: one per variant; for tests. */
    int runCount() {
        return tracker.size();
    }

    // ---- once per frame ------------------------------------------------------------------------

    private void drain(long now) {
        if (queue != null) {
            for (RunEvent e : queue.drain()) {
                handle(e);
            }
        }
        // The status bar's numbers change on every frame at full speed; re-laying its labels out 60 times a
        // second costs frames and reads no better than 8 times. Idle, paused or finished, nothing is rebuilt
        // until the tracker changed (a state, a reset, a step), which shows at once; a pretraining's count
        // moves on its own thread, so it is read on the interval.
        double rate = tracker.updateRates(now); // every frame, so a resumed run's rate starts from the pause
        boolean running = status.phaseProperty().get() == RunPhase.RUNNING;
        boolean due = now - lastStatusAt >= STATUS_INTERVAL_NANOS;
        if (running || pretraining != null ? due || statusStale : statusStale | tracker.takeChanged()) {
            if (running || pretraining != null) {
                tracker.takeChanged();
            }
            statusStale = false;
            lastStatusAt = now;
            statusRebuilds++;
            // Iteration and epoch of one variant, never the furthest of one and the epoch of another.
            int slowest = tracker.slowest();
            status.progressOfProperty().set(tracker.letter(slowest));
            status.iterationProperty().set(tracker.iteration(slowest));
            status.epochProperty().set(tracker.epoch(slowest));
            for (int i = 0; i < tracker.size(); i++) {
                feed.figures(i, tracker.figures(i));
            }
            status.stepsPerSecondProperty().set(rate);
            status.variantsShortProperty().set(tracker.shortSummary());
            status.variantsProperty().set(tracker.summary());
            if (pretraining != null) {
                status.pretrainingProperty().set(pretrainingText(pretraining));
            }
        }
        if (run != null && !awaitingReset) {
            views.frame(run, status.phaseProperty().get() == RunPhase.RUNNING, now);
        }
        if (run != null && !awaitingReset && status.phaseProperty().get() == RunPhase.RUNNING
                && now - lastSurfaceRequest >= SURFACE_INTERVAL_NANOS) {
            run.requestDecisionSurface(SURFACE_RESOLUTION);
            lastSurfaceRequest = now;
        }
    }

    private void handle(RunEvent e) {
        if (awaitingReset) {
            // Events the run published before it took the reset belong to the old curves.
            if (e instanceof StateChange sc && sc.state() == RunState.IDLE) {
                awaitingReset = false;
                applyLiveSettings(); // a reset rebuilds the network with the spec's original η and λ
                continueAsAsked(playAfterReset);
                playAfterReset = false;
            }
            return;
        }
        int v = tracker.indexOf(e.variant());
        if (v < 0) {
            return; // not a variant of this run (cannot happen with one queue per run)
        }
        views.event(e);
        for (RunEventListener l : listeners) {
            l.event(e);
        }
        if (e instanceof IterationMetrics m) {
            if (m.layers() != null) {
                lastLayers.put(v, m.layers());
            }
            feed.iteration(v, m);
            tracker.iteration(v, m.iteration(), m.epoch() + 1, m.trainingSeconds(), m.examplesSeen());
            epoch = Math.max(epoch, m.epoch() + 1);
        } else if (e instanceof EpochMetrics m) {
            feed.epoch(v, m);
            tracker.epochEnded(v, m.epoch(), m.trainingSeconds(), m.evaluationSeconds());
        } else if (e instanceof StateChange sc) {
            stateChanged(v, sc);
        } else if (e instanceof DecisionSurface s) {
            surfaces.accept(v, s);
        }
    }

    /**
     * One variant's state changed. A single run's trouble goes to the banner above the charts; a variant's
     * goes next to that variant's views while the others train on, and to the banner only once every
     * variant has broken down.
     */
    private void stateChanged(int v, StateChange sc) {
        tracker.state(v, sc.state());
        if (sc.state() == RunState.PAUSED && run != null) {
            // Paused between two of the surface's timed requests: the paused network is the one to show.
            run.requestDecisionSurface(SURFACE_RESOLUTION);
        }
        RunState overall = tracker.overall();
        status.phaseProperty().set(RunPhase.of(overall));
        RunAlert alert = alertOf(sc);
        if (alert == null && (sc.state() == RunState.FINISHED || sc.state() == RunState.STOPPED)) {
            alert = deadUnits(v);
        }
        if (sc.state().isTerminal() && sc.summary() != null) {
            ended.put(v, sc.summary());
        }
        if (!tracker.compare()) {
            if (alert != null) {
                status.alertProperty().set(alert);
            }
            return;
        }
        if (alert != null) {
            feed.alert(v, alert);
            if (overall == RunState.DIVERGED || overall == RunState.FAILED) {
                status.alertProperty().set(new RunAlert(alert.kind(), "Every variant stopped — "
                        + runPlan.labels().get(v) + ": " + alert.title(), alert.detail()));
            }
        }
        if ((overall == RunState.FINISHED || overall == RunState.STOPPED) && ended.size() == tracker.size()
                && status.alertProperty().get() == null) {
            RunAlert stuck = allAtChance();
            if (stuck != null) {
                status.alertProperty().set(stuck);
            }
        }
    }

    /** Variant {@code v}'s layer whose ReLU units died, in words, if one lost at least half of them. */
    private RunAlert deadUnits(int v) {
        LayerStats[] layers = lastLayers.get(v);
        if (layers == null) {
            return null;
        }
        String[] names = new String[layers.length];
        int[] units = new int[layers.length];
        double[] dead = new double[layers.length];
        for (int l = 0; l < layers.length; l++) {
            names[l] = layers[l].name();
            units[l] = layers[l].units();
            dead[l] = layers[l].deadFraction();
        }
        return NotLearning.deadUnits(names, units, dead).map(RunAlert::deadUnits).orElse(null);
    }

    /** When every variant of a comparison ended at chance: which, and the base network's likely cause. */
    private RunAlert allAtChance() {
        int classes = dev.deepforward.ui.model.DatasetSizes.of(spec.data()).map(io -> io[1]).orElse(0);
        List<Double> accuracies = ended.values().stream()
                .map(r -> Double.isNaN(r.validationAccuracy()) ? r.trainAccuracy() : r.validationAccuracy()).toList();
        if (!NotLearning.allAtChance(accuracies, classes)) {
            return null;
        }
        return RunAlert.atChance("Every variant stayed at chance",
                NotLearning.allAtChanceSentence("Every variant", classes, spec));
    }

    private static RunAlert alertOf(StateChange sc) {
        RunSummary summary = sc.summary();
        if (sc.state() == RunState.DIVERGED) {
            return summary != null && summary.divergence() != null
                    ? RunAlert.diverged(summary.divergence()) : RunAlert.failed(sc.message());
        }
        if (sc.state() == RunState.FAILED) {
            return RunAlert.failed(summary != null && summary.message() != null ? summary.message() : sc.message());
        }
        return null;
    }
}
