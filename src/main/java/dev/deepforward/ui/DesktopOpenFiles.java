package dev.deepforward.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Files the operating system asks the running app to open. On macOS a double-click on a {@code .dfw} or
 * {@code .dflesson} file does not pass it as an argument: it arrives as an "open file" Apple event, which
 * Java hands to {@link Desktop#setOpenFileHandler}. Files that arrive before the window exists are kept
 * and delivered once it does. On Linux and Windows the file is an argument, and this does nothing (it
 * does not even load AWT, which would cost start-up time).
 */
final class DesktopOpenFiles {

    private static final List<Path> pending = new ArrayList<>();
    private static Consumer<Path> receiver;

    private DesktopOpenFiles() {
    }

    static void install() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")
                || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            return;
        }
        Desktop.getDesktop().setOpenFileHandler(event -> {
            for (File f : event.getFiles()) {
                received(f.toPath());
            }
        });
    }

    private static synchronized void received(Path file) {
        if (receiver == null) {
            pending.add(file);
        } else {
            receiver.accept(file);
        }
    }

    /** From now on, files go to {@code r}; the ones that came before go there at once. */
    static synchronized void deliverTo(Consumer<Path> r) {
        receiver = r;
        pending.forEach(r);
        pending.clear();
    }
}
