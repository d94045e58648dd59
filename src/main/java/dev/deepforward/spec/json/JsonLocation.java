package dev.deepforward.spec.json;

/** A 1-based line and column in a JSON text. */
public record JsonLocation(int line, int column) {

    public static final JsonLocation START = new JsonLocation(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
