package dev.deepforward.lesson;

import dev.deepforward.spec.json.FileProblem;
import java.util.List;

/**
 * What {@link FileValidator} found.
 *
 * @param problems     every problem of every file, file by file in the order checked, each in file order
 * @param filesChecked how many files were read
 * @param lessons      how many of them were lessons
 * @param specs        how many were run specs
 * @param variantFiles how many were variants files (a JSON list of variants, as {@code run --variants} reads)
 * @param workbenches  how many were workbench files (as File → Save writes them)
 * @param tracks       how many were lecture tracks
 */
public record ValidationReport(List<FileProblem> problems, int filesChecked, int lessons, int specs,
                               int variantFiles, int workbenches, int tracks) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public ValidationReport(List<FileProblem> problems, int filesChecked, int lessons, int specs) {
        this(problems, filesChecked, lessons, specs, 0, 0, 0);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * A one-line summary for the end of a command's output: "3 files checked (2 lessons, 1 spec): no problems";
     * variants files, workbench files and lecture tracks are counted when there are any.
     */
    public String summary() {
        String kinds = " (" + lessons + (lessons == 1 ? " lesson, " : " lessons, ") + specs + (specs == 1 ? " spec" : " specs")
                + count(variantFiles, "variants file", "variants files")
                + count(workbenches, "workbench file", "workbench files")
                + count(tracks, "lecture track", "lecture tracks") + ")";
        String files = filesChecked + (filesChecked == 1 ? " file checked" : " files checked");
        return files + kinds + ": " + (problems.isEmpty() ? "no problems"
                : problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    }

    private static String count(int n, String one, String many) {
        return n == 0 ? "" : ", " + n + " " + (n == 1 ? one : many);
    }
}
