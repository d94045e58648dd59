package dev.deepforward.engine.nas;

/**
 * What an {@link ArchitectureSearch} publishes to its sink, from its own thread: immutable values of plain
 * numbers, arrays and specs, safe to hand to the UI thread. In order: {@link MixtureSnapshot}s during the
 * search, one {@link DerivedArchitecture}, {@link RetrainProgress} while the derived network retrains, and
 * last always one {@link ArchitectureSearchResult} (also after a cancel or a failure).
 */
public sealed interface ArchitectureEvent
        permits MixtureSnapshot, DerivedArchitecture, RetrainProgress, ArchitectureSearchResult {
}
