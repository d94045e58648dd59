package dev.deepforward.engine.run;

/**
 * The schedule of a speed-limited run: rounds start one slot apart ({@code delay} nanoseconds), by
 * deadline, so the time a round takes counts towards its slot. A run that falls behind (its start, a
 * pause, a busy machine, a slow round) has its schedule set back to one slot behind the time it is at, so
 * it makes up at most that one slot (the next two short rounds start back to back) and then keeps the
 * cadence: it never bursts to make up lost time. Pure arithmetic on the clock readings it is given: the worker passes
 * {@link System#nanoTime()}, a test a clock of its own.
 */
final class Pacer {

    private long nextRoundAt;

    /**
     * How long to wait, after a round that ended at {@code now}, before the next one starts, at one round
     * every {@code delay} nanoseconds (0: at once; {@code delay} 0 means no limit).
     */
    long waitAfterRound(long now, long delay) {
        if (delay <= 0) {
            return 0;
        }
        nextRoundAt = Math.max(nextRoundAt + delay, now - delay);
        return Math.max(0, nextRoundAt - now);
    }
}
