package dev.deepforward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepforward.analysis.Diagnosis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diagnose --run DIR --human-error X}: the bias/variance reading of a finished headless run. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Read a run's training, development and test error (summary.json written by 'run')",
                "against a human-level error estimate, and say whether bias or variance dominates and what to try.",
                "Errors are 1 - accuracy. Exit code: 0, or 2 when the run folder cannot be read."})
final class DiagnoseCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "a folder written by 'run'")
    Path run;

    @Option(names = "--human-error", required = true, paramLabel = "X",
            description = "human-level (Bayes) error estimate, as a fraction (0.01) or a percentage (1%%)")
    String humanError;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        double human;
        try {
            human = parseError(humanError);
        } catch (IllegalArgumentException e) {
            err.println("--human-error: " + e.getMessage());
            err.flush();
            return 2;
        }
        Path file = run.resolve("summary.json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            err.println(file + ": cannot be read (" + e.getMessage() + "); run 'run --out " + run + "' first");
            err.flush();
            return 2;
        }
        JsonNode variants = root.path("variants");
        if (!variants.isArray() || variants.isEmpty()) {
            err.println(file + ": no variants in the summary");
            err.flush();
            return 2;
        }
        for (JsonNode v : variants) {
            String name = v.path("variant").asText("");
            double train = error(v, "trainAccuracy");
            double dev = error(v, "validationAccuracy");
            double test = error(v, "testAccuracy");
            if (Double.isNaN(train) || Double.isNaN(dev)) {
                out.println((name.isEmpty() ? "run" : "variant " + name)
                        + ": no training or development accuracy (a regression run, or it diverged)");
                continue;
            }
            if (!name.isEmpty()) {
                out.println("variant " + name + ":");
            }
            out.print(Diagnosis.of(human, train, dev, test).describe());
        }
        out.flush();
        return 0;
    }

    private static double error(JsonNode v, String accuracyField) {
        JsonNode a = v.get(accuracyField);
        return a == null || a.isNull() ? Double.NaN : 1 - a.asDouble();
    }

    /** "0.01", "1%" and "1 %" all mean one percent. */
    static double parseError(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).trim();
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        if (percent) {
            v /= 100;
        }
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("must be between 0 and 1 (or 0% and 100%), got " + text);
        }
        return v;
    }
}
