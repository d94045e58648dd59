package dev.deepforward.cli;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.lesson.FileValidator;
import dev.deepforward.lesson.ValidationReport;
import dev.deepforward.spec.json.FileProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate PATH...}: checks lessons, run specs, variants files, workbench files and lecture tracks without
 * training anything, each as what it is.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate lessons, run specs, variants files, workbench files (.dfw) and lecture tracks"
                + " (.dftrack); each file is recognised and checked as what it is. Folders are searched"
                + " recursively for *.json, *.dflesson, *.dfw and *.dftrack.",
                "Prints every problem as file:line:column: path: message.",
                "Exit code: 0 when every file is valid, 1 when any has a problem, 2 on a usage error."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "lesson, spec, variants, workbench or lecture-track files, or folders of them")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = FileValidator.validate(paths, knownDatasets());
        PrintWriter out = spec.commandLine().getOut();
        for (FileProblem p : report.problems()) {
            out.println(p);
        }
        out.println(report.summary());
        out.flush();
        return report.ok() ? 0 : 1;
    }

    /** The ids a file may name as its dataset: the catalogue's plus the two kinds of imported file. */
    static Set<String> knownDatasets() {
        Set<String> ids = new LinkedHashSet<>();
        for (CatalogEntry entry : DatasetCatalog.entries()) {
            ids.add(entry.id());
        }
        ids.add(DatasetCatalog.CSV);
        ids.add(DatasetCatalog.IDX);
        return ids;
    }
}
