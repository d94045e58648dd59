package dev.deepforward.ui.files;

import dev.deepforward.spec.Problems;
import dev.deepforward.spec.Validated;

/**
 * Written only into the autosave: which file the work came from and whether it had unsaved changes, so
 * that after a restart the title bar (and the question on close) are as they were.
 *
 * @param file    the workbench file the work was opened from or saved to; {@code null} for new work
 * @param unsaved whether the work differed from that file
 */
public record WorkbenchSession(String file, boolean unsaved) implements Validated {

    public static WorkbenchSession defaults() {
        return new WorkbenchSession(null, false);
    }

    @Override
    public void validate(String path, Problems problems) {
        // Nothing to check: a file that no longer exists just makes the restored work untitled.
    }
}
