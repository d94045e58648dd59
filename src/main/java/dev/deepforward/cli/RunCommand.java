package dev.deepforward.cli;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.Provenance;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.SnapshotQueue;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.WholeNumberText;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code run --spec FILE [--variants FILE] [--iterations N] [--seed N] --out DIR}: trains headless and writes the metrics. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train a run spec or a workbench file (.dfw, as File > Save writes it; with the variants"
                + " saved in it side by side) headless.",
                "Writes to the output folder metrics.csv (one row per iteration, evenly thinned past 200,000),"
                + " epochs.csv (one row per epoch) and summary.json (each variant's final figures and computing"
                + " time), with a progress bar on stderr; summary.json says \"state\": \"running\" until the run"
                + " has ended.",
                "Exit code: 0 when the run finished or diverged, 1 when it failed, 2 on a bad spec or usage."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--spec", required = true, paramLabel = "FILE",
            description = "a run spec (JSON) or a workbench file (.dfw); a lesson file is refused with the"
                    + " commands that take it")
    Path specFile;

    @Option(names = "--variants", paramLabel = "FILE",
            description = {"a JSON list of 2-4 variants to train side by side (instead of a workbench file's own);"
                    + " without it a spec, or a workbench file saved without variants, trains its design alone.",
                    "  To compare sigmoid with ReLU: " + RunCommand.EXAMPLE_VARIANTS})
    Path variantsFile;

    @Option(names = "--no-variants", description = "train a workbench file's design alone, without its variants")
    boolean noVariants;

    @Option(names = "--iterations", paramLabel = "N", converter = IterationsOption.class,
            description = "train N iterations, 1 to 100,000,000 (overrides the spec)")
    Integer iterations;

    /** A JSON variants list that compares a design's activation, sigmoid against ReLU, as C does in the window. */
    static final String EXAMPLE_VARIANTS = "[{\"name\": \"sigmoid\", \"set\": {\"network.hidden[*].activation\":"
            + " \"sigmoid\"}}, {\"name\": \"ReLU\", \"set\": {\"network.hidden[*].activation\": \"relu\"}}]";

    /** {@code --iterations}: a whole number in the spec's range, or a message that says the range. */
    static final class IterationsOption implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) WholeNumberText.parse(text, 1, TrainingSpec.MAX_ITERATIONS, TypeConversionException::new);
        }
    }

    /** {@code --seed}: any whole number a seed can be. */
    static final class SeedOption implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return WholeNumberText.parse(text, Long.MIN_VALUE, Long.MAX_VALUE, TypeConversionException::new);
        }
    }

    /** {@code --every}: 1 up to the longest run. */
    static final class EveryOption implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return WholeNumberText.parse(text, 1, TrainingSpec.MAX_ITERATIONS, TypeConversionException::new);
        }
    }

    @Option(names = "--seed", paramLabel = "N", converter = SeedOption.class,
            description = "the seed behind data, split, init, shuffling and dropout: any whole number of up to 18"
                    + " digits, negative too (overrides the spec's)")
    Long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the result files")
    Path out;

    @Option(names = "--quiet", description = "no progress bar; nothing printed unless a run diverged or failed")
    boolean quiet;

    @Option(names = "--every", paramLabel = "N", converter = EveryOption.class,
            description = "write every Nth iteration's row to metrics.csv, 1 to 100,000,000 (default: every one up"
                    + " to 200,000, then evenly thinned)")
    Long every;

    @picocli.CommandLine.Mixin
    BackendOption backend;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = command.commandLine().getErr();
        Loaded<SpecInput> loaded = SpecInput.read(specFile);
        if (!loaded.ok()) {
            loaded.problems().forEach(err::println);
            err.flush();
            return 2;
        }
        RunSpec spec = loaded.value().spec();
        if (iterations != null) {
            spec = spec.withTraining(spec.training().withIterations(iterations));
        }
        if (seed != null) {
            spec = spec.withSeed(seed);
        }
        List<Variant> variants = noVariants ? List.of() : loaded.value().variants();
        if (variantsFile != null && noVariants) {
            err.println("--variants and --no-variants ask for opposite things: give one of them");
            err.flush();
            return 2;
        }
        if (variantsFile != null) {
            Loaded<List<Variant>> v = SpecJson.readList(variantsFile, Variant.class);
            if (!v.ok()) {
                v.problems().forEach(err::println);
                err.flush();
                return 2;
            }
            variants = v.value();
        }
        if (loaded.value().workbench() && !quiet) {
            int saved = loaded.value().variants().size();
            err.println(specFile + ": a workbench file; training its design"
                    + (variantsFile != null ? " with the variants of " + variantsFile
                    : !variants.isEmpty() ? " with its " + variants.size() + " variants side by side"
                            + " (--no-variants trains the design alone)"
                    : saved > 0 ? " alone (--no-variants)" : ""));
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println(out + ": cannot create the output folder: " + e.getMessage());
            err.flush();
            return 2;
        }
        SnapshotQueue<RunEvent> queue = new SnapshotQueue<>(Integer.MAX_VALUE);
        Comparison run;
        try {
            run = variants.isEmpty() ? TrainingRun.of(spec, queue) : Comparison.of(spec, variants, queue);
        } catch (RunSetupException e) {
            err.println(specFile + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("app", "DeepForward Workbench " + Provenance.appVersion());
        provenance.put("backend", Provenance.backend());
        provenance.put("started", Instant.now().toString());
        provenance.put("ended", null);
        provenance.put("dataFiles", Provenance.dataFiles(run.specs()));
        try (run; MetricsFiles files = new MetricsFiles(out, run.specs(), run.totalIterations(),
                every == null ? 0 : every, provenance)) {
            Progress progress = new Progress(err, run.totalIterations(), quiet);
            run.start();
            boolean settled = false;
            while (!settled) {
                settled = run.awaitSettled(100, TimeUnit.MILLISECONDS);
                for (RunEvent e : queue.drain()) {
                    files.write(e);
                    progress.seen(e);
                }
                files.flush();
                progress.draw(false);
            }
            for (RunEvent e : queue.drain()) {
                files.write(e);
                progress.seen(e);
            }
            progress.draw(true);
            List<RunSummary> summaries = run.summaries();
            files.writeSummary(run.state(), summaries);
            for (RunSummary s : summaries) {
                // --quiet (scripts, CI) stays silent about runs that went as planned
                if (!quiet || s == null || s.state() == RunState.DIVERGED || s.state() == RunState.FAILED) {
                    err.println(s == null ? "a run gave no summary" : describe(s));
                }
            }
            if (!quiet) {
                if (variants.isEmpty()) {
                    // One run says nothing side by side: how to get the comparison the window's C key makes.
                    err.println("one design trained; to compare it side by side with a changed copy, give --variants"
                            + " FILE, a JSON list of 2-4 variants, for example sigmoid against ReLU: "
                            + EXAMPLE_VARIANTS + " (or open the file in the window and press C)");
                }
                err.println("results in " + out.toAbsolutePath());
            }
            err.flush();
            boolean failed = summaries.stream().anyMatch(s -> s == null || s.state() == RunState.FAILED);
            return failed ? 1 : 0;
        }
    }

    /**
     * A figure for a person to read: four significant digits (0.6933, 12.35, 0.0004217), powers of ten for
     * the very small or large; "none" without one (no test set). summary.json keeps every digit.
     */
    static String figure(double v) {
        if (Double.isNaN(v)) {
            return "none";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.3e", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String describe(RunSummary s) {
        String name = s.variant().isEmpty() ? "run" : "variant " + s.variant();
        return switch (s.state()) {
            case DIVERGED -> name + ": diverged — " + s.divergence().cause();
            case FAILED -> name + ": failed — " + s.message();
            default -> String.format("%s: %s after %d iterations; test accuracy %s, test loss %s", name,
                    s.stoppedEarly() ? "stopped early" : s.state().name().toLowerCase(), s.iterations(),
                    figure(s.testAccuracy()), figure(s.testLoss()));
        };
    }
}
