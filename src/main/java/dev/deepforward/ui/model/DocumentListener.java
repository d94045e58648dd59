package dev.deepforward.ui.model;

/** Told after the document's spec moved, with the edit and whether it was done, undone or redone. */
@FunctionalInterface
public interface DocumentListener {

    enum Kind { APPLIED, UNDONE, REDONE, REPLACED }

    /**
     * @param kind how the spec moved
     * @param edit the edit concerned; for {@link Kind#REPLACED} (a new document, history cleared) its
     *             before/after are the old and new spec
     */
    void changed(Kind kind, Edit edit);
}
