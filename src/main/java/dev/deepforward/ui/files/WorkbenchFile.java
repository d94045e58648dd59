package dev.deepforward.ui.files;

import dev.deepforward.spec.DataPaths;
import dev.deepforward.spec.NamesFiles;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Validated;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.WorkbenchLesson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A saved workbench: the design (a run spec, with exactly the field names of spec files), the variants
 * trained side by side with it, and the window's layout. Read and written through {@code SpecTree}, so a
 * hand-edited file gets the same "did you mean" and {@code file:line:column} problems as a spec file.
 *
 * @param format   the file format's version; readers refuse versions newer than {@link #FORMAT}
 * @param spec     the design
 * @param variants side-by-side variants of the design (may be empty)
 * @param layout   divider positions and theme
 * @param lesson   the lesson step the work was set up from (absent for work of no lesson, and in older files)
 * @param session  autosave only: where the work came from (absent in saved files)
 * @param provenance which build saved it, when, the data files' SHA-256 and the live η/λ changes (may be absent)
 */
public record WorkbenchFile(int format, RunSpec spec, List<Variant> variants, WorkbenchLayout layout,
        WorkbenchLesson lesson, WorkbenchSession session, WorkbenchProvenance provenance) implements Validated, NamesFiles<WorkbenchFile> {

    /** The version this build writes and the newest it reads. */
    public static final int FORMAT = dev.deepforward.spec.json.WorkbenchParts.FORMAT;

    public WorkbenchFile {
        Objects.requireNonNull(spec, "spec");
        variants = variants == null ? List.of() : List.copyOf(variants);
        layout = layout == null ? WorkbenchLayout.defaults() : layout;
    }

    public WorkbenchFile(RunSpec spec, List<Variant> variants, WorkbenchLayout layout) {
        this(FORMAT, spec, variants, layout, null, null, null);
    }

    public static WorkbenchFile defaults() {
        return new WorkbenchFile(RunSpec.defaults(), List.of(), WorkbenchLayout.defaults());
    }

    /** A file without {@code format} or {@code spec} is not a workbench (perhaps a bare spec file). */
    public static Set<String> required() {
        return Set.of("format", "spec");
    }

    public WorkbenchFile withSession(WorkbenchSession s) {
        return new WorkbenchFile(format, spec, variants, layout, lesson, s, provenance);
    }

    public WorkbenchFile withLesson(WorkbenchLesson l) {
        return new WorkbenchFile(format, spec, variants, layout, l, session, provenance);
    }

    public WorkbenchFile withProvenance(WorkbenchProvenance p) {
        return new WorkbenchFile(format, spec, variants, layout, lesson, session, p);
    }

    @Override
    public void validate(String path, Problems problems) {
        if (format < 1 || format > FORMAT) {
            problems.add(Problems.at(path, "format"), format > FORMAT
                    ? "format " + format + " was written by a newer DeepForward; this one reads format " + FORMAT
                    : "must be " + FORMAT + ", found " + format);
        }
        spec.validate(Problems.at(path, "spec"), problems);
        for (int i = 0; i < variants.size(); i++) {
            variants.get(i).validate(Problems.at(path, "variants") + "[" + i + "]", problems);
        }
        layout.validate(Problems.at(path, "layout"), problems);
        if (lesson != null) {
            lesson.validate(Problems.at(path, "lesson"), problems);
        }
    }

    /**
     * The spec's and the variants' data files by the rule of {@link DataPaths}; a file that has gone missing is not an
     * error here, so the design still opens (loading the data then says the file is missing).
     */
    @Override
    public void checkFiles(String path, Path folder, Problems problems) {
        DataPaths.check(spec.data(), Problems.at(Problems.at(path, "spec"), "data"), folder, false, problems);
        for (int i = 0; i < variants.size(); i++) {
            variants.get(i).checkFiles(Problems.at(path, "variants") + "[" + i + "]", folder, false, problems);
        }
    }

    @Override
    public WorkbenchFile resolveFiles(Path folder) {
        return new WorkbenchFile(format, spec.resolveFiles(folder),
                variants.stream().map(v -> v.resolveFiles(folder)).toList(), layout, lesson, session, provenance);
    }
}
