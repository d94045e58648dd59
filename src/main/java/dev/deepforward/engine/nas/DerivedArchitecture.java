package dev.deepforward.engine.nas;

import java.util.List;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.RunSpec;

/**
 * The architecture the search chose: per hidden layer the candidate with the largest α (softmax weight),
 * and the run spec that trains it.
 *
 * @param activations                per hidden layer the activation kept (maxout layers keep maxout)
 * @param weights                    the final mixture weights per layer, as in {@link MixtureSnapshot}
 * @param spec                       the base spec with those activations (nothing else changed)
 * @param supernetValidationLoss     the mixed network's own validation loss at the end of the search
 * @param supernetValidationAccuracy its validation accuracy (NaN for regression)
 */
public record DerivedArchitecture(List<Activation> activations, double[][] weights, RunSpec spec,
                                  double supernetValidationLoss, double supernetValidationAccuracy)
        implements ArchitectureEvent {
}
