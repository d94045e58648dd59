package dev.deepforward.ui.data;

import dev.deepforward.data.CsvReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The column names of a CSV file's header, to offer as label columns before the file is read in full.
 * Only a guess for the picker, made by the same parser and bounded reader as the import itself
 * ({@link CsvReader#headerNames}); the reader remains the judge of the file, and its message is what the
 * user sees when the file is bad.
 */
public final class CsvHeader {

    private CsvHeader() {
    }

    /** The header's names, or an empty list when the first line is data or scikit-learn's count line. */
    public static List<String> columns(Path file) {
        return CsvReader.headerNames(file);
    }
}
