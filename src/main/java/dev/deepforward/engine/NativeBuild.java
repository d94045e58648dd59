package dev.deepforward.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks which build of ND4J's native library (libnd4j) loads: the generic x86-64 one or the AVX2 one, by what
 * the CPU supports. Must run before anything loads ND4J.
 *
 * <p>Why: libnd4j 1.0.0-M2.1's generic build has scalar kernels where the AVX2 build vectorizes (its
 * {@code adam_updater} takes 2.2 ns an element instead of 5; see the benchmark docs), and on Linux x86-64 the
 * build ships both. JavaCPP, left alone, loads the most specialized build it finds on the class path without
 * asking the CPU, and libnd4j then refuses to run on a CPU without AVX2 (it exits the process). So the choice is
 * made here, from the CPU's flags, through JavaCPP's {@value #PROPERTY} system property: {@code -avx2} where
 * the CPU has AVX, AVX2 and FMA, otherwise empty (the generic build). A value already set (e.g.
 * {@code -Dorg.bytedeco.javacpp.platform.extension=} on the command line, which forces the generic build) is
 * kept. Where the AVX2 build is not on the class path (other systems, the CUDA build) JavaCPP falls back to the
 * generic one by itself.
 */
public final class NativeBuild {

    /** JavaCPP's system property naming the build's suffix ({@code -avx2}, {@code -avx512}, empty: generic). */
    public static final String PROPERTY = "org.bytedeco.javacpp.platform.extension";

    /** The suffix of the AVX2 build. */
    public static final String AVX2 = "-avx2";

    /** What the AVX2 build needs from the CPU (it is compiled for Haswell's instruction set). */
    static final Set<String> AVX2_FLAGS = Set.of("avx", "avx2", "fma");

    private static volatile boolean chosen;

    private NativeBuild() {
    }

    /**
     * Sets {@value #PROPERTY} from this machine's CPU unless it is set already; cheap and safe to call any number
     * of times, and a no-op after ND4J has loaded (too late to matter then).
     */
    public static void choose() {
        if (chosen) {
            return;
        }
        synchronized (NativeBuild.class) {
            if (!chosen) {
                if (System.getProperty(PROPERTY) == null) {
                    System.setProperty(PROPERTY, extensionFor(System.getProperty("os.name", ""),
                            System.getProperty("os.arch", ""), cpuFlags()));
                }
                chosen = true;
            }
        }
    }

    /**
     * The suffix for a system and a CPU with these flags (as Linux's {@code /proc/cpuinfo} names them): {@link #AVX2}
     * on Linux x86-64 with every flag of {@link #AVX2_FLAGS}, otherwise empty (the generic build).
     */
    static String extensionFor(String osName, String osArch, Set<String> flags) {
        boolean linux = osName.toLowerCase(Locale.ROOT).startsWith("linux");
        boolean x86_64 = osArch.equals("amd64") || osArch.equals("x86_64");
        return linux && x86_64 && flags.containsAll(AVX2_FLAGS) ? AVX2 : "";
    }

    /** The CPU's flags from {@code /proc/cpuinfo} (Linux); empty where that file cannot be read. */
    static Set<String> cpuFlags() {
        try {
            return flagsOf(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    /** The flags of the first {@code flags : …} line of a {@code /proc/cpuinfo} text. */
    static Set<String> flagsOf(Iterable<String> cpuinfo) {
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals("flags")) {
                return Arrays.stream(line.substring(colon + 1).trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
            }
        }
        return Set.of();
    }

    /**
     * The build that loaded, as libnd4j reports it ({@code generic}, {@code avx2}, {@code avx512}); loads ND4J.
     */
    public static String loaded() {
        NativeThreads.ensureConfigured();
        if (!Nd4jKernels.onCpu()) {
            return "cuda";
        }
        int level = org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().binaryLevel();
        return switch (level) {
            case 2 -> "avx2";
            case 3 -> "avx512";
            default -> "generic";
        };
    }
}
