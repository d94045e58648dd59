package dev.deepforward.engine.run;

/**
 * What a run publishes to its sink: immutable values made of plain numbers and arrays (never an ND4J
 * array), safe to hand to the UI thread or a file writer. Every event names the variant it belongs to, so
 * one sink can take the events of all variants of a comparison.
 */
public sealed interface RunEvent permits IterationMetrics, EpochMetrics, StateChange, DecisionSurface, LayerHistograms,
        TestPredictions, UnitOutputs, LayerWeights {

    /** The variant's name ({@code ""} for a run without variants). */
    String variant();
}
