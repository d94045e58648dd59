package dev.deepforward.cli;

import dev.deepforward.engine.Backend;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --backend auto|direct|nd4j} for every command that trains: which kernels the engine computes with
 * (see {@link Backend}); the choice is the process's default for every network the command builds.
 */
final class BackendOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--backend", paramLabel = "auto|direct|nd4j", defaultValue = "auto",
            description = "the engine's kernels: direct (OpenBLAS and vectorized Java loops), nd4j (every step as"
                    + " ND4J operations; what a CUDA build runs) or auto (by network size; default)")
    void setBackend(String id) {
        try {
            Backend.setProcessDefault(Backend.parse(id));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
    }
}
