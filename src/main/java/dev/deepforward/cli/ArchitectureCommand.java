package dev.deepforward.cli;

import dev.deepforward.engine.nas.ArchitectureEvent;
import dev.deepforward.engine.nas.ArchitectureSearch;
import dev.deepforward.engine.nas.ArchitectureSearchResult;
import dev.deepforward.engine.nas.DerivedArchitecture;
import dev.deepforward.engine.nas.MixtureSnapshot;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ArchitectureSearchSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.WholeNumberText;
import dev.deepforward.spec.json.AtomicWrite;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code architecture --spec FILE [--search FILE] [--iterations N] --out DIR}: the DARTS-style search of
 * every dense hidden layer's activation, headless — what the Analysis tab's architecture search does.
 */
@Command(name = "architecture", mixinStandardHelpOptions = true,
        description = {"Search each dense hidden layer's activation by gradient descent (first-order DARTS), headless.",
                "The derived network is then retrained from scratch. Writes alpha.csv (softmax(alpha) of"
                + " every layer and candidate at each published iteration) and derived-spec.json (the spec with the"
                + " chosen activations) to the output folder, with progress on stderr.",
                "Exit code: 0 when the search finished, 1 when it diverged or failed, 2 on a bad spec or usage."})
final class ArchitectureCommand implements Callable<Integer> {

    @Option(names = "--spec", required = true, paramLabel = "FILE",
            description = "the run spec whose layers are searched")
    Path specFile;

    @Option(names = "--search", paramLabel = "FILE",
            description = "search settings (JSON: candidates, iterations, alphaOptimizer, …); default: the five"
                    + " candidates sigmoid, tanh, relu, elu, identity with Adam 3e-3 as in DARTS")
    Path searchFile;

    @Option(names = "--iterations", paramLabel = "N", converter = IterationsOption.class,
            description = "search iterations, 1 to 10,000,000 (overrides the settings; default: the spec's own"
                    + " training length)")
    Integer iterations;

    /** {@code --iterations}: a whole number in the settings' range, or a message that says the range. */
    static final class IterationsOption implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) WholeNumberText.parse(text, 1, ArchitectureSearchSpec.MAX_ITERATIONS,
                    TypeConversionException::new);
        }
    }

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the result files")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = command.commandLine().getErr();
        Loaded<RunSpec> spec = SpecJson.read(specFile, RunSpec.class);
        ArchitectureSearchSpec settings = ArchitectureSearchSpec.defaults();
        if (searchFile != null) {
            Loaded<ArchitectureSearchSpec> s = SpecJson.read(searchFile, ArchitectureSearchSpec.class);
            s.problems().forEach(err::println);
            if (!s.ok()) {
                spec.problems().forEach(err::println);
                err.flush();
                return 2;
            }
            settings = s.value();
        }
        if (!spec.ok()) {
            spec.problems().forEach(err::println);
            err.flush();
            return 2;
        }
        if (iterations != null) {
            settings = settings.withIterations(iterations);
        }
        PhaseProgress progress = new PhaseProgress(err);
        ArchitectureSearch search;
        try {
            search = new ArchitectureSearch(spec.value(), settings, e -> report(e, progress, err));
        } catch (RunSetupException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        Files.createDirectories(out);
        search.start();
        while (!search.await(1, TimeUnit.SECONDS)) {
            // the search reports its own progress
        }
        ArchitectureSearchResult r = search.result();
        if (r == null) {
            err.println("the architecture search ended without a result");
            err.flush();
            return 1;
        }
        writeAlpha(out.resolve("alpha.csv"), r.trajectory());
        if (r.derivedSpec() != null) {
            AtomicWrite.text(out.resolve("derived-spec.json"), SpecJson.write(r.derivedSpec()));
        }
        err.println(summary(r));
        err.println("results in " + out.toAbsolutePath());
        err.flush();
        return r.derivedSpec() != null ? 0 : 1;
    }

    private static void report(ArchitectureEvent e, PhaseProgress progress, PrintWriter err) {
        if (e instanceof MixtureSnapshot s) {
            progress.update("search", s.iteration(), s.totalIterations());
        } else if (e instanceof DerivedArchitecture d) {
            err.printf(Locale.ROOT, "derived: %s (supernet validation accuracy %s)%n", names(d.activations()),
                    MetricsFiles.number(d.supernetValidationAccuracy()));
            err.flush();
        } else if (e instanceof dev.deepforward.engine.nas.RetrainProgress p) {
            progress.update("retraining", p.iteration(), p.totalIterations());
        }
    }

    static String summary(ArchitectureSearchResult r) {
        if (r.derivedSpec() == null) {
            return "the search " + r.state().name().toLowerCase(Locale.ROOT) + ": " + r.message();
        }
        RunSummary s = r.retrain();
        return String.format(Locale.ROOT, "kept %s after %d search iterations (%.1f s)%s", names(r.activations()),
                r.searchIterations(), r.searchSeconds(), s == null ? "" : String.format(Locale.ROOT,
                        "; retrained from scratch: validation accuracy %s, test accuracy %s",
                        MetricsFiles.number(s.validationAccuracy()), MetricsFiles.number(s.testAccuracy())));
    }

    private static String names(List<Activation> activations) {
        return activations.stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    /** One row per published iteration and hidden layer: iteration, layer (1-based), then each candidate's weight. */
    static void writeAlpha(Path file, List<MixtureSnapshot> trajectory) throws IOException {
        List<Activation> candidates = trajectory.isEmpty() ? List.of() : trajectory.get(0).candidates();
        StringBuilder csv = new StringBuilder("iteration,layer,").append(String.join(",", candidates.stream()
                .map(a -> a.name().toLowerCase(Locale.ROOT)).toList())).append('\n');
        for (MixtureSnapshot s : trajectory) {
            for (int layer = 0; layer < s.weights().length; layer++) {
                if (s.weights()[layer].length == 0) {
                    continue; // a maxout layer does not mix
                }
                csv.append(s.iteration()).append(',').append(layer + 1);
                for (double v : s.weights()[layer]) {
                    csv.append(',').append(MetricsFiles.number(v));
                }
                csv.append('\n');
            }
        }
        AtomicWrite.text(file, csv.toString());
    }

    /** "search  40 % 1,800/4,500" redrawn in place at most ten times a second; a new line per phase. */
    static final class PhaseProgress {
        private final PrintWriter err;
        private String phase = "";
        private long lastDraw;

        PhaseProgress(PrintWriter err) {
            this.err = err;
        }

        synchronized void update(String name, long done, long total) {
            long now = System.nanoTime();
            boolean end = done >= total;
            if (name.equals(phase) && !end && now - lastDraw < 100_000_000L) {
                return;
            }
            if (!name.equals(phase) && !phase.isEmpty()) {
                err.println();
            }
            phase = name;
            lastDraw = now;
            err.printf(Locale.ROOT, "\r%-10s %3d %% %,d/%,d", name, 100 * done / Math.max(1, total), done, total);
            if (end) {
                err.println();
                phase = "";
            }
            err.flush();
        }
    }
}
