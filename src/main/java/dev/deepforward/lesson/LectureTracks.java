package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonSyntaxException;
import dev.deepforward.spec.json.JsonTreeReader;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.LocatedTree;
import dev.deepforward.spec.json.SpecJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lecture-track files ({@code *.dftrack}, JSON): the track itself as any spec record is read (every
 * problem as {@code file:line:column: path: message}), then every demo against the lesson catalogue: its
 * lesson must be there and valid, and its step must exist.
 */
public final class LectureTracks {

    /** The file extension of lecture tracks; they are not lessons, so the catalogue never lists them. */
    public static final String EXTENSION = "dftrack";

    private LectureTracks() {
    }

    /** Reads {@code file} and checks its demos against {@code catalog}. */
    public static Loaded<LectureTrack> load(Path file, LessonCatalog catalog) {
        String source = file.toString();
        String text;
        try {
            text = SpecJson.readText(file);
        } catch (SpecJson.UnreadableFileException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        LocatedTree tree;
        try {
            tree = JsonTreeReader.read(text, source);
        } catch (JsonSyntaxException e) {
            return new Loaded<>(null, List.of(e.problem()));
        }
        return check(tree, source, catalog);
    }

    /** Binds the tree of a track file ({@code source} in problems) and checks its demos against {@code catalog}. */
    static Loaded<LectureTrack> check(LocatedTree tree, String source, LessonCatalog catalog) {
        Loaded<LectureTrack> bound = SpecJson.bind(tree, source, LectureTrack.class);
        if (!bound.ok()) {
            return bound;
        }
        LectureTrack track = bound.value();
        Problems problems = new Problems();
        for (int i = 0; i < track.demos().size(); i++) {
            LectureTrack.Demo d = track.demos().get(i);
            String path = "demos[" + i + "]";
            var entry = catalog.find(d.lesson());
            if (entry.isEmpty()) {
                problems.add(Problems.at(path, "lesson"), "no lesson '" + d.lesson() + "' in the catalogue");
            } else if (d.step() > entry.get().lesson().steps().size()) {
                problems.add(Problems.at(path, "step"), "lesson '" + d.lesson() + "' has "
                        + entry.get().lesson().steps().size() + " steps");
            }
        }
        List<FileProblem> out = new ArrayList<>(SpecJson.locate(problems, tree, source));
        return new Loaded<>(out.isEmpty() ? track : null, out);
    }
}
