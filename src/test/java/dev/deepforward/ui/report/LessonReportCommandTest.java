package dev.deepforward.ui.report;

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
 * {@code lesson report} in-process, on Monocle (TestFX starts the toolkit; the command finds it running):
 * the handout page and a chart picture made by the real window trained on the real engine.
 */
@ExtendWith(ApplicationExtension.class)
class LessonReportCommandTest {

    private static final Path LESSON = Path.of("src/test/resources/report/handout.json");

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
    void writesTheHandoutWithAChartPictureOfTheStepWithARun() throws Exception {
        Path report = dir.resolve("report");
        int code = run("lesson", "report", LESSON.toString(), "--out", report.toString(), "--iterations", "15",
                "--size", "1000x800", "--slides");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("index.html", "1 chart picture");
        assertThat(err.toString()).contains("step 1/2", "training 15 iterations", "2 variants side by side");

        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("Sigmoid against ReLU", "No run here", "Handout &lt;test&gt; lesson",
                "When a &lt; b the <em>sigmoid</em> net learns <code>slowly</code>.",
                "<li>second <strong>item</strong></li>",
                "Its slope is 1 &amp; never saturates.", "Its slope is at most 1/4.",
                "Train for 30 iterations.", "The first layer gets less gradient.",
                "Switch the <em>init</em> to <code>random</code>.", "Beginner", "Vanishing gradients",
                "src=\"step-1.png\"");
        assertThat(html).doesNotContain("a < b", "step-2.png");

        BufferedImage img = ImageIO.read(report.resolve("step-1.png").toFile());
        assertThat(img).isNotNull();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(50);
        assertThat(report.resolve("step-2.png")).doesNotExist();

        assertThat(out.toString()).contains("slides.html", "(3 slides)");
        String deck = Files.readString(report.resolve("slides.html"));
        assertThat(deck).contains("<h2>1. Sigmoid against ReLU</h2>", "src=\"step-1.png\"", "<h2>2. No run here</h2>");
    }

    @Test
    void anUnknownIdExitsWith2AndSaysWhereTheIdsAreWithoutAnInternalPath() {
        int code = run("lesson", "report", "no-such-lesson", "--out", dir.resolve("x").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no lesson 'no-such-lesson'", "'lesson list' shows them")
                .doesNotContain("builtin-lessons");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void anInvalidLessonExitsWith2WithItsLocatedProblems() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(LESSON).replace("\"minutes\"", "\"minuts\""));
        int code = run("lesson", "report", bad.toString(), "--out", dir.resolve("y").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(bad + ":7:3: minuts", "did you mean 'minutes'");
    }

    @Test
    void stepIterationsComeFromClaimsAndCheckpoints() {
        assertThat(LessonReportCommand.iterationsOf(dev.deepforward.lesson.Step.of("t", "x")))
                .isEqualTo(LessonReportCommand.DEFAULT_ITERATIONS);
    }
}
