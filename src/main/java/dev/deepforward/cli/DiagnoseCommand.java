package dev.deepforward.cli;

import dev.deepforward.analysis.Diagnosis;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.LocatedTree;
import dev.deepforward.spec.json.SpecJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diagnose --run DIR --human-error X [--train-dev]}: the error-ladder reading of a finished headless run.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Read a run's training, development and test error (summary.json written by 'run')"
                + " against a human-level error estimate, and say whether bias or variance dominates and what to try.",
                "With --train-dev the validation part is read as train-dev (training distribution, unseen) and the"
                + " test part as the development data, and the ladder gains the data-mismatch rung.",
                "Errors are 1 - accuracy. Exit code: 0, or 2 when the summary cannot be read, the run has not"
                + " ended, or an accuracy is not a number from 0 to 1 (each problem as file:line:column)."})
final class DiagnoseCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "a folder written by 'run'")
    Path run;

    @Option(names = "--human-error", required = true, paramLabel = "X",
            description = "human-level (Bayes) error estimate, as a fraction (0.01) or a percentage (1%%)")
    String humanError;

    @Option(names = "--train-dev", description = "read the validation part as a train-dev set and the test part as"
            + " the development data from the new source (as with data.testNoise): human-level -> train -> train-dev"
            + " -> dev, naming avoidable bias, variance and data mismatch")
    boolean trainDev;

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
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(SpecJson.readText(file), file.toString());
        } catch (SpecJson.UnreadableFileException e) {
            err.println(e.problem() + "; run 'run --out " + run + "' first");
            err.flush();
            return 2;
        } catch (JsonSyntaxException e) {
            err.println(e.problem());
            err.flush();
            return 2;
        }
        List<Reading> readings = new ArrayList<>();
        List<FileProblem> problems = read(tree, file.toString(), readings);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.flush();
            return 2;
        }
        for (Reading r : readings) {
            if (Double.isNaN(r.train()) || Double.isNaN(r.dev())) {
                out.println((r.name().isEmpty() ? "run" : "variant " + r.name())
                        + ": no training or development accuracy (a regression run, or it diverged)");
                continue;
            }
            if (trainDev && Double.isNaN(r.test())) {
                out.println((r.name().isEmpty() ? "run" : "variant " + r.name())
                        + ": no test accuracy to read as the development error (--train-dev needs a test part)");
                continue;
            }
            if (!r.name().isEmpty()) {
                out.println("variant " + r.name() + ":");
            }
            Diagnosis.Sizes sizes = Diagnosis.Sizes.ofRun(r.trainSize(), r.validationSize(), r.testSize(), trainDev);
            out.print((trainDev ? Diagnosis.of(human, r.train(), r.dev(), r.test(), Double.NaN, sizes)
                    : Diagnosis.of(human, r.train(), Double.NaN, r.dev(), r.test(), sizes)).describe());
        }
        out.flush();
        return 0;
    }

    /** One variant's errors (1 − accuracy; NaN where not measured) and its sets' sizes (0 where not written). */
    record Reading(String name, double train, double dev, double test, int trainSize, int validationSize,
                   int testSize) {
    }

    /**
     * Reads a summary written by {@code run} into {@code readings}, or says (file:line:column) why it cannot
     * be diagnosed: not a finished run, or an accuracy that is not a number from 0 to 1.
     */
    static List<FileProblem> read(LocatedTree tree, String file, List<Reading> readings) {
        Problems problems = new Problems();
        if (!(tree.root() instanceof Map<?, ?> root)) {
            problems.add("", "expected the JSON object 'run' writes, found " + SpecTree.describe(tree.root()));
            return SpecJson.locate(problems, tree, file);
        }
        if ("running".equals(root.get("state"))) {
            problems.add("state", "the run has not ended (state 'running'): it is still training, or it was"
                    + " killed; diagnose a run that has ended");
        }
        if (!(root.get("variants") instanceof List<?> variants) || variants.isEmpty()) {
            if (problems.list().isEmpty()) {
                problems.add("variants", "no variants in the summary");
            }
            return SpecJson.locate(problems, tree, file);
        }
        for (int i = 0; i < variants.size(); i++) {
            String at = "variants[" + i + "]";
            if (!(variants.get(i) instanceof Map<?, ?> v)) {
                problems.add(at, "expected an object, found " + SpecTree.describe(variants.get(i)));
                continue;
            }
            String name = v.get("variant") instanceof String n ? n : "";
            readings.add(new Reading(name, error(v, "trainAccuracy", at, problems),
                    error(v, "validationAccuracy", at, problems), error(v, "testAccuracy", at, problems),
                    size(v, "trainSize"), size(v, "validationSize"), size(v, "testSize")));
        }
        List<FileProblem> out = new ArrayList<>(tree.duplicates());
        out.addAll(SpecJson.locate(problems, tree, file));
        return out;
    }

    /** A set's size, 0 (not known: its error counts as exact) when absent, as in summaries written before it. */
    private static int size(Map<?, ?> v, String field) {
        return v.get(field) instanceof Number n && n.intValue() > 0 ? n.intValue() : 0;
    }

    /** 1 − the accuracy in {@code field}: NaN when it is null or absent (not measured). */
    private static double error(Map<?, ?> v, String field, String at, Problems problems) {
        Object a = v.get(field);
        if (a == null) {
            return Double.NaN;
        }
        if (!(a instanceof Number n)) {
            problems.add(Problems.at(at, field), "expected an accuracy from 0 to 1 or null, found " + SpecTree.describe(a));
            return Double.NaN;
        }
        double d = n.doubleValue();
        if (!(d >= 0 && d <= 1)) {
            problems.add(Problems.at(at, field), "an accuracy is from 0 to 1 (is " + n + ")");
            return Double.NaN;
        }
        return 1 - d;
    }

    /** "0.01", "0,01", "1%" and "1 %" all mean one percent. */
    static double parseError(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).trim();
        }
        // the window's rule for a comma (NumberText): "0,05" is 0.05; "1,000" is refused with both readings
        dev.deepforward.spec.NumberText.Reading r = dev.deepforward.spec.NumberText.read(t, false);
        if (r == null) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        double v = r.value();
        if (percent) {
            v /= 100;
        }
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("must be between 0 and 1 (or 0% and 100%), got " + text);
        }
        return v;
    }
}
