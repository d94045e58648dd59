package dev.deepforward.engine;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One native ND4J array used as flat memory: BLAS reads it through a pointer, Java loops through an NIO
 * view of the same bytes (no copies either way).
 *
 * <p>The two subclasses let one copy of the layer code run in float (training) and double (gradient
 * checks). In a process that uses one precision the JIT sees a single receiver type and inlines
 * {@link #get}/{@link #set} completely.
 */
abstract sealed class Mem permits Mem.F32, Mem.F64, Mem.Heap {

    /** Holds the native memory alive: it is freed when this array is collected. */
    final INDArray array;
    final int length;

    private Mem(INDArray array, int length) {
        this.array = array;
        this.length = length;
    }

    static Mem allocate(Precision precision, int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("length must be positive: " + length);
        }
        NativeThreads.ensureConfigured();
        return precision == Precision.FLOAT
                ? new F32(Nd4j.create(DataType.FLOAT, length))
                : new F64(Nd4j.create(DataType.DOUBLE, length));
    }

    /**
     * Java-heap memory for values BLAS never reads (the optimizer's state): plain array access is cheaper
     * than a direct buffer's scope-checked one. Float or double as the network computes.
     */
    static Mem heap(Precision precision, int length) {
        return new Heap(precision, length);
    }

    abstract double get(int i);

    abstract void set(int i, double v);

    /** A pointer to element {@code offset}, for BLAS; create it once and keep it (it allocates). */
    abstract Pointer pointerAt(int offset);

    abstract Precision precision();

    void fill(double v) {
        for (int i = 0; i < length; i++) {
            set(i, v);
        }
    }

    void add(int i, double v) {
        set(i, get(i) + v);
    }

    /** Copies {@code n} floats from {@code src[from..]} to elements {@code i..}. */
    void putFloats(int i, float[] src, int from, int n) {
        for (int j = 0; j < n; j++) {
            set(i + j, src[from + j]);
        }
    }

    /** Copies {@code n} elements from {@code i..} into {@code dst[to..]} as floats. */
    void readFloats(int i, float[] dst, int to, int n) {
        for (int j = 0; j < n; j++) {
            dst[to + j] = (float) get(i + j);
        }
    }

    static final class F32 extends Mem {
        private final FloatBuffer buf;
        private final Pointer base;

        F32(INDArray array) {
            super(array, (int) array.length());
            this.buf = array.data().asNioFloat();
            this.base = array.data().addressPointer();
        }

        @Override double get(int i) { return buf.get(i); }

        @Override void set(int i, double v) { buf.put(i, (float) v); }

        /** A bulk copy: the batch loader's hot path. */
        @Override void putFloats(int i, float[] src, int from, int n) { buf.put(i, src, from, n); }

        @Override void readFloats(int i, float[] dst, int to, int n) { buf.get(i, dst, to, n); }

        @Override Pointer pointerAt(int offset) { return new FloatPointer(base).position(offset); }

        @Override Precision precision() { return Precision.FLOAT; }
    }

    static final class F64 extends Mem {
        private final DoubleBuffer buf;
        private final Pointer base;

        F64(INDArray array) {
            super(array, (int) array.length());
            this.buf = array.data().asNioDouble();
            this.base = array.data().addressPointer();
        }

        @Override double get(int i) { return buf.get(i); }

        @Override void set(int i, double v) { buf.put(i, v); }

        @Override Pointer pointerAt(int offset) { return new DoublePointer(base).position(offset); }

        @Override Precision precision() { return Precision.DOUBLE; }
    }

    static final class Heap extends Mem {
        private final float[] f;
        private final double[] d;

        Heap(Precision precision, int length) {
            super(null, length);
            this.f = precision == Precision.FLOAT ? new float[length] : null;
            this.d = precision == Precision.DOUBLE ? new double[length] : null;
        }

        @Override double get(int i) { return f != null ? f[i] : d[i]; }

        @Override void set(int i, double v) {
            if (f != null) {
                f[i] = (float) v;
            } else {
                d[i] = v;
            }
        }

        @Override Pointer pointerAt(int offset) {
            throw new UnsupportedOperationException("heap memory has no native pointer");
        }

        /** The float values themselves (null in double precision), for loops the JIT can vectorize. */
        float[] floats() {
            return f;
        }

        @Override Precision precision() { return f != null ? Precision.FLOAT : Precision.DOUBLE; }
    }
}
