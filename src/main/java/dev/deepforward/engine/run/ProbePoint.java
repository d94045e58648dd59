package dev.deepforward.engine.run;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.PreparedData;
import dev.deepforward.engine.Network;

/**
 * What a {@link ParameterProbe} sees: one variant's live network between updates. Valid only during the
 * call; read it, never keep or change it.
 *
 * @param variant     the variant's name ({@code ""} for a run without variants)
 * @param updatesDone parameter updates made so far (0 = the untrained network)
 * @param network     the network, with the parameters after {@code updatesDone} updates
 * @param data        the run's prepared data (training, validation and test parts)
 * @param probeBatch  the run's probe batch: up to {@value RunCore#PROBE_BATCH} training examples drawn once
 *                    with the run's seed (the whole training part when it is no larger)
 */
public record ProbePoint(String variant, long updatesDone, Network network, PreparedData data, Dataset probeBatch) {
}
