package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The app's main class run in a JVM of its own, in a chosen working folder, as a terminal would run it. */
final class AppProcess {

    record Output(int exit, String out, String err) {
    }

    private AppProcess() {
    }

    static Output run(Path workingDir, String... args) throws Exception {
        return run(workingDir, java.util.Map.of(), args);
    }

    /** As above, with {@code env}'s variables changed in the child's environment (an empty value removes one). */
    static Output run(Path workingDir, java.util.Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.home=" + workingDir.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workingDir, "stdout", ".txt");
        Path err = Files.createTempFile(workingDir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        // bounds a hang only; a start of ND4J takes a few seconds
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command ends").isTrue();
        Output o = new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return o;
    }
}
