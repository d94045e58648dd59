package dev.deepforward.engine.run;

import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.RunSpec;

/** The data a spec trains on depends on its data spec and its seed, nothing else: runs that agree share it. */
record DataKey(DataSpec data, long seed) {

    static DataKey of(RunSpec spec) {
        return new DataKey(spec.data(), spec.seed());
    }
}
