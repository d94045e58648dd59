package dev.deepforward.spec;

import java.nio.file.Path;

/**
 * A record read from a file that may name other files (a run spec's data file, a workbench's spec). The
 * JSON reader checks the named files with {@link DataPaths}' rule and then resolves them against the
 * folder of the file that names them, so a spec means the same data wherever the program is started.
 *
 * @param <T> the record itself
 */
public interface NamesFiles<T> {

    /** Adds a problem for every named file that breaks the rule or is missing or unreadable. */
    void checkFiles(String path, Path folder, Problems problems);

    /** This record with every named file resolved against {@code folder} (absolute and normalized). */
    T resolveFiles(Path folder);
}
