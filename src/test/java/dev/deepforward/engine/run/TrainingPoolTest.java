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
}
