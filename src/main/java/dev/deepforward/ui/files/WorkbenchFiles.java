package dev.deepforward.ui.files;

import dev.deepforward.spec.json.AtomicWrite;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes {@link WorkbenchFile}s: located problems on the way in, atomic writes on the way out. */
public final class WorkbenchFiles {

    /** The extension of workbench files; the installers register it, and {@code .json} still opens. */
    public static final String EXTENSION = dev.deepforward.spec.json.WorkbenchParts.EXTENSION;

    private WorkbenchFiles() {
    }

    /**
     * The file's workbench, or every problem with its {@code file:line:column}. Never throws for a bad
     * file: the caller shows the problems and keeps what it had.
     */
    public static Loaded<WorkbenchFile> read(Path file) {
        return SpecJson.read(file, WorkbenchFile.class);
    }

    public static void write(Path file, WorkbenchFile workbench) throws IOException {
        AtomicWrite.text(file, SpecJson.write(workbench));
    }
}
