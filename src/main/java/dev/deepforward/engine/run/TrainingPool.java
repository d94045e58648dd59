package dev.deepforward.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

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
    /** What every thread of the round runs (the caller's too): takes work from the round until none is left. */
    private static Runnable roundWork;
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
            next.set(0);
            runShared(() -> drain(tasks), n - 1);
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

    /**
     * Runs {@code blocks} blocks of each of {@code variants} variants ({@code block.accept(v)} runs one block of
     * variant {@code v}), on the calling thread and up to {@link #threads()} − 1 helpers, and returns when all
     * have run. A variant's blocks run one after another, never two at once, each after the previous one
     * ended (on whichever thread); a variant starts block {@code b} only once every variant has finished
     * block {@code b − 2}, so it is never more than one block ahead of the slowest ({@link #LEAD}). A thread
     * that finished a block goes on with the next one at once instead of waiting at a barrier for the others
     * (the waits that cost {@link #runAll} with a round per block); it takes the variant furthest behind
     * that no thread holds. A block's exception is rethrown on the caller after all ended; that variant's
     * later blocks and the others still run.
     */
    public static void runBlocks(int variants, int blocks, IntConsumer block) {
        if (variants < 1 || blocks < 1) {
            return;
        }
        int n = Math.min(threads, variants);
        if (n <= 1 || !inUse.compareAndSet(false, true)) {
            RuntimeException first = null;
            for (int b = 0; b < blocks; b++) {
                for (int v = 0; v < variants; v++) {
                    try {
                        block.accept(v);
                    } catch (RuntimeException e) {
                        first = first == null ? e : first;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
            return;
        }
        dev.deepforward.engine.StepThreads.enterShared();
        try {
            runShared(new Blocks(variants, blocks, block, n), n - 1);
        } finally {
            dev.deepforward.engine.StepThreads.exitShared();
            inUse.set(false);
        }
    }

    /** How many blocks a variant may run ahead of the slowest in {@link #runBlocks}. */
    public static final int LEAD = 1;

    private static void runShared(Runnable work, int helperCount) {
        List<Helper> crew = helpers(helperCount);
        roundWork = work;
        roundCaller = Thread.currentThread();
        failure = null;
        failures.set(0);
        working.set(helperCount);
        generation = ((generation >>> 8) + 1) << 8 | helperCount; // publishes the round
        for (int h = 0; h < helperCount; h++) {
            Helper helper = crew.get(h);
            if (helper.parked) { // else it is spinning and sees the new generation by itself
                LockSupport.unpark(helper.thread);
            }
        }
        work.run();
        awaitHelpers();
        roundWork = null; // the tasks hold networks: keep none between rounds
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
                failed(t);
            }
        }
    }

    private static void failed(Throwable t) {
        if (failures.getAndIncrement() == 0) {
            failure = t;
        }
    }

    /** The work of a {@link #runBlocks} round, which every thread of the round runs. */
    private static final class Blocks implements Runnable {
        private final int variants;
        private final int blocks;
        private final IntConsumer block;
        /** Blocks each variant has finished. */
        private final AtomicIntegerArray done;
        /** 1 while a thread runs one of the variant's blocks. */
        private final AtomicIntegerArray held;

        /** The threads of the round parked waiting for a block to end, by their place in the round. */
        private final java.util.concurrent.atomic.AtomicReferenceArray<Thread> sleeping;
        private final AtomicInteger entered = new AtomicInteger();

        Blocks(int variants, int blocks, IntConsumer block, int threads) {
            this.variants = variants;
            this.blocks = blocks;
            this.block = block;
            done = new AtomicIntegerArray(variants);
            held = new AtomicIntegerArray(variants);
            sleeping = new java.util.concurrent.atomic.AtomicReferenceArray<>(threads);
        }

        @Override
        public void run() {
            int me = entered.getAndIncrement();
            long idleSince = 0;
            while (true) {
                int slowest = slowestNow();
                int pick = -1;
                int pickDone = Integer.MAX_VALUE;
                boolean left = false; // blocks nobody holds yet
                int seen = 0; // blocks finished, as this scan saw them
                for (int v = 0; v < variants; v++) {
                    int d = done.get(v);
                    seen += d;
                    boolean free = held.get(v) == 0;
                    if (d < blocks && (free || d + 1 < blocks)) {
                        left = true;
                    }
                    if (free && d < blocks && d <= slowest + LEAD && d < pickDone) {
                        pick = v;
                        pickDone = d;
                    }
                }
                if (!left) {
                    return; // every block has run or runs now on another thread
                }
                if (pick < 0) {
                    // the others are behind or hold what is left: wait briefly, then park until a block ends
                    if (idleSince == 0) {
                        idleSince = System.nanoTime();
                    }
                    if (System.nanoTime() - idleSince < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        sleep(me, seen);
                    }
                    continue;
                }
                if (!held.compareAndSet(pick, 0, 1)) {
                    continue; // another thread took it first: look again
                }
                idleSince = 0;
                int d = done.get(pick); // another thread may have run a block of it since the scan
                if (d >= blocks || d > slowestNow() + LEAD) {
                    held.set(pick, 0);
                    continue;
                }
                try {
                    block.accept(pick);
                } catch (Throwable t) {
                    failed(t);
                }
                done.set(pick, d + 1);
                held.set(pick, 0);
                for (int t = 0; t < sleeping.length(); t++) {
                    Thread waiting = sleeping.get(t);
                    if (waiting != null) {
                        LockSupport.unpark(waiting);
                    }
                }
            }
        }

        private int finishedBlocks() {
            int sum = 0;
            for (int v = 0; v < variants; v++) {
                sum += done.get(v);
            }
            return sum;
        }

        /**
         * Parks until a block ends after {@code seen} had (a thread that ends a block unparks every sleeper
         * after counting it; the sleeper announces itself before it looks again, so one of the two sees the
         * other).
         */
        private void sleep(int me, int seen) {
            Thread self = Thread.currentThread();
            sleeping.set(me, self);
            boolean interrupted = false;
            while (finishedBlocks() == seen) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted(); // the round goes on: the other threads hold its networks
            }
            sleeping.set(me, null);
            if (interrupted) {
                self.interrupt(); // for the caller's own wait at the round's end, which keeps it for its caller
            }
        }

        private int slowestNow() {
            int slowest = Integer.MAX_VALUE;
            for (int v = 0; v < variants; v++) {
                slowest = Math.min(slowest, done.get(v));
            }
            return slowest;
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
                roundWork.run();
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
