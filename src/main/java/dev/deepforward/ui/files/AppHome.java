package dev.deepforward.ui.files;

import java.nio.file.Path;

/** Where the workbench keeps its own files: {@code ~/.deepforward}, or {@code -Ddeepforward.home=DIR}. */
public final class AppHome {

    private AppHome() {
    }

    public static Path dir() {
        String home = System.getProperty("deepforward.home");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".deepforward");
    }
}
