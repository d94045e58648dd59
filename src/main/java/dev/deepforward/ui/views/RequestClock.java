package dev.deepforward.ui.views;

/**
 * When to ask the engine for a view again: at most every {@code interval} and only when training has
 * moved since the last answer's request, so a paused run is asked once (after a step) and not fifty times
 * a second for the same picture.
 */
final class RequestClock {

    private final long intervalNanos;
    private long lastAt = Long.MIN_VALUE / 2;
    private long lastIteration = -1;

    RequestClock(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Whether to request now; if so, remembers it. */
    boolean due(long now, long iteration) {
        if (iteration == lastIteration || now - lastAt < intervalNanos) {
            return false;
        }
        lastAt = now;
        lastIteration = iteration;
        return true;
    }

    void reset() {
        lastAt = Long.MIN_VALUE / 2;
        lastIteration = -1;
    }
}
