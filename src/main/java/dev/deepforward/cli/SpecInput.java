package dev.deepforward.cli;

import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonLocation;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.LocatedTree;
import dev.deepforward.spec.json.SpecJson;
import dev.deepforward.spec.json.WorkbenchParts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code run --spec FILE} trains: a bare run spec, or the design of a workbench file ({@code .dfw},
 * as File → Save writes it) together with the variants saved beside it. A lesson file is refused with
 * the commands that do take it. Only the parts a run needs are read from a workbench file; its window
 * layout and provenance are left to the window.
 *
 * @param spec      the run spec
 * @param variants  the workbench's side-by-side variants (empty for a bare spec)
 * @param workbench the file was a workbench file
 */
record SpecInput(RunSpec spec, List<Variant> variants, boolean workbench) {

    static Loaded<SpecInput> read(Path file) {
        String name = file.toString();
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(SpecJson.readText(file), name);
        } catch (SpecJson.UnreadableFileException e) {
            return new Loaded<>(null, List.of(e.problem()));
        } catch (JsonSyntaxException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        Map<?, ?> root = tree.root() instanceof Map<?, ?> m ? m : Map.of();
        boolean lesson = name.toLowerCase(Locale.ROOT).endsWith("." + LessonLoader.EXTENSION)
                || root.containsKey("steps");
        if (lesson) {
            return new Loaded<>(null, List.of(new FileProblem(name, JsonLocation.START, "",
                    "this is a lesson file, not a run spec or workbench file: check it with"
                            + " `deepforward lesson check " + name + "`, or open it in the window with"
                            + " `deepforward " + name + "`")));
        }
        if (!WorkbenchParts.looksLikeWorkbench(name, root)) {
            Loaded<RunSpec> spec = SpecJson.bind(tree, name, RunSpec.class, SpecJson.folderOf(file));
            return new Loaded<>(spec.ok() ? new SpecInput(spec.value(), List.of(), false) : null, spec.problems());
        }
        Loaded<WorkbenchParts> parts = WorkbenchParts.read(tree, name, SpecJson.folderOf(file));
        return new Loaded<>(parts.ok() ? new SpecInput(parts.value().spec(), parts.value().variants(), true) : null,
                parts.problems());
    }
}
