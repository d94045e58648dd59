package dev.deepforward.cli;

import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.Search;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SearchSpace;
import dev.deepforward.spec.WholeNumberText;
import dev.deepforward.spec.json.AtomicWrite;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code search --spec FILE --space FILE --budget N --out DIR}: grid or random hyperparameter search. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Grid or random search over hyperparameters of a run spec, headless.",
                "Writes to the output folder results.csv, one row per configuration as each run ends, and"
                + " best-spec.json, the configuration with the highest validation accuracy (the lowest"
                + " validation loss for regression); progress goes to stderr.",
                "Exit code: 0, or 2 on a bad spec, space or usage."})
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "the base run spec")
    Path specFile;

    @Option(names = "--space", required = true, paramLabel = "FILE", description = "the search space (JSON)")
    Path spaceFile;

    @Option(names = "--budget", paramLabel = "N", converter = BudgetOption.class,
            description = "at most N runs, 1 to 1,000 (overrides the space's budget)") // NumericOptionsTest: = MAX_BUDGET
    Integer budget;

    /** {@code --budget}: a whole number in the space's range, or a message that says the range. */
    static final class BudgetOption implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) WholeNumberText.parse(text, 1, SearchSpace.MAX_BUDGET, TypeConversionException::new);
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
        Loaded<SearchSpace> space = SpecJson.read(spaceFile, SearchSpace.class);
        if (!spec.ok() || !space.ok()) {
            spec.problems().forEach(err::println);
            space.problems().forEach(err::println);
            err.flush();
            return 2;
        }
        SearchSpace s = space.value();
        if (budget != null) {
            s = new SearchSpace(s.dimensions(), s.random(), budget, s.seed());
        }
        Files.createDirectories(out);
        LinkedBlockingQueue<Search.Result> finished = new LinkedBlockingQueue<>();
        Search search;
        try {
            search = new Search(spec.value(), s, finished::add);
        } catch (RunSetupException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        List<String> paths = s.dimensions().stream().map(d -> d.path()).toList();
        int total = search.configurations().size();
        List<Search.Result> results = new ArrayList<>();
        try (search; BufferedWriter csv = Files.newBufferedWriter(out.resolve("results.csv"))) {
            csv.write("index," + String.join(",", paths.stream().map(SearchCommand::quote).toList())
                    + ",state,iterations,train_accuracy,val_accuracy,val_loss,test_accuracy,seconds,error\n");
            search.start();
            while (results.size() < total) {
                Search.Result r = finished.poll(1, TimeUnit.SECONDS);
                if (r == null) {
                    continue;
                }
                results.add(r);
                csv.write(row(r, paths));
                csv.flush();
                err.printf("[%d/%d] %s -> %s%n", results.size(), total, r.values(), outcome(r));
                err.flush();
            }
        }
        Search.Result best = best(results);
        if (best != null) {
            AtomicWrite.text(out.resolve("best-spec.json"), SpecJson.write(best.spec()));
            err.println("best: " + best.values() + " -> " + outcome(best));
        }
        err.println("results in " + out.toAbsolutePath());
        err.flush();
        return 0;
    }

    /** Highest validation accuracy; for regression (NaN accuracy) the lowest validation loss. */
    static Search.Result best(List<Search.Result> results) {
        Comparator<Search.Result> byAccuracy = Comparator.comparingDouble(r -> orLow(r.summary().validationAccuracy()));
        Comparator<Search.Result> byLoss = Comparator.comparingDouble(r -> -orHigh(r.summary().validationLoss()));
        return results.stream().filter(r -> r.summary() != null && r.spec() != null)
                .max(byAccuracy.thenComparing(byLoss)).orElse(null);
    }

    private static double orLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static double orHigh(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static String outcome(Search.Result r) {
        if (r.summary() == null) {
            return "invalid: " + r.error();
        }
        RunSummary s = r.summary();
        return String.format("%s, validation accuracy %s, validation loss %s", s.state().name().toLowerCase(),
                MetricsFiles.number(s.validationAccuracy()), MetricsFiles.number(s.validationLoss()));
    }

    private static String row(Search.Result r, List<String> paths) {
        StringBuilder sb = new StringBuilder().append(r.index() + 1);
        Map<String, Object> values = r.values();
        for (String p : paths) {
            sb.append(',').append(quote(String.valueOf(values.get(p))));
        }
        RunSummary s = r.summary();
        sb.append(',').append(s == null ? "invalid" : s.state().name().toLowerCase())
                .append(',').append(s == null ? "" : s.iterations())
                .append(',').append(s == null ? "" : MetricsFiles.number(s.trainAccuracy()))
                .append(',').append(s == null ? "" : MetricsFiles.number(s.validationAccuracy()))
                .append(',').append(s == null ? "" : MetricsFiles.number(s.validationLoss()))
                .append(',').append(s == null ? "" : MetricsFiles.number(s.testAccuracy()))
                .append(',').append(String.format("%.3f", r.seconds()))
                .append(',').append(r.error() == null ? "" : quote(r.error().replace('\n', ' ')));
        return sb.append('\n').toString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
