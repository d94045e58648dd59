package dev.deepforward.engine.run;

import java.util.concurrent.TimeUnit;

/**
 * The one background thread of a long job (a hyperparameter or architecture search): started at most
 * once, a daemon, and a notch below normal priority, because like training runs it must yield to the UI.
 */
public final class JobThread {

    private Thread thread;

    /** Starts {@code body} on its own thread the first time; later calls do nothing. */
    public synchronized void start(Runnable body, String name) {
        if (thread == null) {
            thread = new Thread(body, name);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        }
    }

    /** Waits for the job to end (true at once when it never started); false on timeout. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null) {
            return true;
        }
        t.join(Math.max(1, unit.toMillis(timeout)));
        return !t.isAlive();
    }
}
