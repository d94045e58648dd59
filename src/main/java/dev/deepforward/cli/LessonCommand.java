package dev.deepforward.cli;

import dev.deepforward.claims.ClaimChecker;
import dev.deepforward.claims.ClaimResult;
import dev.deepforward.lesson.Concept;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonCatalog;
import dev.deepforward.lesson.LessonFolders;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.lesson.ValidationReport;
import dev.deepforward.lesson.FileValidator;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lesson check|list}: the lesson library from the command line. */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Work with lesson files: check their claims on the real engine, or list the catalogue.",
        subcommands = {LessonCommand.Check.class, LessonCommand.ListLessons.class})
final class LessonCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lesson check [PATH...]}: trains every step with claims and says which claims hold. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check the claims of lesson files on the real engine.",
                    "Validates the files first, then trains every step that makes claims"
                    + " (headless) and checks each claim. Prints one line per claim,",
                    "  PASS|FAIL <lesson-id>/<step>: <claim text> (measured <left> vs <right>)",
                    "Then a summary line; progress goes to stderr.",
                    "Exit code: 0 when every claim holds, 1 when any fails, 2 when a file is invalid."})
    static final class Check implements Callable<Integer> {

        @Parameters(arity = "0..*", paramLabel = "LESSON",
                description = "lesson ids or numbers as 'lesson list' shows them (vanishing-gradients, 3, 2b),"
                        + " lesson files, or folders of them (default: the built-in lessons)")
        List<Path> paths = new ArrayList<>();

        @picocli.CommandLine.Mixin
        BackendOption backend;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Set<String> datasets = ValidateCommand.knownDatasets();
            List<Path> targets = paths.isEmpty() ? List.of(LessonFolders.builtIn()) : new ArrayList<>();
            LessonCatalog catalogue = null;
            for (Path p : paths) {
                // A lesson id or number ("vanishing-gradients", "3", "2b") names a catalogue lesson, as lesson list shows it.
                if (Files.exists(p) || !LessonCatalog.looksLikeAName(p.toString())) {
                    targets.add(p);
                    continue;
                }
                if (catalogue == null) {
                    catalogue = LessonCatalog.load(LessonFolders.catalogue(), datasets);
                }
                var named = catalogue.named(p.toString());
                if (named.isEmpty()) {
                    err.println(LessonCatalog.noSuchLesson(p.toString()));
                    err.flush();
                    return 2;
                }
                targets.add(named.get().file());
            }
            ValidationReport report = FileValidator.validate(targets, datasets);
            if (!report.ok()) {
                report.problems().forEach(out::println);
                out.println(report.summary());
                out.flush();
                return 2;
            }
            ClaimChecker checker = new ClaimChecker(line -> {
                err.println(line);
                err.flush();
            });
            int passed = 0;
            int failed = 0;
            for (LessonCatalog.Entry lesson : lessons(targets, datasets)) {
                // the lesson's data files are read from its own folder, wherever this command runs
                for (ClaimResult r : checker.check(lesson.lesson(), SpecJson.folderOf(lesson.file()))) {
                    out.println(r.line());
                    out.flush();
                    if (r.passed()) {
                        passed++;
                    } else {
                        failed++;
                    }
                }
            }
            out.println(passed + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? 0 : 1;
        }
    }

    /** {@code lesson list [PATH]}: the catalogue, in its order. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the lesson catalogue of a folder.",
                    "One line per lesson in catalogue order: number (as the catalogue shows it), id,"
                    + " title, level, minutes and concepts. Invalid lessons are left out and named on stderr with their first"
                    + " problem (validate shows every problem).",
                    "Exit code: 0 when every file is a valid lesson, 1 otherwise."})
    static final class ListLessons implements Callable<Integer> {

        @Parameters(arity = "0..1", paramLabel = "PATH", description = "the lesson folder (default: the built-in lessons)")
        Path folder = LessonFolders.builtIn();

        @Spec
        CommandSpec spec;

        /** {@code text} cut to {@code width} characters with "…", so the columns after it stay in line. */
        static String cut(String text, int width) {
            return text.length() <= width ? text : text.substring(0, width - 1) + "…";
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LessonCatalog catalog = LessonCatalog.load(folder, ValidateCommand.knownDatasets());
            for (LessonCatalog.Entry e : catalog.entries()) {
                Lesson l = e.lesson();
                List<String> concepts = l.concepts().stream().map(Concept::id).toList();
                // The number as the catalogue's card and the window's title show it ("2b": the primer after lesson 2).
                out.printf("%-4s %-28s %-40s %-12s %3d min  %s%n", cut(dev.deepforward.lesson.LessonNumber.of(e.file(), l), 4),
                        cut(l.id(), 28), cut(l.title(), 40), l.level().id(), l.minutes(), String.join(", ", concepts));
            }
            out.println(catalog.lessons().size() + (catalog.lessons().size() == 1 ? " lesson" : " lessons"));
            out.flush();
            if (!catalog.problems().isEmpty()) {
                // Each file left out, with its first problem: enough to find it; validate lists them all.
                catalog.problemsByFile().forEach((file, problems) -> err.println("left out "
                        + (problems.isEmpty() ? file + ": invalid" : problems.get(0).toString())
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")));
                err.println(catalog.problemsByFile().size() + " file(s) with problems left out; run 'validate "
                        + folder + "' for every problem");
                err.flush();
                return 1;
            }
            return 0;
        }
    }

    /** Every valid lesson under {@code paths} (files that are run specs have no claims and are skipped). */
    static List<LessonCatalog.Entry> lessons(List<Path> paths, Set<String> datasets) {
        List<LessonCatalog.Entry> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.addAll(LessonCatalog.load(p, datasets).entries());
            } else {
                Loaded<Lesson> loaded = LessonLoader.load(p, datasets);
                if (loaded.ok()) {
                    out.add(new LessonCatalog.Entry(p, loaded.value()));
                }
            }
        }
        return out;
    }
}
