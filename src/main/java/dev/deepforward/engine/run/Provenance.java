package dev.deepforward.engine.run;

/**
 * Where a result came from, written beside it (a run's {@code summary.json}, a saved workbench) so it can be
 * explained and made again: which build of the app made it.
 */
public final class Provenance {

    private Provenance() {
    }

    /** The app's version from the jar's manifest ({@code Implementation-Version}), or "development build". */
    public static String appVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
