package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deepforward.Waits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingPoolTest {

    private int before;

    @BeforeEach
    void remember() {
        before = TrainingPool.threads();
    }

    @AfterEach
    void restore() {
        TrainingPool.setThreads(before);
    }

    @Test
    void everyTaskRunsExactlyOnceBeforeTheCallReturns() {
        TrainingPool.setThreads(3);
        AtomicIntegerArray runs = new AtomicIntegerArray(50);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int index = i;
            tasks.add(() -> runs.incrementAndGet(index));
        }
        TrainingPool.runAll(tasks);
        for (int i = 0; i < runs.length(); i++) {
            assertThat(runs.get(i)).as("task %d", i).isEqualTo(1);
        }
    }

    @Test
    void fourTasksOnTwoThreadsRunTwoAtATimeWithTheCallerTakingOneOfEachPair() {
        // Tasks 0 and 1 wait for each other, then 2 and 3: each pair needs two threads at once, and with two
        // threads one of them is the caller. Had the caller kept only the first task and left the rest to
        // its helpers, tasks 2 and 3 would both run on helpers (or, with one helper, wait for each other
        // forever).
        TrainingPool.setThreads(2);
        AtomicInteger[] arrived = {new AtomicInteger(), new AtomicInteger()};
        Thread[] ranOn = new Thread[4];
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int index = i;
            AtomicInteger pair = arrived[i / 2];
            tasks.add(() -> {
                ranOn[index] = Thread.currentThread();
                pair.incrementAndGet();
                try {
                    Waits.within(1, () -> pair.get() == 2);
                } catch (Exception e) {
                    throw new IllegalStateException("the other task of the pair never ran alongside", e);
                }
            });
        }
        Thread caller = Thread.currentThread();
        TrainingPool.runAll(tasks);
        assertThat(List.of(ranOn[0], ranOn[1])).contains(caller);
        assertThat(List.of(ranOn[2], ranOn[3])).contains(caller);
        assertThat(new HashSet<>(Arrays.asList(ranOn))).hasSize(2);
    }

    @Test
    void aTasksExceptionReachesTheCallerAfterTheOtherTasksRan() {
        TrainingPool.setThreads(2);
        AtomicInteger others = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            throw new IllegalStateException("variant failed");
        });
        for (int i = 0; i < 5; i++) {
            tasks.add(others::incrementAndGet);
        }
        assertThatThrownBy(() -> TrainingPool.runAll(tasks)).isInstanceOf(IllegalStateException.class)
                .hasMessage("variant failed");
        assertThat(others.get()).isEqualTo(5);
    }

    @Test
    void thousandsOfRoundsBackToBackEachEndOnlyWhenAllTheirTasksHaveRun() throws Exception {
        // Rounds of two tasks and of four alternate on four threads, so helpers are left out of some rounds
        // and must still take part in the next; a lost wake-up would hang a round (caught by the wait below).
        TrainingPool.setThreads(4);
        AtomicIntegerArray runs = new AtomicIntegerArray(4);
        List<Runnable> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int index = i;
            four.add(() -> runs.incrementAndGet(index));
        }
        List<Runnable> two = four.subList(0, 2);
        int rounds = 3_000;
        AtomicInteger done = new AtomicInteger();
        List<String> broken = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread caller = new Thread(() -> {
            for (int r = 0; r < rounds; r++) {
                boolean wide = r % 3 == 0;
                TrainingPool.runAll(wide ? four : two);
                int expectedFirst = r + 1;
                if (runs.get(0) != expectedFirst || runs.get(1) != expectedFirst) {
                    broken.add("round " + r + ": tasks 0 and 1 ran " + runs.get(0) + " and " + runs.get(1) + " times");
                }
                done.incrementAndGet();
            }
        });
        caller.setDaemon(true);
        caller.start();
        Waits.within(30, () -> done.get() == rounds);
        assertThat(broken).isEmpty();
        assertThat(runs.get(2)).isEqualTo(1_000);
        assertThat(runs.get(3)).isEqualTo(1_000);
    }

    @Test
    void aRoundStartedFromInsideARoundRunsOnItsOwnThread() {
        // Two comparisons at once share the helpers: while one's round is on them, the other trains its
        // variants on its own thread, one after another (here: a task of the outer round starts the inner).
        TrainingPool.setThreads(2);
        List<Thread> innerThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] outerThread = new Thread[1];
        List<Runnable> inner = List.of(() -> innerThreads.add(Thread.currentThread()),
                () -> innerThreads.add(Thread.currentThread()));
        List<Runnable> outer = List.of(() -> {
            outerThread[0] = Thread.currentThread();
            TrainingPool.runAll(inner);
        }, () -> {
        });
        TrainingPool.runAll(outer);
        assertThat(innerThreads).containsExactly(outerThread[0], outerThread[0]);
    }

    @Test
    void blocksOfAVariantRunOneAtATimeInOrderAndNeverMoreThanOneBlockAheadOfTheSlowest() {
        for (int threads : new int[] {2, 3}) {
            TrainingPool.setThreads(threads);
            int variants = 3;
            int blocks = 300;
            AtomicIntegerArray finished = new AtomicIntegerArray(variants);
            AtomicIntegerArray running = new AtomicIntegerArray(variants);
            List<String> broken = new java.util.concurrent.CopyOnWriteArrayList<>();
            TrainingPool.runBlocks(variants, blocks, v -> {
                if (running.incrementAndGet(v) != 1) {
                    broken.add("variant " + v + " ran two blocks at once");
                }
                int b = finished.get(v); // the block starting now
                for (int u = 0; u < variants; u++) {
                    if (finished.get(u) < b - TrainingPool.LEAD) {
                        broken.add("variant " + v + " started block " + b + " while variant " + u + " had finished "
                                + finished.get(u));
                    }
                }
                // uneven work, so the threads drift apart: variant 0's blocks are the longest
                double x = 0;
                for (int i = 0; i < (v == 0 ? 20_000 : 2_000) * (1 + b % 3); i++) {
                    x += Math.sqrt(i + x);
                }
                if (x < 0) {
                    broken.add("unreachable");
                }
                finished.incrementAndGet(v);
                running.decrementAndGet(v);
            });
            assertThat(broken).as("%d threads", threads).isEmpty();
            for (int v = 0; v < variants; v++) {
                assertThat(finished.get(v)).as("variant %d on %d threads", v, threads).isEqualTo(blocks);
            }
        }
    }

    @Test
    void aBlocksExceptionReachesTheCallerAfterEveryOtherBlockRan() {
        TrainingPool.setThreads(2);
        AtomicIntegerArray ran = new AtomicIntegerArray(2);
        assertThatThrownBy(() -> TrainingPool.runBlocks(2, 5, v -> {
            if (ran.incrementAndGet(v) == 3 && v == 1) {
                throw new IllegalStateException("variant failed");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("variant failed");
        assertThat(ran.get(0)).isEqualTo(5);
        assertThat(ran.get(1)).isEqualTo(5);
    }
}
