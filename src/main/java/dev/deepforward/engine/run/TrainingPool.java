package dev.deepforward.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads that train the variants of comparisons side by side: up to (cores − 1) of them, at least one,
 * shared by every comparison in the process (the window's, {@code run --variants}, {@code lesson check}),
 * so that one core stays free for the window. A round's variants are spread over them and the round ends
 * when all are done, so variants stay in lockstep. With one thread (a 2-core machine) the calling worker
 * trains them one after another, as before.
 *
 * <p>Results do not depend on the thread count: each variant has its own network, data order and random
 * streams, and only ever runs on one thread at a time.
 *
 * <p>The hand-over is built for rounds of about a millisecond, hundreds a second: the helpers are the pool's
 * own threads, which after a round spin for {@link #SPIN_NANOS} waiting for the next one (the caller hands
 * it out microseconds later when training runs flat out) before they park, and the caller spins as long for
 * the last helper to finish before it parks; a round allocates nothing. Waking a parked thread takes tens
 * to hundreds of microseconds (more on a virtual machine), and a round that woke one thread at its start and
 * another at its end lost that twice. The spins are bounded, so a paused run or a busy machine costs at most
 * {@link #SPIN_NANOS} of a core per round.
 */
public final class TrainingPool {

    /** How long a helper waits busily for the next round, and the caller for the helpers, before parking. */
    static final long SPIN_NANOS = 50_000;

    private static volatile int threads = defaultThreads();
    /** Whether a round is on the helpers; a second caller meanwhile trains its own tasks on its own thread. */
    private static final AtomicBoolean inUse = new AtomicBoolean();
    /** Grows, never shrinks: guarded by the class. */
    private static final List<Helper> helpers = new ArrayList<>();

    // The round on the helpers: written by its caller before it bumps the generation (a volatile write that
    // publishes them), read by the helpers that take part after they see the new generation.
    private static List<Runnable> roundTasks = List.of();
    private static Thread roundCaller;
    /**
     * The round's number times 256 plus how many helpers take part in it, so that a helper reads both at
     * once (a helper left out of one round may first look when the next has begun).
     */
    private static volatile long generation;
    private static final AtomicInteger next = new AtomicInteger();
    /** Helpers still working on the round. */
    private static final AtomicInteger working = new AtomicInteger();
    private static volatile boolean callerParked;
    private static volatile Throwable failure;
    private static final AtomicInteger failures = new AtomicInteger();

    private TrainingPool() {
    }

    /** (cores − 1), at least 1; {@code -Ddeepforward.trainingThreads=N} overrides it. */
    static int defaultThreads() {
        Integer chosen = Integer.getInteger("deepforward.trainingThreads");
        if (chosen != null && chosen >= 1) {
            return chosen;
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Threads a comparison's variants may train on at once. */
    public static int threads() {
        return threads;
    }

    /** Changes the thread count for comparisons started from now on (tests, the benchmark). */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one training thread");
        }
        threads = n;
    }

    /**
     * Runs every task, on the calling thread and up to {@link #threads()} − 1 helpers, and returns when all
     * have ended. The threads take the tasks from one shared counter, the caller included, so four tasks on
     * two threads are two each (not one on the caller and three on its helper). A task's exception is
     * rethrown on the caller after all ended; the other tasks still run. While another caller's round is on
     * the helpers (two comparisons at once), the tasks run one after another on the calling thread.
     */
    public static void runAll(List<Runnable> tasks) {
        int n = Math.min(threads, tasks.size());
        if (n <= 1 || !inUse.compareAndSet(false, true)) {
            runHere(tasks);
            return;
        }
        // the cores are taken: no network splits its step over a helper thread meanwhile
        dev.deepforward.engine.StepThreads.enterShared();
        try {
            runShared(tasks, n - 1);
        } finally {
            dev.deepforward.engine.StepThreads.exitShared();
            inUse.set(false);
        }
    }

    private static void runHere(List<Runnable> tasks) {
        RuntimeException first = null;
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void runShared(List<Runnable> tasks, int helperCount) {
        List<Helper> crew = helpers(helperCount);
        roundTasks = tasks;
        roundCaller = Thread.currentThread();
        failure = null;
        failures.set(0);
        next.set(0);
        working.set(helperCount);
        generation = ((generation >>> 8) + 1) << 8 | helperCount; // publishes the round
        for (int h = 0; h < helperCount; h++) {
            Helper helper = crew.get(h);
            if (helper.parked) { // else it is spinning and sees the new generation by itself
                LockSupport.unpark(helper.thread);
            }
        }
        drain(tasks);
        awaitHelpers();
        roundTasks = List.of(); // the tasks hold networks: keep none between rounds
        roundCaller = null;
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Runs tasks from the round's shared counter until none is left. */
    private static void drain(List<Runnable> tasks) {
        for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
            try {
                tasks.get(i).run();
            } catch (Throwable t) {
                if (failures.getAndIncrement() == 0) {
                    failure = t;
                }
            }
        }
    }

    private static void awaitHelpers() {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (working.get() != 0 && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        if (working.get() == 0) {
            return;
        }
        boolean interrupted = false;
        callerParked = true;
        while (working.get() != 0) {
            LockSupport.park(TrainingPool.class);
            if (Thread.interrupted()) {
                interrupted = true; // the helpers hold networks this thread owns: wait for them anyway
            }
        }
        callerParked = false;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized List<Helper> helpers(int needed) {
        if (needed > 0xff) {
            throw new IllegalArgumentException("at most 256 training threads");
        }
        while (helpers.size() < needed) {
            helpers.add(new Helper(helpers.size()));
        }
        return List.copyOf(helpers);
    }

    /** One of the pool's threads: waits for a round, takes tasks from it while any are left, waits again. */
    private static final class Helper implements Runnable {
        private final int index;
        private final Thread thread;
        private volatile boolean parked;
        /** The generation before this helper's first round (read here: the thread may start after it began). */
        private final long before;

        Helper(int index) {
            this.index = index;
            before = generation;
            thread = new Thread(this, "training helper");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        }

        @Override
        public void run() {
            long seen = before;
            while (true) {
                seen = awaitRound(seen);
                if (index >= (int) (seen & 0xff)) {
                    continue; // not needed in this round: a caller with fewer tasks than threads
                }
                Thread caller = roundCaller;
                drain(roundTasks);
                if (working.decrementAndGet() == 0 && callerParked) {
                    LockSupport.unpark(caller);
                }
            }
        }

        private long awaitRound(long seen) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            long g;
            while ((g = generation) == seen && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            if (g != seen) {
                return g;
            }
            parked = true;
            while ((g = generation) == seen) {
                LockSupport.park(this);
                Thread.interrupted(); // nobody interrupts a helper; never let a flag turn the park into a spin
            }
            parked = false;
            return g;
        }
    }
}
