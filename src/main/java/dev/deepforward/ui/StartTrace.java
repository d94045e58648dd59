package dev.deepforward.ui;

import java.lang.management.ManagementFactory;

/**
 * Where the time goes between the launch and the window on screen: with {@code --verbose} (or
 * {@code -Ddeepforward.startTrace=true}) each step of the start prints the milliseconds since the JVM
 * started to standard error, and the CPU time the thread has used so far, which a busy machine changes
 * less ({@code [start] 412 ms JavaFX toolkit up (JavaFX Application Thread, 35 ms CPU)}). Off, a mark costs one field read.
 */
public final class StartTrace {

    private static volatile boolean on = Boolean.getBoolean("deepforward.startTrace");

    private StartTrace() {
    }

    /** Turns the trace on (the launcher does on {@code --verbose}). */
    public static void enable() {
        on = true;
    }

    public static boolean enabled() {
        return on;
    }

    /** Prints how long after the JVM's start {@code step} was reached, when the trace is on. */
    public static void mark(String step) {
        if (on) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println("[start] " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms " + step
                    + " (" + Thread.currentThread().getName() + ", " + cpu + " ms CPU)");
        }
    }
}
