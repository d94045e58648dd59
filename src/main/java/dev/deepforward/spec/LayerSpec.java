package dev.deepforward.spec;

/**
 * One hidden layer.
 *
 * @param kind       dense or maxout
 * @param units      how many units (neurons) the layer has
 * @param activation g(z); a maxout layer's activation is {@link Activation#MAXOUT}
 * @param alpha      leaky ReLU's slope, PReLU's initial slope or ELU's α; {@code null} means the
 *                   activation's default ({@link Activation#defaultAlpha()})
 * @param pieces     maxout's k linear pieces per unit (1 for a dense layer)
 * @param init       how the weights are drawn
 * @param initScale  the value, bound or deviation for constant, uniform and normal init; {@code null} means
 *                   the scheme's default ({@link WeightInit#defaultScale()})
 * @param batchNorm  normalize the layer's sums over the minibatch before the activation (then scale γ,
 *                   shift β), as the course teaches
 * @param dropout    the probability of <em>dropping</em> each unit during training (0 = no dropout);
 *                   inverted dropout, so nothing changes at evaluation
 * @param frozen     the layer's parameters are not updated (transfer learning)
 */
public record LayerSpec(
        LayerKind kind,
        int units,
        Activation activation,
        Double alpha,
        int pieces,
        WeightInit init,
        Double initScale,
        boolean batchNorm,
        double dropout,
        boolean frozen) implements Validated {

    // The validator's limits, the one source for the fields that edit these values too.
    public static final int MIN_UNITS = 1;
    public static final int MAX_UNITS = 4096;
    public static final int MIN_PIECES = 2;
    public static final int MAX_PIECES = 8;
    public static final double MAX_DROPOUT = 0.95;
    public static final double MAX_ALPHA = 10;
    /** The init scale lies within ±this. */
    public static final double MAX_INIT_SCALE = 100;

    public static LayerSpec defaults() {
        return dense(16, Activation.RELU);
    }

    /** A dense layer with the init that suits its activation (He for rectifiers, Xavier otherwise). */
    public static LayerSpec dense(int units, Activation activation) {
        return new LayerSpec(LayerKind.DENSE, units, activation, null, 1, suitedInit(activation), null, false, 0.0,
                false);
    }

    /** A maxout layer of {@code units} units with {@code pieces} pieces each. */
    public static LayerSpec maxout(int units, int pieces) {
        return new LayerSpec(LayerKind.MAXOUT, units, Activation.MAXOUT, null, pieces, WeightInit.XAVIER_NORMAL,
                null, false, 0.0, false);
    }

    /** The init the course recommends for an activation. */
    public static WeightInit suitedInit(Activation activation) {
        return switch (activation) {
            case RELU, LEAKY_RELU, PRELU, ELU, ABS, GELU, SOFTPLUS -> WeightInit.HE_NORMAL;
            case SELU -> WeightInit.LECUN_NORMAL;
            default -> WeightInit.XAVIER_NORMAL;
        };
    }

    public double effectiveAlpha() {
        return alpha != null ? alpha : activation.defaultAlpha();
    }

    public double effectiveInitScale() {
        return initScale != null ? initScale : init.defaultScale();
    }

    public LayerSpec withUnits(int n) {
        return new LayerSpec(kind, n, activation, alpha, pieces, init, initScale, batchNorm, dropout, frozen);
    }

    public LayerSpec withActivation(Activation a) {
        return new LayerSpec(kind, units, a, alpha, pieces, init, initScale, batchNorm, dropout, frozen);
    }

    public LayerSpec withAlpha(Double a) {
        return new LayerSpec(kind, units, activation, a, pieces, init, initScale, batchNorm, dropout, frozen);
    }

    public LayerSpec withInit(WeightInit scheme, Double scale) {
        return new LayerSpec(kind, units, activation, alpha, pieces, scheme, scale, batchNorm, dropout, frozen);
    }

    public LayerSpec withBatchNorm(boolean on) {
        return new LayerSpec(kind, units, activation, alpha, pieces, init, initScale, on, dropout, frozen);
    }

    public LayerSpec withDropout(double rate) {
        return new LayerSpec(kind, units, activation, alpha, pieces, init, initScale, batchNorm, rate, frozen);
    }

    public LayerSpec withFrozen(boolean on) {
        return new LayerSpec(kind, units, activation, alpha, pieces, init, initScale, batchNorm, dropout, on);
    }

    /** How many outputs the layer's affine map computes per unit: k for maxout, 1 for dense. */
    public int piecesPerUnit() {
        return kind == LayerKind.MAXOUT ? pieces : 1;
    }

    @Override
    public void validate(String path, Problems problems) {
        if (kind == null) {
            problems.add(Problems.at(path, "kind"), "must be set");
        }
        if (activation == null) {
            problems.add(Problems.at(path, "activation"), "must be set");
        }
        if (init == null) {
            problems.add(Problems.at(path, "init"), "must be set");
        }
        Problems.range(problems, Problems.at(path, "units"), units, MIN_UNITS, MAX_UNITS);
        if (kind == LayerKind.MAXOUT) {
            Problems.range(problems, Problems.at(path, "pieces"), pieces, MIN_PIECES, MAX_PIECES);
            if (activation != null && activation != Activation.MAXOUT) {
                problems.add(Problems.at(path, "activation"), "a maxout layer's activation is 'maxout' (is '"
                        + activation.id() + "')");
            }
        } else if (kind == LayerKind.DENSE) {
            if (pieces != 1) {
                problems.add(Problems.at(path, "pieces"), "only maxout layers have pieces; a dense layer has 1 (is "
                        + pieces + ")");
            }
            if (activation == Activation.MAXOUT) {
                problems.add(Problems.at(path, "activation"), "'maxout' needs a maxout layer (kind 'maxout')");
            }
        }
        if (alpha != null) {
            if (activation != null && !activation.hasAlpha()) {
                problems.add(Problems.at(path, "alpha"), "'" + activation.id() + "' has no α; only leaky_relu, prelu and elu do");
            }
            Problems.range(problems, Problems.at(path, "alpha"), alpha, 0, MAX_ALPHA);
        }
        if (initScale != null) {
            if (init != null && !init.usesScale()) {
                problems.add(Problems.at(path, "initScale"), "'" + init.id()
                        + "' sets its own scale; only constant, uniform and normal take one");
            }
            Problems.range(problems, Problems.at(path, "initScale"), initScale, -MAX_INIT_SCALE, MAX_INIT_SCALE);
        }
        Problems.range(problems, Problems.at(path, "dropout"), dropout, 0, MAX_DROPOUT);
    }
}
