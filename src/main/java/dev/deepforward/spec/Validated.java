package dev.deepforward.spec;

/** A spec record that can check its own values, reporting every problem under its path. */
public interface Validated {

    void validate(String path, Problems problems);

    /** Every problem of this value, with paths starting at {@code path}. */
    default Problems problems(String path) {
        Problems p = new Problems();
        validate(path, p);
        return p;
    }
}
