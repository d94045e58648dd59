package dev.deepforward.ui.shot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Launcher;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/**
 * The {@code screenshot} command in-process, on Monocle (TestFX starts the toolkit; the command finds it
 * running). It renders the real window, trained on the real engine, offscreen.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Start
    void start(Stage stage) {
        // Nothing to show: the command builds its own offscreen window.
    }

    private int run(String... args) {
        CommandLine cl = Launcher.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesANonBlankPictureOfTheTrainedWindow() throws Exception {
        Path png = dir.resolve("shot.png");
        int code = run("screenshot", "--iterations", "40", "--presenter", "--size", "900x600", "--out", png.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("40 iterations", "presenter mode");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(600);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(100);
    }

    @Test
    void chartsOnlyPutsTheNetworkAwayAsTheHKeyDoes() throws Exception {
        Path with = dir.resolve("with.png");
        Path without = dir.resolve("without.png");
        // At 1280×800 the designer keeps a good share of the height (at 900×600 it gives way to the charts);
        // a few steps give its links their live colours.
        assertThat(run("screenshot", "--size", "1280x800", "--iterations", "10", "--out", with.toString()))
                .as(err.toString()).isZero();
        assertThat(run("screenshot", "--charts-only", "--size", "1280x800", "--iterations", "10", "--out",
                without.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("charts only");
        // The designer draws its links in orange and blue across the upper part of the window; with the
        // network put away that part holds the charts.
        // The decision surface draws class 1 in the same orange, so some stays: far less than with the links.
        int withLinks = orangePixels(ImageIO.read(with.toFile()));
        assertThat(withLinks).isGreaterThan(500);
        assertThat(orangePixels(ImageIO.read(without.toFile()))).isLessThan(withLinks / 2);
    }

    /** Pixels of the Okabe–Ito orange family in the upper 45 % of the picture. */
    private static int orangePixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight() * 0.45; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b2 = rgb & 0xff;
                if (r > 200 && g > 120 && g < 200 && b2 < 90) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void opensAWorkbenchFileAndReportsABadOneWithItsLocation() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": 1, \"spec\": { \"seeed\": 1 } }");
        int code = run("screenshot", "--workbench", bad.toString(), "--out", dir.resolve("x.png").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(bad + ":1:", "did you mean 'seed'");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void argumentsAreChecked() {
        assertThat(run("screenshot", "--size", "big", "--out", dir.resolve("a.png").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--size must look like 1600x1000");
        assertThat(run("screenshot", "--compare", "colour", "--out", dir.resolve("a.png").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--compare must be one of init, activation, batchnorm, dropout");
    }

    @Test
    void rendersASideBySideComparison() throws Exception {
        Path png = dir.resolve("compare.png");
        int code = run("screenshot", "--compare", "activation", "--iterations", "20", "--size", "1000x700", "--out",
                png.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("comparing activation");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1000);
    }

    @Test
    void helpListsTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("screenshot", "validate", "run");
    }
}
