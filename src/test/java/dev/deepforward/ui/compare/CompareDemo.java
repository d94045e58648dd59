package dev.deepforward.ui.compare;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.SnapshotQueue;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

/**
 * A side-by-side run to look at and to measure, outside the test suite (run it under Xvfb):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/lib/* dev.deepforward.ui.compare.CompareDemo [options]
 *   --layers N      hidden ReLU layers of 16 (default: the designer's default network)
 *   --toggle T      activation | init | bn | dropout (default activation)
 *   --variants 4    four variants instead: sigmoid | ReLU × Xavier | random
 *   --tab NAME      open on that view tab (Layers, Predictions, Neurons, Analysis)
 *   --epochs E      epochs to train (default: a very long run, so full speed lasts)
 *   --full-speed    speed slider at its right end
 *   --measure S     after the warm-up, count FX pulses and training steps for S seconds, sample how long a
 *                   task handed to the FX thread waits (every 20 ms), print them, then close the window and
 *                   print how long every training thread took to stop; quit
 *   --warmup W      seconds before measuring (default 3; the JIT compiler is busy for ~15 s)
 *   --headless S    no window: the same Comparison drained every 16 ms, steps/s over S seconds
 *   --gradient-lines, --learning-rate, --test-points   open on those views
 * </pre>
 */
public final class CompareDemo {

    static String[] args = new String[0];

    private CompareDemo() {
    }

    public static void main(String[] a) throws Exception {
        args = a;
        double headless = number("--headless", 0);
        if (headless > 0) {
            headless(headless);
            return;
        }
        Application.launch(App.class, a);
    }

    static double number(String flag, double fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(flag)) {
                return Double.parseDouble(args[i + 1]);
            }
        }
        return fallback;
    }

    static String text(String flag, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static boolean flag(String flag) {
        return java.util.Arrays.asList(args).contains(flag);
    }

    /** The network the designer is given: the default, or N ReLU layers of 16, trained for a long time. */
    static RunSpec spec() {
        RunSpec s = RunSpec.defaults();
        int layers = (int) number("--layers", 0);
        if (layers > 0) {
            s = s.withNetwork(NetworkSpec.uniform(layers, 16, Activation.RELU));
        }
        return s.withTraining(s.training().withEpochs((int) number("--epochs", 1_000_000)));
    }

    static ComparePlan plan() {
        if (number("--variants", 2) == 4) {
            java.util.List<VariantChoice> four = new java.util.ArrayList<>();
            for (boolean sigmoid : new boolean[] {true, false}) {
                for (boolean xavier : new boolean[] {true, false}) {
                    four.add(VariantChoice.named((sigmoid ? "sigmoid" : "ReLU") + " · " + (xavier ? "Xavier" : "random"))
                            .with(HeadlineToggle.ACTIVATION, sigmoid).with(HeadlineToggle.INIT, xavier));
                }
            }
            return ComparePlan.custom(four);
        }
        return ComparePlan.of(HeadlineToggle.parse(text("--toggle", "activation")));
    }

    /** Training speed without a window: the same comparison, drained as often as the window would. */
    static void headless(double seconds) throws Exception {
        RunSpec spec = spec();
        SnapshotQueue<RunEvent> queue = new SnapshotQueue<>(1 << 16);
        AtomicLong iteration = new AtomicLong();
        try (Comparison c = Comparison.of(spec, plan().variants(spec), queue)) {
            Thread drain = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (RunEvent e : queue.drain()) {
                        if (e instanceof IterationMetrics m) {
                            iteration.accumulateAndGet(m.iteration(), Math::max);
                        }
                    }
                    try {
                        Thread.sleep(16);
                    } catch (InterruptedException ex) {
                        return;
                    }
                }
            });
            drain.setDaemon(true);
            drain.start();
            c.start();
            Thread.sleep((long) (number("--warmup", 3) * 1000));
            long i0 = iteration.get();
            long t0 = System.nanoTime();
            long cpu0 = trainingCpu();
            Thread.sleep((long) (seconds * 1000));
            long i1 = iteration.get();
            double dt = (System.nanoTime() - t0) / 1e9;
            double cpu = (trainingCpu() - cpu0) / 1e9;
            System.out.printf("HEADLESS variants=%d steps/s per variant=%.0f; per CPU-second of the training thread=%.0f;"
                    + " load %.2f%n", c.variantNames().size(), (i1 - i0) / dt, (i1 - i0) / cpu,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            drain.interrupt();
        }
    }

    static long trainingCpu() {
        return threadCpu().entrySet().stream().filter(e -> e.getKey().startsWith("training"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
    }

    /** CPU time used so far by each live thread, by name. */
    static java.util.Map<String, Long> threadCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (var info : mx.dumpAllThreads(false, false)) {
            out.merge(info.getThreadName(), mx.getThreadCpuTime(info.getThreadId()), Long::sum);
        }
        return out;
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            WorkbenchWindow w = new WorkbenchWindow(stage, new PrefsStore(Files.createTempDirectory("df-demo").resolve("ui.json")));
            w.document().replace(spec(), "Demo network");
            w.show();
            var engine = (dev.deepforward.ui.run.EngineRunController) w.runController();
            if (!flag("--single")) {
                engine.compareMode().set(plan());
            }
            if (flag("--full-speed")) {
                Slider speed = (Slider) stage.getScene().lookup("#speed-slider");
                speed.setValue(speed.getMax());
            }
            // Open on the switched views, to look at them and to measure what they cost.
            var charts = w.charts();
            if (flag("--gradient-lines")) {
                charts.gradientViewProperty().set(1);
            }
            if (flag("--learning-rate")) {
                charts.lossView().selectedProperty().set(1);
            }
            if (flag("--test-points")) {
                charts.testPointsToggle().setSelected(true);
            }
            String tab = text("--tab", "");
            if (!tab.isEmpty()) {
                var tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#views-tabs");
                tabs.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(tab)).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
            w.runController().play();
            if (flag("--dump")) {
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
                later.setOnFinished(e -> dump(stage.getScene().lookup("#training-charts"), ""));
                later.play();
            }
            double measure = number("--measure", 0);
            if (measure > 0) {
                measure(w, measure);
            }
        }

        /** Canvas repaints so far of every chart in the Training tab (the work the render thread rasterizes). */
        private static long repaints(WorkbenchWindow w) {
            return w.charts().charts().stream().mapToLong(dev.deepforward.ui.chart.CanvasChart::paintCount).sum();
        }

        private static void dump(javafx.scene.Node n, String indent) {
            var b = n.localToScene(n.getLayoutBounds());
            System.out.printf("%s%s#%s %.0f,%.0f %.0fx%.0f%n", indent, n.getClass().getSimpleName(), n.getId(),
                    b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            if (n instanceof javafx.scene.Parent p && indent.length() < 14) {
                for (var c : p.getChildrenUnmodifiable()) {
                    dump(c, indent + "  ");
                }
            }
        }

        /**
         * From {@code startAt} to {@code endAt}: every 20 ms, hands the FX thread a task and records how long
         * it waited to run (the responsiveness a person feels while training runs flat out).
         */
        private static java.util.List<Long> fxLatencies(long startAt, long endAt) {
            java.util.List<Long> out = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread sampler = new Thread(() -> {
                try {
                    Thread.sleep(Math.max(0, (startAt - System.nanoTime()) / 1_000_000));
                    while (System.nanoTime() < endAt) {
                        long posted = System.nanoTime();
                        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                        Platform.runLater(() -> {
                            out.add(System.nanoTime() - posted);
                            ran.countDown();
                        });
                        ran.await();
                        Thread.sleep(20);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "fx-latency-sampler");
            sampler.setDaemon(true);
            sampler.start();
            return out;
        }

        private static void measure(WorkbenchWindow w, double seconds) {
            long[] pulses = {0};
            long[] worstGap = {0};
            long[] last = {0};
            long[] startIt = {-1};
            long[] paints0 = {0};
            java.util.Map<String, Long> cpu0 = new java.util.HashMap<>();
            long startAt = System.nanoTime() + (long) (number("--warmup", 3) * 1e9);
            long endAt = startAt + (long) (seconds * 1e9);
            java.util.List<Long> latencies = fxLatencies(startAt, endAt);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (now < startAt) {
                        return;
                    }
                    if (startIt[0] < 0) {
                        paints0[0] = repaints(w);
                        cpu0.putAll(threadCpu());
                        startIt[0] = w.runController().status().iterationProperty().get();
                        last[0] = now;
                        return;
                    }
                    pulses[0]++;
                    worstGap[0] = Math.max(worstGap[0], now - last[0]);
                    last[0] = now;
                    if (now >= endAt) {
                        stop();
                        long it = w.runController().status().iterationProperty().get() - startIt[0];
                        double dt = (now - startAt) / 1e9;
                        System.out.printf("UI fps=%.1f worst frame gap=%.1f ms steps/s per variant=%.0f%n",
                                pulses[0] / dt, worstGap[0] / 1e6, it / dt);
                        var cpu1 = threadCpu();
                        double ui = (cpu1.getOrDefault("JavaFX Application Thread", 0L) - cpu0.getOrDefault("JavaFX Application Thread", 0L)
                                + cpu1.getOrDefault("QuantumRenderer-0", 0L) - cpu0.getOrDefault("QuantumRenderer-0", 0L)) / 1e6;
                        double train = (trainingCpu() - cpu0.entrySet().stream().filter(e -> e.getKey().startsWith("training"))
                                .mapToLong(java.util.Map.Entry::getValue).sum()) / 1e9;
                        System.out.printf("  UI CPU per frame (FX + render threads) %.2f ms = %.0f %% of a core at 60 fps;"
                                + " steps per CPU-second of the training thread %.0f%n",
                                ui / pulses[0], ui / pulses[0] * 60 / 10, it / train);
                        cpu1.forEach((name, cpu) -> {
                            double used = (cpu - cpu0.getOrDefault(name, 0L)) / 1e9 / dt;
                            if (used > 0.02) {
                                System.out.printf("  %-36s %.0f %% of a core%n", name, 100 * used);
                            }
                        });
                        double renderMs = (cpu1.getOrDefault("QuantumRenderer-0", 0L) - cpu0.getOrDefault("QuantumRenderer-0", 0L)) / 1e6;
                        long paints = repaints(w) - paints0[0];
                        System.out.printf("  chart repaints %.0f a second; render thread %.2f ms per repaint%n",
                                paints / dt, renderMs / Math.max(1, paints));
                        long[] ms = latencies.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
                        if (ms.length > 0) {
                            System.out.printf("  FX thread latency (a task handed to it every 20 ms, %d samples): median %d ms,"
                                    + " 95th percentile %d ms, max %d ms%n", ms.length, ms[ms.length / 2],
                                    ms[(int) (ms.length * 0.95)], ms[ms.length - 1]);
                        }
                        System.out.printf("  load average %.2f%n",
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                        var training = Thread.getAllStackTraces().keySet().stream()
                                .filter(t -> t.getName().startsWith("training")).toList();
                        long closing = System.nanoTime();
                        w.dispose();
                        // Joined off the FX thread, so the figure cannot include waiting for this very frame.
                        Thread join = new Thread(() -> {
                            for (Thread t : training) {
                                try {
                                    t.join(60_000);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                            System.out.printf("  closing the window stopped every training thread in %.0f ms%n",
                                    (System.nanoTime() - closing) / 1e6);
                            System.out.flush();
                            Platform.exit();
                        });
                        join.start();
                    }
                }
            }.start();
        }
    }
}
