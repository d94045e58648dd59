package dev.deepforward.spec;

/**
 * The output layer: its size follows the dataset (classes or regression targets).
 *
 * @param activation what the output applies; {@code auto} follows the loss
 * @param init       how its weights are drawn
 * @param initScale  as in {@link LayerSpec#initScale()}
 * @param frozen     its parameters are not updated
 */
public record OutputSpec(OutputActivation activation, WeightInit init, Double initScale, boolean frozen)
        implements Validated {

    public static OutputSpec defaults() {
        return new OutputSpec(OutputActivation.AUTO, WeightInit.XAVIER_NORMAL, null, false);
    }

    public double effectiveInitScale() {
        return initScale != null ? initScale : init.defaultScale();
    }

    public OutputSpec withInit(WeightInit scheme, Double scale) {
        return new OutputSpec(activation, scheme, scale, frozen);
    }

    public OutputSpec withActivation(OutputActivation a) {
        return new OutputSpec(a, init, initScale, frozen);
    }

    @Override
    public void validate(String path, Problems problems) {
        if (activation == null) {
            problems.add(Problems.at(path, "activation"), "must be set");
        }
        if (init == null) {
            problems.add(Problems.at(path, "init"), "must be set");
        } else if (initScale != null && !init.usesScale()) {
            problems.add(Problems.at(path, "initScale"), "'" + init.id()
                    + "' sets its own scale; only constant, uniform and normal take one");
        }
        if (initScale != null) {
            Problems.range(problems, Problems.at(path, "initScale"), initScale, -100, 100);
        }
    }
}
