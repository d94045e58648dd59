package dev.deepforward.engine.run;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The threads that train the variants of comparisons side by side: up to (cores − 1) of them, at least one,
 * shared by every comparison in the process (the window's, {@code run --variants}, {@code lesson check}),
 * so that one core stays free for the window. A round's variants are spread over them and the round ends
 * when all are done, so variants stay in lockstep. With one thread (a 2-core machine) the calling worker
 * trains them one after another, as before.
 *
 * <p>Results do not depend on the thread count: each variant has its own network, data order and random
 * streams, and only ever runs on one thread at a time.
 */
public final class TrainingPool {

    private static volatile int threads = defaultThreads();
    private static ExecutorService helpers;
    private static int helperCount;

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
     * rethrown on the caller after all ended; the other tasks still run.
     */
    public static void runAll(List<Runnable> tasks) {
        int n = Math.min(threads, tasks.size());
        if (n <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        // the cores are taken: no network splits its step over a helper thread meanwhile
        dev.deepforward.engine.StepThreads.enterShared();
        try {
            runShared(tasks, n);
        } finally {
            dev.deepforward.engine.StepThreads.exitShared();
        }
    }

    private static void runShared(List<Runnable> tasks, int n) {
        ExecutorService pool = helpers(n - 1);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        CountDownLatch done = new CountDownLatch(n - 1);
        for (int h = 1; h < n; h++) {
            pool.execute(() -> {
                try {
                    drain.run();
                } finally {
                    done.countDown();
                }
            });
        }
        drain.run();
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the helpers hold networks this thread owns: wait for them anyway
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
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

    private static synchronized ExecutorService helpers(int needed) {
        if (helpers == null || helperCount < needed) {
            if (helpers != null) {
                helpers.shutdown();
            }
            helperCount = needed;
            helpers = Executors.newFixedThreadPool(needed, r -> {
                Thread t = new Thread(r, "training helper");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });
        }
        return helpers;
    }
}
