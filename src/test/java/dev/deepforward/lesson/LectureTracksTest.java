package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.Loaded;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LectureTracksTest {

    static final Path SHIPPED = Path.of("lessons", "lecture-90-minutes.dftrack");

    @TempDir
    Path dir;

    private static LessonCatalog catalog() {
        return LessonCatalog.load(Path.of("lessons"), Fixtures.DATASETS);
    }

    @Test
    void theShippedTrackIsNinetyMinutesOfDemosOnVanishingGradientsInitBatchNormAndRegularization() {
        Loaded<LectureTrack> loaded = LectureTracks.load(SHIPPED, catalog());

        assertThat(loaded.problems()).isEmpty();
        LectureTrack track = loaded.value();
        assertThat(track.minutes()).isEqualTo(90);
        assertThat(track.demos()).extracting(LectureTrack.Demo::lesson).containsSubsequence("vanishing-gradients",
                "weight-initialization", "batch-normalization", "regularization");
        assertThat(track.demos().get(0).step()).isEqualTo(1);
    }

    @Test
    void theCatalogueDoesNotReadATrackAsALesson() {
        assertThat(catalog().problemsByFile()).isEmpty();
    }

    @Test
    void anUnknownLessonAndAStepPastTheEndAreLocatedProblems() throws Exception {
        Path bad = dir.resolve("bad.dftrack");
        Files.writeString(bad, """
                {"track": 1, "title": "t",
                 "demos": [{"lesson": "no-such-lesson", "step": 1, "minutes": 5},
                           {"lesson": "batch-normalization", "step": 9, "minutes": 5},
                           {"lesson": "batch-normalization", "step": 1, "minutez": 5}]}
                """);

        Loaded<LectureTrack> loaded = LectureTracks.load(bad, catalog());

        assertThat(loaded.value()).isNull();
        assertThat(loaded.problems()).extracting(FileProblem::toString).anySatisfy(p ->
                assertThat(p).contains(":4:").contains("did you mean 'minutes'"));
        Loaded<LectureTrack> catalogued = LectureTracks.load(write("""
                {"track": 1, "title": "t",
                 "demos": [{"lesson": "no-such-lesson", "step": 1, "minutes": 5},
                           {"lesson": "batch-normalization", "step": 9, "minutes": 5}]}
                """), catalog());
        assertThat(catalogued.problems()).extracting(FileProblem::toString).satisfiesExactly(
                p -> assertThat(p).contains(":2:").contains("demos[0].lesson: no lesson 'no-such-lesson'"),
                p -> assertThat(p).contains(":3:").contains("demos[1].step: lesson 'batch-normalization' has 3 steps"));
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("t.dftrack");
        Files.writeString(f, text);
        return f;
    }
}
