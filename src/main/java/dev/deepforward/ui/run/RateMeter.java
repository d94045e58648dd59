package dev.deepforward.ui.run;

import java.util.ArrayDeque;

/**
 * Training steps per second over the last second, from the iteration counts seen at each frame. A short
 * window keeps the number honest when the speed changes (a slower setting, a bigger network) without
 * flickering from frame to frame.
 */
final class RateMeter {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private record Sample(long nanos, long iteration) { }

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    /** Records the count at frame time {@code nanos} and returns the rate over the last second. */
    double update(long nanos, long iteration) {
        samples.addLast(new Sample(nanos, iteration));
        while (samples.size() > 2 && nanos - samples.peekFirst().nanos > WINDOW_NANOS) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long dt = nanos - first.nanos;
        if (dt <= 0) {
            return 0;
        }
        return Math.max(0, iteration - first.iteration) * 1e9 / Math.max(dt, WINDOW_NANOS / 4);
    }

    void clear() {
        samples.clear();
    }
}
