package scratchnet.diag;

import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * Finds hidden layers whose units are exact copies of each other: every unit has the same
 * incoming weights and the same bias, as zero initialisation (or any constant start) makes
 * them. Such units compute the same output, receive the same gradient and take the same update,
 * so no amount of training tells them apart: the layer behaves as a single unit.
 */
public final class Symmetry {
    private Symmetry() {
    }

    /** The first hidden layer of two or more units that are all identical, or −1. */
    public static int firstSymmetricLayer(Network net) {
        for (int l = 0; l < net.depth() - 1; l++) {
            if (symmetric(net.layer(l))) {
                return l;
            }
        }
        return -1;
    }

    /** Whether every unit's column of W and its bias equal unit 0's (exactly). */
    static boolean symmetric(Dense d) {
        int units = d.outputs();
        if (units < 2) {
            return false;
        }
        double[] w = d.weights();
        double[] b = d.biases();
        for (int j = 1; j < units; j++) {
            if (b[j] != b[0]) {
                return false;
            }
            for (int i = 0; i < d.inputs(); i++) {
                if (w[i * units + j] != w[i * units]) {
                    return false;
                }
            }
        }
        return true;
    }
}
