package dev.deepforward.engine.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.deepforward.data.Generators;
import dev.deepforward.engine.Backend;
import dev.deepforward.engine.NativeThreads;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.engine.bench.Benchmark.EngineStepper;
import dev.deepforward.engine.bench.Benchmark.Workload;
import dev.deepforward.engine.run.TrainingPool;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.NetworkSpec;

/**
 * Where a parallel round's time goes (not a test; prints figures): N W1 networks (2 threads) trained in
 * blocks of 256 iterations, in alternating half-second segments so that every way sees the same load: on
 * one thread; a round a block with the executor-and-latch hand-over the pool had until 2026-12-03; a round
 * a block on the pool's own spinning threads ({@link TrainingPool#runAll}); and rounds of 4 blocks with a
 * lead of one block ({@link TrainingPool#runBlocks}, what a comparison does now). For a round a block, every
 * round is timed on each thread — when it was handed out, when each thread started and ended its task,
 * when the caller got it back — giving the wake-up delay and the waits at the round's end. Each segment
 * also reads /proc/stat, so segments in which other processes left the cores free can be told apart.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     dev.deepforward.engine.bench.PoolProbe [seconds] [nets] [block]
 * </pre>
 */
public final class PoolProbe {

    private PoolProbe() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        NativeThreads.ensureConfigured();
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int nets = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        Workload w1 = new Workload("W1", NetworkSpec.uniform(2, 8, Activation.TANH), Optimizer.SGD, 0.03, 10,
                Generators.generate("spiral", 500, 0.1, Benchmark.SEED), false, 0.6, 0.6, 2.0);
        EngineStepper[] s = new EngineStepper[nets];
        for (int i = 0; i < nets; i++) {
            s[i] = new EngineStepper(w1, Benchmark.SEED + 20 + i, Backend.DIRECT);
        }
        // per round: [task][start, end, thread id]
        long[][] taskTimes = new long[nets][3];
        List<Runnable> tasks = new ArrayList<>();
        for (int k = 0; k < nets; k++) {
            int task = k;
            tasks.add(() -> {
                long t0 = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    s[task].step();
                }
                taskTimes[task][0] = t0;
                taskTimes[task][1] = System.nanoTime();
                taskTimes[task][2] = Thread.currentThread().getId();
            });
        }
        // one thread, the executor-and-latch hand-over the pool used until 2026-12-03, and the pool now,
        // in alternating half-second segments, so all three see the same load
        Round[] kinds = {
            () -> {
                TrainingPool.setThreads(1);
                TrainingPool.runAll(tasks);
            },
            () -> executorRound(tasks),
            () -> {
                TrainingPool.setThreads(2);
                TrainingPool.runAll(tasks);
            },
            () -> {
                TrainingPool.setThreads(2);
                TrainingPool.runBlocks(nets, 4, v -> tasks.get(v).run());
            },
        };
        String[] names = {"one thread", "executor+latch (before)", "pool round a block",
            "pool blocks with a lead of one (now)"};
        int[] roundBlocks = {1, 1, 1, 4};
        for (Round k : kinds) {
            runFor(k, 2);
        }
        List<List<Segment>> segments = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            for (int k = 0; k < kinds.length; k++) {
                segments.get(k).add(segment(kinds[k], taskTimes, 0.5, block * nets * roundBlocks[k]));
            }
        }
        for (int k = 0; k < kinds.length; k++) {
            report(names[k], segments.get(k));
        }
        System.out.printf("load %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    interface Round {
        void run();
    }

    private static void runFor(Round round, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            round.run();
        }
    }

    private static final java.util.concurrent.ExecutorService EXECUTOR =
            java.util.concurrent.Executors.newFixedThreadPool(1, r -> {
                Thread t = new Thread(r, "training helper");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });

    /** The hand-over as TrainingPool did it until 2026-12-03: a task to an executor, a latch at the end. */
    private static void executorRound(List<Runnable> tasks) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                tasks.get(i).run();
            }
        };
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        EXECUTOR.execute(() -> {
            try {
                drain.run();
            } finally {
                done.countDown();
            }
        });
        drain.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One timed stretch of rounds, with what the rest of the machine used meanwhile. */
    record Segment(double stepsPerSecond, double foreignCores, double busiestCpuRate, double wake, double callerWait,
                   double helperWait, double overhead, long rounds) {
    }

    private static Segment segment(Round round, long[][] taskTimes, double seconds, int stepsPerRound)
            throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        long callerId = Thread.currentThread().getId();
        java.util.Map<Long, Long> cpu0 = threadCpu(mx);
        long[] stat0 = procStat();
        long own0 = Benchmark.processCpuNanos();
        long wall0 = System.nanoTime();
        long end = wall0 + (long) (seconds * 1e9);
        long rounds = 0;
        double wake = 0;
        double callerWait = 0;
        double helperWait = 0;
        double longest = 0;
        double roundWall = 0;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            round.run();
            long t1 = System.nanoTime();
            long callerEnd = t0;
            long helperStart = Long.MAX_VALUE;
            long helperEnd = 0;
            long longestTask = 0;
            for (long[] t : taskTimes) {
                longestTask = Math.max(longestTask, t[1] - t[0]);
                if (t[2] == callerId) {
                    callerEnd = Math.max(callerEnd, t[1]);
                } else {
                    helperStart = Math.min(helperStart, t[0]);
                    helperEnd = Math.max(helperEnd, t[1]);
                }
            }
            if (helperEnd > 0) {
                wake += (helperStart - t0) / 1e6;
                callerWait += (t1 - callerEnd) / 1e6;
                helperWait += (t1 - helperEnd) / 1e6;
            }
            longest += longestTask / 1e6;
            roundWall += (t1 - t0) / 1e6;
            rounds++;
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        long[] stat1 = procStat();
        double machineBusy = (stat1[0] - stat0[0]) / (double) stat1[2] / wall; // cores busy, all processes
        double own = (Benchmark.processCpuNanos() - own0) / 1e9 / wall;
        long busiest = 1;
        for (var e : threadCpu(mx).entrySet()) {
            busiest = Math.max(busiest, e.getValue() - cpu0.getOrDefault(e.getKey(), 0L));
        }
        double steps = rounds * (double) stepsPerRound;
        return new Segment(steps / wall, machineBusy - own, steps / (busiest / 1e9), wake / rounds,
                callerWait / rounds, helperWait / rounds, (roundWall - longest) / roundWall, rounds);
    }

    private static java.util.Map<Long, Long> threadCpu(java.lang.management.ThreadMXBean mx) {
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                cpu.put(info.getThreadId(), mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    /** [busy ticks, idle ticks, ticks per second] of the whole machine from /proc/stat. */
    private static long[] procStat() throws java.io.IOException {
        String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(f[i]);
            }
        }
        return new long[] {busy, Long.parseLong(f[4]) + Long.parseLong(f[5]), 100};
    }

    private static void report(String what, List<Segment> segments) {
        List<Segment> clean = segments.stream().filter(x -> x.foreignCores() < 0.1).toList();
        for (var pick : List.of(segments, clean)) {
            if (pick.isEmpty()) {
                continue;
            }
            if (what.contains("lead")) {
                System.out.printf("%s %s segments=%d: steps/s median %.0f best %.0f; by busiest thread CPU median %.0f;"
                                + " other processes %.2f cores%n", what, pick == clean ? "CLEAN" : "all", pick.size(),
                        med(pick, Segment::stepsPerSecond),
                        pick.stream().mapToDouble(Segment::stepsPerSecond).max().orElse(0),
                        med(pick, Segment::busiestCpuRate), med(pick, Segment::foreignCores));
                continue;
            }
            System.out.printf("%s %s segments=%d: steps/s median %.0f best %.0f; by busiest thread CPU median %.0f;"
                            + " other processes %.2f cores; per round: helper woken after %.3f ms, caller waited"
                            + " %.3f ms at the end, helper idle %.3f ms, overhead %.1f %% of the round%n",
                    what, pick == clean ? "CLEAN" : "all", pick.size(),
                    med(pick, Segment::stepsPerSecond), pick.stream().mapToDouble(Segment::stepsPerSecond).max().orElse(0),
                    med(pick, Segment::busiestCpuRate), med(pick, Segment::foreignCores), med(pick, Segment::wake),
                    med(pick, Segment::callerWait), med(pick, Segment::helperWait), 100 * med(pick, Segment::overhead));
        }
    }

    private static double med(List<Segment> s, java.util.function.ToDoubleFunction<Segment> f) {
        return Benchmark.median(s.stream().mapToDouble(f).toArray());
    }
}
