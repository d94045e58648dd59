package dev.deepforward.ui.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The column names of a CSV file's header, to offer as label columns before the file is read in full.
 * Only a guess for the picker: the {@link dev.deepforward.data.CsvReader} remains the judge of the file,
 * and its message is what the user sees when the file is bad.
 */
public final class CsvHeader {

    private CsvHeader() {
    }

    /** The header's names, or an empty list when the first line is data or scikit-learn's count line. */
    public static List<String> columns(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gz ? new GZIPInputStream(raw) : raw;
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? List.of() : names(line);
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<String> names(String line) {
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        // A number in the first line means it is data (or sklearn's "150,4,…"): no names to offer.
        for (String s : out) {
            try {
                Double.parseDouble(s);
                return List.of();
            } catch (NumberFormatException notANumber) {
                // a name
            }
        }
        return List.copyOf(out);
    }
}
