package dev.deepforward.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that trains one or several {@link RunCore}s, and the state machine the UI drives.
 *
 * <p>Several cores (the variants of a comparison) advance in lockstep, one iteration each a round: on
 * one thread they take turns; when {@link TrainingPool} has several threads (a machine with more than two
 * cores) a round's variants train at the same time, at full speed in small blocks of iterations, and the
 * round ends when all are done, so at the end of every round their curves cover the same iterations. Commands (start,
 * pause, step, stop, reset, live settings) only set fields under a lock; the worker reads them between
 * iterations, so a command never waits for training and training never waits for the caller.
 */
final class RunWorker implements AutoCloseable {

    private final List<RunCore> cores;
    private final Consumer<RunEvent> sink;
    private final String threadName;
    private final Object lock = new Object();

    // guarded by lock
    private RunState state = RunState.IDLE;
    private long stepsRequested;
    private boolean stopRequested;
    private boolean resetRequested;
    private boolean closed;
    private boolean busy;
    private Thread thread;
    private double pendingLearningRate = Double.NaN;
    private double pendingL1 = Double.NaN;
    private double pendingL2 = Double.NaN;
    private long delayNanos;
    private boolean viewsRequested;
    private final Pacer pacer = new Pacer();
    /** Iterations per variant in a parallel full-speed round (adapted to the round's duration). */
    private int block = 1;
    /** About this much work per block of a parallel round: the hand-over to the threads costs a few microseconds. */
    static final long ROUND_NANOS = 2_000_000;
    /**
     * At most this many iterations per variant in a round: 256 W1 iterations are ≈ 1.3 ms. With 64 (before
     * 2026-12-03) a round of W1 variants was ≈ 0.3 ms a thread and waking the pool's threads cost ≈ 7 % of it.
     */
    static final int MAX_BLOCK = 256;
    /**
     * Blocks per variant in a full-speed parallel round. Within a round a thread that finished a block goes
     * on with its next one while the others finish theirs (a variant at most one block ahead of the
     * slowest); the variants are level again at the round's end, where commands and settings apply. Four
     * blocks of W1 are ≈ 5 ms a round.
     */
    static final int BLOCKS_PER_ROUND = 4;

    RunWorker(List<RunCore> cores, Consumer<RunEvent> sink, String threadName) {
        this.cores = List.copyOf(cores);
        this.sink = sink;
        this.threadName = threadName;
    }

    RunState state() {
        synchronized (lock) {
            return state;
        }
    }

    List<RunCore> cores() {
        return cores;
    }

    /** Starts or resumes training; ignored once the run has ended (reset first). */
    void start() {
        synchronized (lock) {
            if (state == RunState.IDLE || state == RunState.PAUSED) {
                stepsRequested = 0;
                setState(RunState.RUNNING);
                ensureThread();
                lock.notifyAll();
            }
        }
    }

    /** Holds training after the current iteration. */
    void pause() {
        synchronized (lock) {
            if (state == RunState.RUNNING) {
                stepsRequested = 0;
                setState(RunState.PAUSED);
            }
        }
    }

    /** Trains {@code n} more iterations (of every variant) from idle or paused, then pauses. */
    void step(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("step count must be positive");
        }
        synchronized (lock) {
            if (state == RunState.IDLE || state == RunState.PAUSED) {
                stepsRequested += n;
                ensureThread();
                lock.notifyAll();
            }
        }
    }

    /** Ends the run for good (each unfinished variant becomes stopped, with its summary). */
    void stop() {
        synchronized (lock) {
            if (!state.isTerminal() && !closed) {
                stopRequested = true;
                stepsRequested = 0;
                ensureThread();
                lock.notifyAll();
            }
        }
    }

    /** Back to the seed's initial weights and idle, from any state. */
    void reset() {
        synchronized (lock) {
            if (!closed) {
                resetRequested = true;
                stopRequested = false;
                stepsRequested = 0;
                ensureThread();
                lock.notifyAll();
            }
        }
    }

    /** Changes the base learning rate between iterations, without a reset. */
    void setLearningRate(double eta) {
        if (!(eta > 0)) {
            throw new IllegalArgumentException("learning rate must be above 0");
        }
        synchronized (lock) {
            pendingLearningRate = eta;
        }
    }

    /** Changes λ₁ and λ₂ between iterations, without a reset. */
    void setRegularization(double l1, double l2) {
        if (!(l1 >= 0 && l2 >= 0)) {
            throw new IllegalArgumentException("regularization must be non-negative");
        }
        synchronized (lock) {
            pendingL1 = l1;
            pendingL2 = l2;
        }
    }

    /** Slows training to at most {@code roundsPerSecond} iterations per variant (0 = full speed). */
    void setSpeedLimit(double roundsPerSecond) {
        synchronized (lock) {
            delayNanos = roundsPerSecond <= 0 ? 0 : (long) (1e9 / roundsPerSecond);
        }
    }

    /**
     * Wakes the worker to publish requested views (decision surface, histograms) even when it is not
     * training: a paused or ended run still answers them.
     */
    void publishViews() {
        synchronized (lock) {
            viewsRequested = true;
            ensureThread();
            lock.notifyAll();
        }
    }

    /**
     * Waits until the run is not training: paused with no steps pending, idle, or ended.
     *
     * @return whether it settled within the timeout
     */
    boolean awaitSettled(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (lock) {
            while (busy || state == RunState.RUNNING || stepsRequested > 0 || stopRequested || resetRequested) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void ensureThread() {
        if (thread == null) {
            thread = new Thread(this::loop, threadName);
            thread.setDaemon(true);
            // Training yields to the UI: the window must stay smooth while the network trains flat out.
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        }
    }

    private void setState(RunState next) {
        if (state != next) {
            state = next;
            if (!next.isTerminal()) {
                for (RunCore core : cores) {
                    if (!core.isDone()) {
                        sink.accept(new StateChange(core.variant, next, core.iteration(), "", null));
                    }
                }
            }
        }
    }

    private void loop() {
        while (true) {
            boolean doReset;
            boolean doStop;
            boolean stepping;
            long delay;
            synchronized (lock) {
                busy = false;
                lock.notifyAll();
                while (!closed && !resetRequested && !stopRequested && !viewsRequested && state != RunState.RUNNING
                        && stepsRequested == 0) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                busy = true;
                doReset = resetRequested;
                doStop = stopRequested;
                resetRequested = false;
                stopRequested = false;
                stepping = state != RunState.RUNNING;
                delay = delayNanos;
                boolean views = viewsRequested;
                viewsRequested = false;
                if (views && !doReset && !doStop && state != RunState.RUNNING && stepsRequested == 0) {
                    // Not training: answer the views now (training rounds answer them after their step).
                    for (RunCore core : cores) {
                        guarded(core, core::publishPendingViews);
                    }
                    continue;
                }
            }
            synchronized (lock) {
                applyPendingSettings();
            }
            if (doReset) {
                for (RunCore core : cores) {
                    guarded(core, core::reset);
                }
                synchronized (lock) {
                    state = RunState.PAUSED; // forces the IDLE notification below
                    setState(RunState.IDLE);
                }
                continue;
            }
            if (doStop) {
                for (RunCore core : cores) {
                    guarded(core, () -> core.end(RunState.STOPPED, null, null));
                }
                synchronized (lock) {
                    state = RunState.STOPPED;
                }
                continue;
            }
            runOneRound(!stepping && delay == 0);
            synchronized (lock) {
                if (stepping && stepsRequested > 0) {
                    stepsRequested--;
                    if (stepsRequested == 0 && state != RunState.PAUSED) {
                        setState(RunState.PAUSED);
                    }
                }
                if (cores.stream().allMatch(RunCore::isDone)) {
                    stepsRequested = 0;
                    state = overallEndState();
                }
            }
            if (delay > 0) {
                // Pace by deadline, so the time an iteration takes counts towards its slot.
                long wait = pacer.waitAfterRound(System.nanoTime(), delay);
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private void applyPendingSettings() {
        for (RunCore core : cores) {
            if (!Double.isNaN(pendingLearningRate)) {
                core.setLearningRate(pendingLearningRate);
            }
            if (!Double.isNaN(pendingL1)) {
                core.setRegularization(pendingL1, pendingL2);
            }
        }
        pendingLearningRate = Double.NaN;
        pendingL1 = Double.NaN;
        pendingL2 = Double.NaN;
    }

    /**
     * One iteration of every unfinished variant — or, when several variants train at full speed on several
     * threads, {@link #BLOCKS_PER_ROUND} small blocks of iterations each ({@link #block}, about
     * {@link #ROUND_NANOS} of work a block), so that handing the variants to the threads costs little next
     * to the work; no variant is more than one block ahead of the slowest, and they are level again at the
     * end of every round.
     */
    private void runOneRound(boolean fullSpeed) {
        List<RunCore> live = new ArrayList<>(cores.size());
        for (RunCore core : cores) {
            if (!core.isDone()) {
                core.markRunning();
                live.add(core);
            }
        }
        if (live.size() < 2 || TrainingPool.threads() < 2) {
            for (RunCore core : live) {
                guarded(core, core::iterate);
            }
            return;
        }
        if (fullSpeed) {
            // blocks of iterations, each variant at most one block ahead of the slowest (TrainingPool.LEAD)
            int n = block;
            long start = System.nanoTime();
            TrainingPool.runBlocks(live.size(), BLOCKS_PER_ROUND, v -> {
                RunCore core = live.get(v);
                for (int i = 0; i < n && !core.isDone(); i++) {
                    guarded(core, core::iterate);
                }
            });
            long perIteration = Math.max(1, (System.nanoTime() - start) / ((long) n * BLOCKS_PER_ROUND));
            block = (int) Math.max(1, Math.min(MAX_BLOCK, ROUND_NANOS / perIteration));
            return;
        }
        List<Runnable> tasks = new ArrayList<>(live.size());
        for (RunCore core : live) {
            tasks.add(() -> guarded(core, core::iterate));
        }
        TrainingPool.runAll(tasks);
    }

    /** An exception inside a variant fails that variant with its message; it never kills the thread. */
    private void guarded(RunCore core, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                throw e;
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            try {
                core.end(RunState.FAILED, null, message);
            } catch (RuntimeException again) {
                sink.accept(new StateChange(core.variant, RunState.FAILED, 0, "failed: " + message, null));
            }
        }
    }

    /** One variant's end state, or for several: diverged/failed only if all did, else finished or stopped. */
    private RunState overallEndState() {
        if (cores.size() == 1) {
            return cores.get(0).state();
        }
        if (cores.stream().anyMatch(c -> c.state() == RunState.STOPPED)) {
            return RunState.STOPPED;
        }
        if (cores.stream().allMatch(c -> c.state() == RunState.FAILED)) {
            return RunState.FAILED;
        }
        if (cores.stream().allMatch(c -> c.state() == RunState.DIVERGED || c.state() == RunState.FAILED)) {
            return RunState.DIVERGED;
        }
        return RunState.FINISHED;
    }
}
