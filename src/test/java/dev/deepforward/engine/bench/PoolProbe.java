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
 * Where a parallel round's time goes (not a test; prints figures): N W1 networks trained as
 * {@code PARALLEL N x W1} trains them, every round timed on each thread — when the round was handed out, when
 * each thread started and ended its tasks, when the caller got the round back — and summed up as the time
 * each thread worked, waited to be woken and waited for the other at the round's end.
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
        TrainingPool.setThreads(2);
        runFor(tasks, 3);
        TrainingPool.setThreads(1);
        runFor(tasks, 2);
        List<Segment> one = new ArrayList<>();
        List<Segment> two = new ArrayList<>();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            for (int threads : new int[] {1, 2}) {
                TrainingPool.setThreads(threads);
                (threads == 1 ? one : two).add(segment(tasks, taskTimes, 0.5, block * nets));
            }
        }
        report("threads=1", one);
        report("threads=2", two);
        System.out.printf("load %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void runFor(List<Runnable> tasks, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            TrainingPool.runAll(tasks);
        }
    }

    /** One timed stretch of rounds, with what the rest of the machine used meanwhile. */
    record Segment(double stepsPerSecond, double foreignCores, double busiestCpuRate, double wake, double callerWait,
                   double helperWait, double overhead, long rounds) {
    }

    private static Segment segment(List<Runnable> tasks, long[][] taskTimes, double seconds, int stepsPerRound)
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
            TrainingPool.runAll(tasks);
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
