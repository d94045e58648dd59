package dev.deepforward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class JavaFxClassPathNoteTest {

    @Test
    void onlyJavaFxsClassPathLineIsKeptOffTheTerminalAndEveryOtherWarningStillComesThrough() {
        JavaFxClassPathNote.quiet();
        List<String> seen = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // as JavaFX logs it: through System.Logger, which goes to java.util.logging's "javafx" logger
        Logger jul = Logger.getLogger("javafx");
        jul.addHandler(catcher);
        boolean toParents = jul.getUseParentHandlers();
        jul.setUseParentHandlers(false); // the test's own warnings need not reach the build's console
        try {
            System.Logger fx = System.getLogger("javafx");
            fx.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'");
            fx.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'module some.other'");
            fx.log(System.Logger.Level.WARNING, "CSS error parsing file:/x.css: Expected RBRACE");
            jul.log(Level.SEVERE, "a real problem");
        } finally {
            jul.removeHandler(catcher);
            jul.setUseParentHandlers(toParents);
        }
        assertThat(seen).containsExactly(
                "Unsupported JavaFX configuration: classes were loaded from 'module some.other'",
                "CSS error parsing file:/x.css: Expected RBRACE",
                "a real problem");
    }
}
