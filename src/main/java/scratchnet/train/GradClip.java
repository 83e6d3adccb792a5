package scratchnet.train;

/**
 * Gradient clipping by global L2 norm, as {@code torch.nn.utils.clip_grad_norm_}: the norm is
 * taken over all gradient buffers together, ‖g‖ = √(Σ_k Σ_i g_ki²), and if it exceeds the limit
 * every gradient is multiplied by limit/‖g‖, which keeps the direction and caps the length.
 */
final class GradClip {
    private GradClip() {
    }

    /** ‖g‖ over all buffers. */
    static double norm(double[][] grads) {
        double sum = 0;
        for (double[] g : grads) {
            for (int i = 0; i < g.length; i++) {
                sum += g[i] * g[i];
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * Scales {@code grads} in place so their global norm is at most {@code maxNorm} (0 = no
     * clipping) and returns the norm before clipping.
     */
    static double clip(double[][] grads, double maxNorm) {
        double norm = norm(grads);
        if (maxNorm > 0 && norm > maxNorm) {
            double scale = maxNorm / norm;
            for (double[] g : grads) {
                for (int i = 0; i < g.length; i++) {
                    g[i] *= scale;
                }
            }
        }
        return norm;
    }
}
