package dev.deepforward.ui.shot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.application.Platform;

/**
 * Starts JavaFX for rendering without a window on screen. With a display (a desktop, or Xvfb) the normal
 * platform is used; without one, Monocle's headless platform with software rendering — set up here, before
 * the toolkit starts, because the command runs outside the test setup that otherwise sets these
 * properties. Works when the toolkit is already running too (tests).
 */
public final class OffscreenToolkit {

    static final String MONOCLE_CLASS = "com.sun.glass.ui.monocle.HeadlessPlatformFactory";
    static final String NO_DISPLAY = "no display: run under xvfb-run (xvfb-run -a java -jar …) or install Monocle "
            + "(org.testfx:openjfx-monocle on the class path) for headless rendering";

    private static boolean started;

    private OffscreenToolkit() {
    }

    /**
     * Starts the toolkit if needed.
     *
     * @return {@code null} when JavaFX is ready, else why it cannot start
     */
    public static synchronized String start(int width, int height) {
        if (started) {
            return null;
        }
        if (!hasDisplay() && System.getProperty("glass.platform") == null) {
            if (!monocleAvailable()) {
                return NO_DISPLAY;
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            // Monocle's virtual screen must hold the picture, or layout is clamped to 1280×800.
            System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        }
        dev.deepforward.ui.JavaFxClassPathNote.quiet();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown(); // the toolkit is up already (tests, or a second command in one JVM)
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return "JavaFX could not start: " + e.getMessage() + (hasDisplay() ? "" : " (" + NO_DISPLAY + ")");
        }
        try {
            if (!ready.await(30, TimeUnit.SECONDS)) {
                return "JavaFX did not start within 30 s";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while JavaFX started";
        }
        // The offscreen stage is never shown, so JavaFX must not exit when "the last window" closes.
        Platform.setImplicitExit(false);
        started = true;
        return null;
    }

    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    static boolean monocleAvailable() {
        try {
            Class.forName(MONOCLE_CLASS, false, OffscreenToolkit.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    public static <T> T onFx(Callable<T> task, long timeoutSeconds) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return task.call();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutException("the window did not answer within " + timeoutSeconds + " s");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
