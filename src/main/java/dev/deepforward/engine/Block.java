package dev.deepforward.engine;

import org.bytedeco.javacpp.Pointer;

/**
 * A row-major matrix stored inside a {@link Mem}: element (r, c) is at {@code offset + r·ld + c}. The
 * leading dimension {@code ld} can exceed {@code cols}; activations use that to carry a trailing column of
 * ones that folds the bias into the next layer's matrix product.
 */
final class Block {

    final Mem mem;
    final int offset;
    final int rows;
    final int cols;
    final int ld;
    private Pointer pointer;
    /**
     * A backend's state for this block (the ND4J backend's views and operations bound to it), found without a
     * map lookup on every call of a training step.
     */
    Object kernelState;

    Block(Mem mem, int offset, int rows, int cols, int ld) {
        if (offset < 0 || ld < cols || (rows > 0 && offset + (rows - 1) * ld + cols > mem.length)) {
            throw new IllegalArgumentException("block " + rows + "x" + cols + " ld " + ld + " at " + offset
                    + " does not fit in " + mem.length);
        }
        this.mem = mem;
        this.offset = offset;
        this.rows = rows;
        this.cols = cols;
        this.ld = ld;
    }

    /** A fresh, zero-filled, dense matrix. */
    static Block allocate(Precision precision, int rows, int cols) {
        return new Block(Mem.allocate(precision, Math.max(1, rows * cols)), 0, rows, cols, cols);
    }

    /** A fresh matrix with one more column than {@code cols}, holding ones (the bias input). */
    static Block allocateWithOnes(Precision precision, int rows, int cols) {
        return allocateWide(precision, rows, cols, 1.0);
    }

    /** A fresh matrix with one more column than {@code cols}, holding {@code last} (see {@link Kernels#wideLayers}). */
    static Block allocateWide(Precision precision, int rows, int cols, double last) {
        Block b = new Block(Mem.allocate(precision, rows * (cols + 1)), 0, rows, cols, cols + 1);
        if (last != 0) {
            for (int r = 0; r < rows; r++) {
                b.mem.set(r * (cols + 1) + cols, last);
            }
        }
        return b;
    }

    int index(int r, int c) {
        return offset + r * ld + c;
    }

    double get(int r, int c) {
        return mem.get(offset + r * ld + c);
    }

    void set(int r, int c, double v) {
        mem.set(offset + r * ld + c, v);
    }

    /** This block widened to include the ones column that follows it (only for ones-carrying blocks). */
    Block withOnes() {
        return new Block(mem, offset, rows, cols + 1, ld);
    }

    Pointer pointer() {
        if (pointer == null) {
            pointer = mem.pointerAt(offset);
        }
        return pointer;
    }
}
