package dev.deepforward;

/**
 * Keeps the libraries' log lines off the console unless {@code --verbose}: ND4J logs eight INFO lines at
 * start-up (backend, CPU features, build flags) that mean nothing to a student and drown a command's own
 * output. slf4j-simple reads its levels from system properties once, when the first logger is made, so
 * this must run before anything touches ND4J.
 */
final class QuietLogging {

    static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /**
     * ND4J logs the thread counts it starts with, before the engine sets one OpenMP and one BLAS thread
     * ({@code NativeThreads}); those lines would be wrong, so they stay off even with {@code --verbose},
     * and the engine logs the counts it actually uses.
     */
    static final String[] MISLEADING = {"org.nd4j.nativeblas.NativeOpsHolder", "org.nd4j.nativeblas.Nd4jBlas"};

    private QuietLogging() {
    }

    /** Sets the levels unless the user set them with {@code -D} (which always wins). */
    static void configure(boolean verbose) {
        setIfAbsent(DEFAULT_LEVEL, verbose ? "info" : "warn");
        for (String logger : MISLEADING) {
            setIfAbsent("org.slf4j.simpleLogger.log." + logger, "warn");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
