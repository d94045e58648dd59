package dev.deepforward.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The network between the inputs and the outputs, whose sizes both follow the dataset.
 *
 * @param hidden       the hidden layers, first (nearest the input) to last; may be empty (a linear model)
 * @param output       the output layer
 * @param inputDropout the probability of <em>dropping</em> each input feature during training (0 = none);
 *                     inverted dropout on the input layer, as Srivastava et al. (2014) use with about 0.2
 */
public record NetworkSpec(List<LayerSpec> hidden, OutputSpec output, double inputDropout) implements Validated {

    public static final int MAX_HIDDEN_LAYERS = 32;

    public NetworkSpec {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
    }

    /** A network without input dropout. */
    public NetworkSpec(List<LayerSpec> hidden, OutputSpec output) {
        this(hidden, output, 0);
    }

    /** The default network: two hidden ReLU layers of 16 units with He init. */
    public static NetworkSpec defaults() {
        return new NetworkSpec(List.of(LayerSpec.dense(16, Activation.RELU), LayerSpec.dense(16, Activation.RELU)),
                OutputSpec.defaults());
    }

    /** {@code depth} dense layers of {@code width} units with one activation and its suited init. */
    public static NetworkSpec uniform(int depth, int width, Activation activation) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(LayerSpec.dense(width, activation));
        }
        return new NetworkSpec(layers, OutputSpec.defaults());
    }

    public NetworkSpec withHidden(List<LayerSpec> layers) {
        return new NetworkSpec(layers, output, inputDropout);
    }

    public NetworkSpec withOutput(OutputSpec out) {
        return new NetworkSpec(hidden, out, inputDropout);
    }

    public NetworkSpec withInputDropout(double rate) {
        return new NetworkSpec(hidden, output, rate);
    }

    /** The same network with {@code change} applied to every hidden layer. */
    public NetworkSpec mapHidden(UnaryOperator<LayerSpec> change) {
        return new NetworkSpec(hidden.stream().map(change).toList(), output, inputDropout);
    }

    /**
     * Trainable parameters for the given input and output sizes: per layer n_in·n_out·k weights, n_out·k
     * biases, 2·n_out for batch norm's γ and β, and one α for PReLU.
     */
    public long parameterCount(int inputs, int outputs) {
        long total = 0;
        int fanIn = inputs;
        for (LayerSpec layer : hidden) {
            total += layerParameterCount(layer, fanIn);
            fanIn = layer.units();
        }
        return total + (long) fanIn * outputs + outputs;
    }

    /** Trainable parameters of one hidden layer fed by {@code fanIn} inputs. */
    public static long layerParameterCount(LayerSpec layer, int fanIn) {
        long k = layer.piecesPerUnit();
        long n = (long) fanIn * layer.units() * k + layer.units() * k;
        if (layer.batchNorm()) {
            n += 2L * layer.units() * k;
        }
        if (layer.activation() == Activation.PRELU) {
            n += 1;
        }
        return n;
    }

    @Override
    public void validate(String path, Problems problems) {
        if (hidden.size() > MAX_HIDDEN_LAYERS) {
            problems.add(Problems.at(path, "hidden"), "at most " + MAX_HIDDEN_LAYERS + " hidden layers (has " + hidden.size() + ")");
        }
        for (int i = 0; i < hidden.size(); i++) {
            LayerSpec layer = hidden.get(i);
            if (layer == null) {
                problems.add(Problems.at(path, "hidden[" + i + "]"), "must be a layer");
            } else {
                layer.validate(Problems.at(path, "hidden[" + i + "]"), problems);
            }
        }
        Problems.range(problems, Problems.at(path, "inputDropout"), inputDropout, 0, LayerSpec.MAX_DROPOUT);
        if (output == null) {
            problems.add(Problems.at(path, "output"), "must be set");
        } else {
            output.validate(Problems.at(path, "output"), problems);
        }
    }
}
