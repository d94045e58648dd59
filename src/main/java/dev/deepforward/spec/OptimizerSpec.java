package dev.deepforward.spec;

/**
 * The optimizer and its hyperparameters; each field is read only by the optimizers that use it.
 *
 * @param kind     which update rule
 * @param momentum μ for momentum and Nesterov
 * @param beta1    Adam's decay of the gradient's running mean
 * @param beta2    Adam's decay of the squared gradient's running mean
 * @param rho      RMSProp's decay of the squared gradient's running mean
 * @param epsilon  added to the denominators of Adam, RMSProp and AdaGrad
 */
public record OptimizerSpec(Optimizer kind, double momentum, double beta1, double beta2, double rho, double epsilon)
        implements Validated {

    public static OptimizerSpec defaults() {
        return of(Optimizer.ADAM);
    }

    public static OptimizerSpec of(Optimizer kind) {
        return new OptimizerSpec(kind, 0.9, 0.9, 0.999, 0.9, 1e-8);
    }

    @Override
    public void validate(String path, Problems problems) {
        if (kind == null) {
            problems.add(Problems.at(path, "kind"), "must be set");
        }
        Problems.range(problems, Problems.at(path, "momentum"), momentum, 0, 0.999);
        Problems.range(problems, Problems.at(path, "beta1"), beta1, 0, 0.9999);
        Problems.range(problems, Problems.at(path, "beta2"), beta2, 0, 0.99999);
        Problems.range(problems, Problems.at(path, "rho"), rho, 0, 0.9999);
        Problems.range(problems, Problems.at(path, "epsilon"), epsilon, 1e-12, 1);
    }
}
