package dev.deepforward.ui.export;

import dev.deepforward.spec.json.AtomicWrite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Pictures of the window's parts as PNG files (FX thread: snapshots must be taken there). */
public final class ChartExport {

    private ChartExport() {
    }

    /** The node as it is on screen now, written atomically as a PNG. */
    public static void png(Node node, Path file) throws IOException {
        write(node.snapshot(new SnapshotParameters(), null), file);
    }

    /** The whole scene (window contents) as a PNG. */
    public static void png(Scene scene, Path file) throws IOException {
        write(scene.snapshot(null), file);
    }

    public static void write(WritableImage image, Path file) throws IOException {
        // TYPE_INT_RGB: no alpha channel, so the file is smaller and viewers show no checkerboard.
        BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(argb, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            // Strongest deflate: window pictures go into READMEs and repositories, where bytes count.
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0f);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            writer.dispose();
        }
        AtomicWrite.bytes(file, out.toByteArray());
    }
}
