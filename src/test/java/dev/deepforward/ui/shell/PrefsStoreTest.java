package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefsStoreTest {

    @TempDir
    Path dir;

    @Test
    void prefsRoundTripAndLeaveNoTemporaryFiles() throws Exception {
        PrefsStore store = new PrefsStore(dir.resolve("sub/ui.json"));
        UiPrefs p = new UiPrefs(1200, 800, true, "dark", 0.2, 0.7, 0.4);
        store.save(p);
        store.save(p);
        assertThat(store.load()).isEqualTo(p);
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("ui.json");
        }
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("ui.json");
        assertThat(new PrefsStore(file).load()).isEqualTo(UiPrefs.defaults());
        Files.writeString(file, "{ not json");
        assertThat(new PrefsStore(file).load()).isEqualTo(UiPrefs.defaults());
    }

    @Test
    void outOfRangeValuesAreReplaced() throws Exception {
        Path file = dir.resolve("ui.json");
        Files.writeString(file, "{\"width\": 5, \"height\": 900, \"theme\": \"neon\", \"leftDivider\": 3, \"extra\": 1}");
        UiPrefs p = new PrefsStore(file).load();
        assertThat(p.width()).isEqualTo(UiPrefs.defaults().width());
        assertThat(p.height()).isEqualTo(900);
        assertThat(p.theme()).isEqualTo("light");
        assertThat(p.leftDivider()).isEqualTo(UiPrefs.defaults().leftDivider());
    }
}
