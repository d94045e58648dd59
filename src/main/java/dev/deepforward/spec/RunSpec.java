package dev.deepforward.spec;

import java.nio.file.Path;

/**
 * Everything that defines a training run. A run remembers its spec and seed, so any result can be
 * remade exactly.
 *
 * @param name     what the run is called in charts and files
 * @param seed     the one seed behind data generation, the split, shuffling, weight init and dropout masks
 * @param data     the data
 * @param network  the network
 * @param training how it is trained
 */
public record RunSpec(String name, long seed, DataSpec data, NetworkSpec network, TrainingSpec training)
        implements Validated, NamesFiles<RunSpec> {

    public static final int MAX_NAME = 80;

    /** The workbench's ready default: the 2-class spiral, two hidden ReLU layers, Adam. */
    public static RunSpec defaults() {
        return new RunSpec("Spiral, 2 ReLU layers", 42L, DataSpec.defaults(), NetworkSpec.defaults(),
                TrainingSpec.defaults());
    }

    public RunSpec withName(String n) {
        return new RunSpec(n, seed, data, network, training);
    }

    public RunSpec withSeed(long s) {
        return new RunSpec(name, s, data, network, training);
    }

    public RunSpec withData(DataSpec d) {
        return new RunSpec(name, seed, d, network, training);
    }

    public RunSpec withNetwork(NetworkSpec n) {
        return new RunSpec(name, seed, data, n, training);
    }

    public RunSpec withTraining(TrainingSpec t) {
        return new RunSpec(name, seed, data, network, t);
    }

    /**
     * Whether {@code other} is the same design in what makes it that design: the same network and the same
     * data. Training settings, the seed and the name may differ. False for null.
     */
    public boolean sameNetworkAndData(RunSpec other) {
        return other != null && network.equals(other.network) && data.equals(other.data);
    }

    @Override
    public void validate(String path, Problems problems) {
        Problems.name(problems, Problems.at(path, "name"), name, MAX_NAME);
        if (data == null) {
            problems.add(Problems.at(path, "data"), "must be set");
        } else {
            data.validate(Problems.at(path, "data"), problems);
        }
        if (network == null) {
            problems.add(Problems.at(path, "network"), "must be set");
        } else {
            network.validate(Problems.at(path, "network"), problems);
        }
        if (training == null) {
            problems.add(Problems.at(path, "training"), "must be set");
        } else {
            training.validate(Problems.at(path, "training"), problems);
        }
    }

    @Override
    public void checkFiles(String path, Path folder, Problems problems) {
        DataPaths.check(data, Problems.at(path, "data"), folder, true, problems);
    }

    @Override
    public RunSpec resolveFiles(Path folder) {
        return data == null ? this : withData(DataPaths.resolve(data, folder));
    }
}
