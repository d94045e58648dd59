package dev.deepforward.engine;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Picks ND4J's native build ({@link NativeBuild}) when the test JVM's JUnit session opens, before any test can
 * load ND4J: the tests run on the build the app would load on this CPU (the AVX2 one where it can run, the
 * generic one elsewhere), and a reference test that calls ND4J directly cannot load a build the CPU lacks.
 * Registered in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class NativeBuildSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NativeBuild.choose();
    }
}
