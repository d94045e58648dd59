package dev.deepforward.engine.run;

import dev.deepforward.engine.Backend;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.RunSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a result came from, written beside it (a run's {@code summary.json}, a saved workbench) so it can be
 * explained and made again: which build of the app made it, with which kernels, when, and from exactly which
 * bytes of data (a data file's SHA-256 tells an edited {@code data.csv} from the one that was trained on).
 */
public final class Provenance {

    /** One data file a run read, by its path and the SHA-256 of its bytes (null when it cannot be read). */
    public record DataFile(String file, String sha256) {
    }

    private Provenance() {
    }

    /** The app's version from the jar's manifest ({@code Implementation-Version}), or "development build". */
    public static String appVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** The kernels networks compute with (as chosen: {@code auto}, {@code direct}, {@code nd4j}) and ND4J's device. */
    public static String backend() {
        return Backend.processDefault().id() + "; ND4J " + Backend.nd4jDescription();
    }

    /** Every data file the specs name (features and labels), once each, with its SHA-256. */
    public static List<DataFile> dataFiles(List<RunSpec> specs) {
        Set<String> files = new LinkedHashSet<>();
        for (RunSpec s : specs) {
            DataSpec d = s.data();
            if (d.file() != null && !d.file().isBlank()) {
                files.add(d.file());
            }
            if (d.labelFile() != null && !d.labelFile().isBlank()) {
                files.add(d.labelFile());
            }
        }
        List<DataFile> out = new ArrayList<>();
        for (String f : files) {
            out.add(new DataFile(f, sha256(Path.of(f))));
        }
        return out;
    }

    /**
     * The SHA-256 of a regular file's bytes, read in a stream (any size, constant memory); null for anything
     * else (a device file would never end) or a file that cannot be read.
     */
    public static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
