package dev.deepforward.ui.files;

import dev.deepforward.engine.run.Provenance;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.run.LiveChange;
import java.time.Instant;
import java.util.List;

/**
 * Where a saved workbench came from, so what it shows can be explained and made again: the build that saved
 * it, when, with which kernels, the SHA-256 of each data file the design reads, and the learning-rate and
 * regularization changes made live during the run on screen. Written on save; read back as information only.
 *
 * @param app         the app's version ({@code Implementation-Version}, or "development build")
 * @param saved       when, as an ISO-8601 instant
 * @param backend     the kernels chosen and ND4J's backend and device
 * @param dataFiles   each data file of the design with its SHA-256 (empty for built-in data)
 * @param liveChanges η/λ changes made while the current run trained, in order
 */
public record WorkbenchProvenance(String app, String saved, String backend, List<Provenance.DataFile> dataFiles,
        List<LiveChange> liveChanges) {

    public WorkbenchProvenance {
        dataFiles = dataFiles == null ? List.of() : List.copyOf(dataFiles);
        liveChanges = liveChanges == null ? List.of() : List.copyOf(liveChanges);
    }

    /** A hand-edited file may leave any field out. */
    public static WorkbenchProvenance defaults() {
        return new WorkbenchProvenance(null, null, null, List.of(), List.of());
    }

    /** The provenance of {@code spec} saved now, after {@code liveChanges}. */
    public static WorkbenchProvenance now(RunSpec spec, List<LiveChange> liveChanges) {
        return new WorkbenchProvenance("DeepForward Workbench " + Provenance.appVersion(), Instant.now().toString(),
                Provenance.backend(), Provenance.dataFiles(List.of(spec)), liveChanges);
    }
}
