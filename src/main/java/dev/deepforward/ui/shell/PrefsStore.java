package dev.deepforward.ui.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.deepforward.spec.io.BoundedInput;
import dev.deepforward.ui.files.AppHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@link UiPrefs} as JSON. Writes go to a temporary file in the same directory that is
 * then moved over the old one atomically, so a crash mid-write never leaves a half-written file that
 * would lose every setting at the next start.
 */
public final class PrefsStore {

    /** Made on first use: a first launch (no settings yet) opens its window without waiting for Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private final Path file;

    public PrefsStore(Path file) {
        this.file = file;
    }

    /** {@code ~/.deepforward/workbench-ui.json}, or under {@code -Ddeepforward.home=DIR} when set. */
    public static PrefsStore inUserHome() {
        return new PrefsStore(AppHome.dir().resolve("workbench-ui.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved prefs, or the defaults when there are none or the file cannot be read. */
    public UiPrefs load() {
        try {
            if (Files.isRegularFile(file)) {
                return Json.MAPPER.readValue(BoundedInput.readText(file, BoundedInput.TEXT_FILE_BYTES, "a settings file"),
                        UiPrefs.class).sanitized();
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Ignoring unreadable window settings " + file + ": " + e.getMessage());
        }
        return UiPrefs.defaults();
    }

    public void save(UiPrefs prefs) throws IOException {
        dev.deepforward.spec.json.AtomicWrite.bytes(file, Json.MAPPER.writeValueAsBytes(prefs));
    }
}
