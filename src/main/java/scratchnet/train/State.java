package scratchnet.train;

/** Per-parameter optimizer state: buffers shaped like the parameters, made once and reused. */
final class State {
    private State() {
    }

    /** A deep copy of {@code state} (null stays null). */
    static double[][] copy(double[][] state) {
        if (state == null) {
            return null;
        }
        double[][] out = new double[state.length][];
        for (int k = 0; k < state.length; k++) {
            out[k] = state[k].clone();
        }
        return out;
    }

    /**
     * Returns {@code state} if it already has one zero-started buffer per parameter buffer with
     * matching lengths, otherwise fresh zeroed buffers (first step, or a network of a new shape).
     */
    static double[][] fit(double[][] state, double[][] params) {
        if (state != null && state.length == params.length) {
            boolean same = true;
            for (int k = 0; k < params.length && same; k++) {
                same = state[k].length == params[k].length;
            }
            if (same) {
                return state;
            }
        }
        double[][] fresh = new double[params.length][];
        for (int k = 0; k < params.length; k++) {
            fresh[k] = new double[params[k].length];
        }
        return fresh;
    }
}
