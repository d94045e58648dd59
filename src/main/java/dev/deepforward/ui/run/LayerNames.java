package dev.deepforward.ui.run;

import dev.deepforward.spec.NetworkSpec;

/** The gradient views' row labels, in the engine's order: hidden layers 1…L, then the output layer. */
public final class LayerNames {

    private LayerNames() {
    }

    public static String[] of(NetworkSpec network) {
        int hidden = network.hidden().size();
        String[] names = new String[hidden + 1];
        for (int i = 0; i < hidden; i++) {
            names[i] = "layer " + (i + 1);
        }
        names[hidden] = "output";
        return names;
    }

    /** Which of those layers are frozen (not updated in training), in the same order. */
    public static boolean[] frozen(NetworkSpec network) {
        int hidden = network.hidden().size();
        boolean[] frozen = new boolean[hidden + 1];
        for (int i = 0; i < hidden; i++) {
            frozen[i] = network.hidden().get(i).frozen();
        }
        frozen[hidden] = network.output() != null && network.output().frozen();
        return frozen;
    }
}
