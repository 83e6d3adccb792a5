package scratchnet.train;

import scratchnet.engine.Activation;
import scratchnet.engine.BatchNorm;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * One training step opened up: every matrix the trainer's next step computes, in the
 * tutorial's notation, copied out of the engine's own buffers while it takes the step, after
 * which the trainer is put back exactly as it was ({@link Trainer#checkpoint}). The numbers are
 * therefore those of the real step: taking it afterwards gives the weights of
 * {@link Layer#weightsAfter} bit for bit.
 *
 * <p>Shapes: X is rows × n_in, each W is n_in × n_out, b is n_out, and Z, A, dA and dZ are
 * rows × n_out, all row-major, where the batch's matrices keep only its first
 * {@code shownRows} rows; W[i, j] (zero-based) connects input i to unit j. A hidden layer
 * with batch normalisation has its {@link Norm} between Z and the activation: A = f(Z̃); one
 * with dropout its {@link Drop} after A, and the next layer reads D, not A.
 *
 * @param step the number this step will have (1 for the first step of a run)
 * @param rows rows in the batch
 * @param shownRows rows of the batch's matrices (X, Y, Z, A, …) kept: the first ones
 * @param x the batch's inputs X, rows × n_in
 * @param y the batch's targets, rows × target width
 * @param loss the batch's mean data loss before the update
 * @param learningRate the rate this step uses (after the schedule)
 * @param gradNorm the global norm ‖(dW, db)‖ over all layers before clipping
 * @param clipNorm the clipping threshold, 0 for none; if 0 &lt; clipNorm &lt; gradNorm every
 *     gradient is scaled by clipNorm / gradNorm before the update
 * @param optimizer the update rule
 * @param layers the layers, first hidden layer first
 */
public record StepTrace(long step, int rows, int shownRows, double[] x, double[] y,
        double loss,
        double learningRate, double gradNorm, double clipNorm, OptimizerKind optimizer,
        Layer[] layers) {

    /**
     * One layer's part of the step.
     *
     * @param activation f of A = f(Z)
     * @param inputs n_in
     * @param outputs n_out
     * @param weights W before the update
     * @param biases b before the update
     * @param z Z = X·W + b (X: the previous layer's A)
     * @param a A = f(Z), before dropout (with batch normalisation A = f(Z̃))
     * @param dA dL/dA; null for an output layer whose loss is fused with its activation (then
     *     dZ = (A − Y)/rows directly)
     * @param dZ dL/dZ = dA ⊙ f′(Z) (or the fused output gradient; with batch normalisation
     *     the gradient through it, see {@link Norm})
     * @param dW dL/dW = A_prevᵀ·dZ, plus the penalty's gradient, before clipping
     * @param db dL/db = the column sums of dZ, before clipping
     * @param weightsAfter W after the update
     * @param biasesAfter b after the update
     * @param norm the layer's batch normalisation, or null
     * @param drop the layer's dropout in this step, or null (no dropout, or the output layer)
     */
    public record Layer(Activation activation, int inputs, int outputs, double[] weights,
            double[] biases, double[] z, double[] a, double[] dA, double[] dZ, double[] dW,
            double[] db, double[] weightsAfter, double[] biasesAfter, Norm norm, Drop drop) {
    }

    /**
     * A hidden layer's dropout in the step (inverted dropout): D = A ⊙ M, where each entry of
     * M is 0 (dropped, with probability p) or 1/(1 − p), is what the next layer reads; back,
     * dA = dD ⊙ M.
     *
     * @param rate p
     * @param mask M, shown rows × units
     * @param out D, shown rows × units
     * @param dOut dL/dD = dZ_next·W_nextᵀ, shown rows × units
     */
    public record Drop(double rate, double[] mask, double[] out, double[] dOut) {
        /** 1/(1 − p), the value of a kept entry of M (the engine's own expression). */
        public double scale() {
            return 1.0 / (1.0 - rate);
        }
    }

    /**
     * The factor clipping multiplied every gradient by before the update (clipNorm/gradNorm,
     * as {@link GradClip} computes it), or 1 when the step was not clipped.
     */
    public double clipScale() {
        return clipNorm > 0 && gradNorm > clipNorm ? clipNorm / gradNorm : 1;
    }

    /**
     * A layer's batch normalisation in the step, on the batch's statistics (see
     * {@link scratchnet.engine.BatchNorm}): per unit j, μ_j and σ²_j over the batch's rows of Z,
     * Ẑ = (Z − μ)/√(σ² + ε), Z̃ = γ ⊙ Ẑ + β, A = f(Z̃); backward, dZ̃ = dA ⊙ f′(Z̃),
     * dγ = Σ_rows dZ̃ ⊙ Ẑ, dβ = Σ_rows dZ̃, and with G = dZ̃ ⊙ γ,
     * dZ = (G − mean_rows G − Ẑ ⊙ mean_rows(G ⊙ Ẑ))/√(σ² + ε).
     *
     * @param mean μ, one per unit
     * @param variance σ², the batch's biased variance, one per unit
     * @param epsilon ε
     * @param normalized Ẑ, shown rows × units
     * @param gamma γ before the update
     * @param beta β before the update
     * @param scaled Z̃ = γ ⊙ Ẑ + β, shown rows × units: what the activation reads
     * @param dScaled dL/dZ̃, shown rows × units
     * @param dGamma dL/dγ, before clipping
     * @param dBeta dL/dβ, before clipping
     * @param gammaAfter γ after the update
     * @param betaAfter β after the update
     */
    public record Norm(double[] mean, double[] variance, double epsilon, double[] normalized,
            double[] gamma, double[] beta, double[] scaled, double[] dScaled, double[] dGamma,
            double[] dBeta, double[] gammaAfter, double[] betaAfter) {
        private Norm after(BatchNorm n) {
            return new Norm(mean, variance, epsilon, normalized, gamma, beta, scaled, dScaled,
                    dGamma, dBeta, n.gamma().clone(), n.beta().clone());
        }
    }

    /**
     * The trace of {@code trainer}'s next step, leaving the trainer as it was; null once early
     * stopping has ended training.
     */
    public static StepTrace next(Trainer trainer) {
        return next(trainer, Integer.MAX_VALUE);
    }

    /**
     * {@link #next(Trainer)} keeping the batch's matrices for their first {@code maxRows}
     * rows only (the statistics, gradients and updates are still the whole batch's).
     */
    public static StepTrace next(Trainer trainer, int maxRows) {
        Trainer.Checkpoint before = trainer.checkpoint();
        if (!trainer.computeGradients()) {
            return null;
        }
        Network net = trainer.network();
        int rows = trainer.batchRows();
        int shown = Math.min(rows, Math.max(0, maxRows));
        int in = net.inputs();
        double[] x = java.util.Arrays.copyOf(trainer.batchInputs(), shown * in);
        double[] y = java.util.Arrays.copyOf(trainer.batchTargets(),
                shown * Rows.targetWidth(net));
        double loss = trainer.lastBatchLoss();
        Layer[] layers = new Layer[net.depth()];
        for (int l = 0; l < layers.length; l++) {
            Dense d = net.layer(l);
            int n = shown * d.outputs();
            BatchNorm bn = d.norm();
            double[] allDA = net.activationGradient(l, trainer.batchTargets());
            double[] dA = head(allDA, n);
            Drop drop = null;
            if (net.lastPassDropped() && l < layers.length - 1) {
                double[] mask = head(d.dropoutMask(), n);
                drop = new Drop(net.dropout(), mask, head(d.output(), n), dA);
                dA = dA.clone();
                for (int i = 0; i < n; i++) {
                    dA[i] *= mask[i]; // the backward pass's own product
                }
            }
            Norm norm = bn == null ? null : new Norm(bn.lastMean().clone(),
                    bn.lastVariance().clone(), BatchNorm.EPSILON,
                    java.util.Arrays.copyOf(bn.normalized(), n), bn.gamma().clone(),
                    bn.beta().clone(), java.util.Arrays.copyOf(d.preActivations(), n),
                    head(net.normalizedGradient(l, allDA), n), bn.gammaGrads().clone(),
                    bn.betaGrads().clone(), null, null);
            double[] z = bn == null ? d.preActivations() : bn.input();
            layers[l] = new Layer(d.activation(), d.inputs(), d.outputs(), d.weights().clone(),
                    d.biases().clone(), java.util.Arrays.copyOf(z, n),
                    java.util.Arrays.copyOf(d.activations(), n), dA,
                    java.util.Arrays.copyOf(d.deltas(), n), d.weightGrads().clone(),
                    d.biasGrads().clone(), null, null, norm, drop);
        }
        trainer.applyUpdate();
        for (int l = 0; l < layers.length; l++) {
            Dense d = net.layer(l);
            Layer t = layers[l];
            layers[l] = new Layer(t.activation(), t.inputs(), t.outputs(), t.weights(),
                    t.biases(), t.z(), t.a(), t.dA(), t.dZ(), t.dW(), t.db(),
                    d.weights().clone(), d.biases().clone(),
                    t.norm() == null ? null : t.norm().after(d.norm()), t.drop());
        }
        StepTrace trace = new StepTrace(trainer.stepsTaken(), rows, shown, x, y, loss,
                trainer.lastLearningRate(), trainer.lastGradNorm(), trainer.spec().clipNorm(),
                trainer.spec().optimizer(), layers);
        trainer.restore(before);
        return trace;
    }

    /** The first {@code n} values of {@code v} (v itself if that is all of it; null stays). */
    private static double[] head(double[] v, int n) {
        return v == null || v.length == n ? v : java.util.Arrays.copyOf(v, n);
    }
}
