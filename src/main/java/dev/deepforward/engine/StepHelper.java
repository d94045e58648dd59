package dev.deepforward.engine;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A second thread that takes one half of a training step's big pieces of work (see {@link SplitBlas} and the
 * split update in {@link Network}), so that one network's step uses two cores.
 *
 * <p>Hand-over: the owner posts a job (a prepared {@link Runnable}, no allocation), does its own half and
 * then waits for this thread's half, or runs it itself if this thread has not taken it yet. Between jobs this thread spin-waits for {@link #SPIN_NANOS}
 * (a W2 step's gaps between products are tens of µs; parking and unparking costs about as much as a
 * product half), then parks until the next post. So while a network trains, its helper's core is busy
 * (by CPU time a spinning helper counts as work); when training pauses, the helper sleeps.
 *
 * <p>Who does what is fixed (the owner the first part, the helper the second), so a step's result does
 * not depend on timing.
 */
final class StepHelper {

    /**
     * {@code -Ddeepforward.stepProfile=true} (the benchmark): every hand-over records, by thread CPU time,
     * what the owner spent waiting and how much longer the helper's half took than the owner's, so that the
     * benchmark can estimate a step's time on two free cores from a shared machine ({@link StepThreads#profile()});
     * the owner then never stops handing over ({@link #keepingUp()}), so every step is a split one.
     */
    static final boolean PROFILE = Boolean.getBoolean("deepforward.stepProfile");
    /**
     * Totals of every helper of the process: owner wait CPU ns, helper excess CPU ns, jobs the owner took back,
     * jobs, CPU ns of the jobs taken back.
     */
    static final java.util.concurrent.atomic.AtomicLongArray TOTALS = new java.util.concurrent.atomic.AtomicLongArray(5);

    /** Hand-overs per check of whether the helper keeps up. */
    static final int WINDOW = 512;
    /** How long the owner stops handing over after a window in which it took back most halves. */
    static final long BACK_OFF_NANOS = 2_000_000_000L;

    // the owner's bookkeeping of the helper's usefulness (owner thread only)
    private int handOvers;
    private int tookBack;
    private long backOffUntil;

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private long postedAtCpu;
    private volatile long jobCpu;

    /** How long the helper spins for the next job before it parks. */
    static final long SPIN_NANOS = 200_000;

    private final Thread thread;
    private volatile Runnable job;
    /** Number of the last job posted (the owner writes it). */
    private volatile long posted;
    /** Number of the last job someone took: the helper, or the owner when the helper had not yet. */
    private final AtomicLong claimed = new AtomicLong();
    /** Number of the last job the helper finished. */
    private volatile long done;
    private volatile boolean parked;
    private volatile boolean closed;
    private volatile Throwable failure;

    StepHelper() {
        thread = new Thread(this::loop, "deepforward-step-helper");
        thread.setDaemon(true);
        thread.start();
    }

    /** Offers {@code work} to the helper thread; {@link #await()} before posting the next. */
    void post(Runnable work) {
        job = work;
        if (PROFILE) {
            postedAtCpu = cpu();
        }
        posted = posted + 1;
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    /**
     * Returns once the posted job has run. If the helper has not taken it yet (its core is busy with other
     * work, or it is still waking up), the calling thread runs it itself: on a busy machine a step then
     * costs what it costs on one thread, instead of waiting for a descheduled helper.
     */
    void await() {
        long target = posted;
        long awaitAt = PROFILE ? cpu() : 0;
        long phaseAt = StepPhases.ON ? StepPhases.awaitStart() : 0;
        countHandOver();
        if (claimed.compareAndSet(target - 1, target)) {
            Runnable work = job;
            job = null;
            work.run();
            tookBack++;
            if (StepPhases.ON) {
                StepPhases.awaitEnd(phaseAt, true, 0);
            }
            if (PROFILE) {
                TOTALS.addAndGet(2, 1);
                TOTALS.addAndGet(3, 1);
                TOTALS.addAndGet(4, cpu() - awaitAt);
            }
            return;
        }
        int spins = 0;
        while (done != target) {
            if (++spins < 2_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        if (StepPhases.ON) {
            StepPhases.awaitEnd(phaseAt, false, jobCpu);
        }
        if (PROFILE) {
            TOTALS.addAndGet(0, cpu() - awaitAt);
            TOTALS.addAndGet(1, Math.max(0, jobCpu - (awaitAt - postedAtCpu)));
            TOTALS.addAndGet(3, 1);
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t);
        }
    }

    private void countHandOver() {
        if (++handOvers >= WINDOW) {
            if (tookBack > WINDOW / 2 && !PROFILE) {
                backOffUntil = System.nanoTime() + BACK_OFF_NANOS;
            }
            handOvers = 0;
            tookBack = 0;
        }
    }

    /**
     * Whether handing work over pays now: false for {@link #BACK_OFF_NANOS} after a window of hand-overs in
     * which the owner had to take back most halves itself (the helper's core was busy with other work; the
     * helper parks meanwhile and gives the core back).
     */
    boolean keepingUp() {
        return backOffUntil == 0 || System.nanoTime() >= backOffUntil;
    }

    /** Ends the thread (after the job it runs, if any). */
    void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    private void loop() {
        long seen = 0;
        while (true) {
            long spinStart = System.nanoTime();
            int spins = 0;
            while (posted == seen && !closed) {
                if ((++spins & 63) != 0 || System.nanoTime() - spinStart < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked = true;
                    if (posted == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked = false;
                    spinStart = System.nanoTime();
                }
            }
            if (closed) {
                return;
            }
            seen = posted;
            if (!claimed.compareAndSet(seen - 1, seen)) {
                continue; // the owner ran it
            }
            Runnable work = job;
            long c0 = PROFILE || StepPhases.ON ? cpu() : 0;
            try {
                work.run();
            } catch (Throwable t) {
                failure = t;
            }
            if (PROFILE || StepPhases.ON) {
                jobCpu = cpu() - c0;
            }
            job = null; // holds nothing of its owner between jobs, so the owner can be collected
            work = null; // nor does this frame while the thread parks (an interpreted frame keeps its slots)
            done = seen;
        }
    }
}
