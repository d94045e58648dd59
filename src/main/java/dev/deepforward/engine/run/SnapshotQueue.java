package dev.deepforward.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A lock-free hand-over of snapshots from training threads to one reader (the UI's frame timer). Writers
 * never block; the reader drains everything once per frame. If the reader falls far behind (a window
 * hidden for minutes), the oldest snapshots are dropped rather than memory growing without bound; the
 * count of dropped snapshots is kept so a view can say so.
 */
public final class SnapshotQueue<T> implements Consumer<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final int capacity;

    public SnapshotQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public void accept(T snapshot) {
        queue.add(snapshot);
        if (size.incrementAndGet() > capacity && queue.poll() != null) {
            size.decrementAndGet();
            dropped.incrementAndGet();
        }
    }

    /** Everything published since the last drain, oldest first. */
    public List<T> drain() {
        List<T> out = new ArrayList<>();
        T item;
        while ((item = queue.poll()) != null) {
            size.decrementAndGet();
            out.add(item);
        }
        return out;
    }

    public int droppedCount() {
        return dropped.get();
    }
}
