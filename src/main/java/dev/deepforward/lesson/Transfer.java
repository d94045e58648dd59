package dev.deepforward.lesson;

import dev.deepforward.spec.RunSpec;
import java.util.List;

/**
 * Transfer learning in a step: the run {@code from} is trained to its end first, then the first
 * {@code layers} hidden layers of its weights start the listed variants of the step (the output layer stays
 * new). Layers marked {@code frozen} in a variant's spec keep the transferred weights; the others fine-tune
 * them. Applies to the step that declares it only; later steps do not inherit it.
 *
 * @param from     the source run, a whole run spec (fields left out take the workbench defaults)
 * @param layers   how many hidden layers to transfer, 1 to the hidden layers of the source and of every target
 * @param variants the step's variants that start from the transferred layers; empty: all of them (or the
 *                 single run of a step without variants)
 */
public record Transfer(RunSpec from, Integer layers, List<String> variants) {

    public Transfer {
        variants = Lists.copy(variants);
    }

    public static Transfer defaults() {
        return new Transfer(null, null, List.of());
    }

    /** Whether the variant {@code name} ({@code ""} or null for a step's single run) starts from the transfer. */
    public boolean appliesTo(String name) {
        return variants.isEmpty() || variants.contains(name);
    }
}
