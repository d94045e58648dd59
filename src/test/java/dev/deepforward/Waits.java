package dev.deepforward;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way tests wait for something: poll until it holds, and fail only when it has not held after
 * {@link #HANG} seconds. The bound catches a hang, never a slow machine — a suite that passes only when
 * the machine is idle checks the machine, not the program.
 */
public final class Waits {

    /** Seconds after which a wait counts as a hang. */
    public static final double HANG = 60;

    private Waits() {
    }

    /**
     * Waits for {@code condition}; {@code seconds} says what the step usually takes at a call site, the
     * wait itself only fails after {@link #HANG} seconds (or {@code seconds}, if longer).
     */
    public static void within(double seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor((long) (Math.max(seconds, HANG) * 1000), TimeUnit.MILLISECONDS, condition);
    }
}
