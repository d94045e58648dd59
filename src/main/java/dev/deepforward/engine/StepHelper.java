package dev.deepforward.engine;

import java.util.concurrent.locks.LockSupport;

/**
 * A second thread that takes one half of a training step's big pieces of work (see {@link SplitBlas} and the
 * split update in {@link Network}), so that one network's step uses two cores.
 *
 * <p>Hand-over: the owner posts a job (a prepared {@link Runnable}, no allocation), does its own half and
 * then waits for this thread's half. Between jobs this thread spin-waits for {@link #SPIN_NANOS}
 * (a W2 step's gaps between products are tens of µs; parking and unparking costs about as much as a
 * product half), then parks until the next post. So while a network trains, its helper's core is busy
 * (by CPU time a spinning helper counts as work); when training pauses, the helper sleeps.
 *
 * <p>Who does what is fixed (the owner the first part, the helper the second), so a step's result does
 * not depend on timing.
 */
final class StepHelper {

    /** How long the helper spins for the next job before it parks. */
    static final long SPIN_NANOS = 200_000;

    private final Thread thread;
    private volatile Runnable job;
    private volatile long posted;
    private volatile long done;
    private volatile boolean parked;
    private volatile boolean closed;
    private volatile Throwable failure;

    StepHelper() {
        thread = new Thread(this::loop, "deepforward-step-helper");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code work} on the helper thread; {@link #await()} before posting the next. */
    void post(Runnable work) {
        job = work;
        posted = posted + 1;
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    /** Waits until the posted job has run (spinning: the caller's own half took about as long). */
    void await() {
        long target = posted;
        while (done != target) {
            Thread.onSpinWait();
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
            try {
                job.run();
            } catch (Throwable t) {
                failure = t;
            }
            job = null; // holds nothing of its owner between jobs, so the owner can be collected
            done = seen;
        }
    }
}
