package dev.deepforward.ui.presenter;

import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * How long F5 takes to switch presenter mode on and off in a real window, and how many frames show a
 * state between the old look and the new one. Not a test (no timing in mvn verify): it prints figures.
 * Run it under a display with a window manager (src/test/sh/measure-presenter.sh does the set-up):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/lib/* dev.deepforward.ui.presenter.PresenterSwitchProbe
 *   [--lesson FILE] [--runs N] [--warmup S]
 * </pre>
 *
 * After the warm-up it presses F5 (through the scene, as the keyboard does), and after every pulse notes
 * what the window shows: its size, the style sheets, the font of the parameter
 * count, and the bounds of the designer, the charts, the loss chart and the lesson dock. The switch is
 * "settled" at the last pulse whose picture differs from the one before (nothing changes for the next
 * two seconds); every picture between the key and that one that is neither the old one nor the final one
 * is an intermediate frame (a half-applied look). It also prints when the look changed: presenter mode
 * waits for the window manager's full-screen resize and changes the look with it.
 */
public final class PresenterSwitchProbe {

    static String[] args = new String[0];

    private PresenterSwitchProbe() {
    }

    public static void main(String[] a) {
        args = a;
        Application.launch(App.class, a);
    }

    static String text(String flag, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** The probe's window and its measuring. */
    public static final class App extends Application {

        private WorkbenchWindow window;
        private final List<Long> times = new ArrayList<>();
        private final List<String> pictures = new ArrayList<>();
        private long pressed;
        /** When the look changed: with the window manager's resize (or the wait's end). */
        private long lookAt;
        /** CPU time of the FX thread at the key and after each pulse: the switch's own cost, load aside. */
        private long cpuAtKey;
        private final List<Long> cpu = new ArrayList<>();
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private int run;
        private final int runs = Integer.parseInt(text("--runs", "3"));

        @Override
        public void start(Stage stage) throws Exception {
            Path home = Files.createTempDirectory("df-presenter-probe");
            window = new WorkbenchWindow(stage, new PrefsStore(home.resolve("ui.json")),
                    new WorkbenchWindow.Options(null, 0, 0, false));
            window.show();
            String lesson = text("--lesson", null);
            if (lesson != null) {
                window.lessons().open(Path.of(lesson));
            }
            window.scene().addPostLayoutPulseListener(() -> {
                if (pressed != 0) {
                    times.add(System.nanoTime());
                    cpu.add(threads.getCurrentThreadCpuTime());
                    pictures.add(picture());
                }
            });
            window.presenter().lookShownProperty().addListener((o, a, b) -> {
                if (pressed != 0) {
                    lookAt = System.nanoTime();
                }
            });
            later(Double.parseDouble(text("--warmup", "8")), this::press);
        }

        private void press() {
            times.clear();
            pictures.clear();
            lookAt = 0;
            cpu.clear();
            cpuAtKey = threads.getCurrentThreadCpuTime();
            boolean entering = !window.presenter().isActive();
            Scene scene = window.scene();
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            pressed = System.nanoTime();
            String before = picture();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F5, false, false, false, false));
            long handled = System.nanoTime();
            later(2.5, () -> report(entering, before, handled));
        }

        private void report(boolean entering, String before, long handled) {
            int settled = -1;
            for (int i = 0; i < pictures.size(); i++) {
                String previous = i == 0 ? before : pictures.get(i - 1);
                if (!pictures.get(i).equals(previous)) {
                    settled = i;
                }
            }
            String fin = pictures.isEmpty() ? before : pictures.get(pictures.size() - 1);
            int intermediate = 0;
            String last = before;
            for (int i = 0; i <= settled; i++) {
                if (!pictures.get(i).equals(last) && !pictures.get(i).equals(fin)) {
                    intermediate++;
                }
                last = pictures.get(i);
            }
            System.out.printf(Locale.ROOT, "%s %d: key handled in %.0f ms; look changed (window resized) at %.0f ms;"
                            + " first pulse %.0f ms; settled %s (FX thread CPU %.0f ms);"
                            + " %d pulses until settled, %d intermediate picture(s); %s%n",
                    entering ? "enter" : "leave", run + 1, ms(handled), ms(lookAt), times.isEmpty() ? -1 : ms(times.get(0)),
                    settled < 0 ? "at the first pulse (no change seen)" : String.format(Locale.ROOT, "%.0f ms",
                            ms(times.get(settled))), (cpu.get(Math.max(0, settled)) - cpuAtKey) / 1e6, settled + 1,
                    intermediate, fin);
            if (Boolean.getBoolean("probe.verbose")) {
                System.out.printf(Locale.ROOT, "   before %s; layout now %s%n", before, window.currentLayout());
                for (int i = 0; i <= settled; i++) {
                    System.out.printf(Locale.ROOT, "   %6.0f ms %s%n", ms(times.get(i)), pictures.get(i));
                }
            }
            pressed = 0;
            if (!entering) {
                run++;
            }
            if (run < runs) {
                later(1, this::press);
            } else {
                window.dispose();
                Platform.exit();
            }
        }

        private double ms(long t) {
            return (t - pressed) / 1e6;
        }

        private String picture() {
            Scene scene = window.scene();
            StringBuilder b = new StringBuilder();
            b.append(Math.round(scene.getWidth())).append('x').append(Math.round(scene.getHeight()))
                    .append(" css").append(scene.getStylesheets().size());
            Node params = scene.lookup("#total-params");
            if (params instanceof Labeled l) {
                b.append(" font ").append(Math.round(l.getFont().getSize() * 10) / 10.0);
            }
            for (String id : new String[] {"#designer-scroll", "#chart-area", "#loss-chart", "#lesson-dock",
                    "#menu-bar"}) {
                Node n = scene.lookup(id);
                b.append(' ').append(id.substring(1)).append(' ');
                if (n == null || n.getScene() == null || !n.isVisible()) {
                    b.append('-');
                } else {
                    Bounds r = n.localToScene(n.getLayoutBounds());
                    b.append(Math.round(r.getMinX())).append(',').append(Math.round(r.getMinY())).append(' ')
                            .append(Math.round(r.getWidth())).append('x').append(Math.round(r.getHeight()));
                }
            }
            return b.toString();
        }

        private static void later(double seconds, Runnable r) {
            PauseTransition p = new PauseTransition(Duration.seconds(seconds));
            p.setOnFinished(e -> r.run());
            p.play();
        }
    }
}
