package scratchnet.train;

import scratchnet.engine.Activation;
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
 * rows × n_out, all row-major; W[i, j] (zero-based) connects input i to unit j.
 *
 * @param step the number this step will have (1 for the first step of a run)
 * @param rows rows in the batch
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
public record StepTrace(long step, int rows, double[] x, double[] y, double loss,
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
     * @param a A = f(Z), before dropout
     * @param dA dL/dA; null for an output layer whose loss is fused with its activation (then
     *     dZ = (A − Y)/rows directly)
     * @param dZ dL/dZ = dA ⊙ f′(Z) (or the fused output gradient)
     * @param dW dL/dW = A_prevᵀ·dZ, plus the penalty's gradient, before clipping
     * @param db dL/db = the column sums of dZ, before clipping
     * @param weightsAfter W after the update
     * @param biasesAfter b after the update
     */
    public record Layer(Activation activation, int inputs, int outputs, double[] weights,
            double[] biases, double[] z, double[] a, double[] dA, double[] dZ, double[] dW,
            double[] db, double[] weightsAfter, double[] biasesAfter) {
    }

    /**
     * The trace of {@code trainer}'s next step, leaving the trainer as it was; null once early
     * stopping has ended training.
     */
    public static StepTrace next(Trainer trainer) {
        Trainer.Checkpoint before = trainer.checkpoint();
        if (!trainer.computeGradients()) {
            return null;
        }
        Network net = trainer.network();
        int rows = trainer.batchRows();
        int in = net.inputs();
        double[] x = java.util.Arrays.copyOf(trainer.batchInputs(), rows * in);
        double[] y = java.util.Arrays.copyOf(trainer.batchTargets(),
                rows * Rows.targetWidth(net));
        double loss = trainer.lastBatchLoss();
        Layer[] layers = new Layer[net.depth()];
        for (int l = 0; l < layers.length; l++) {
            Dense d = net.layer(l);
            int n = rows * d.outputs();
            layers[l] = new Layer(d.activation(), d.inputs(), d.outputs(), d.weights().clone(),
                    d.biases().clone(), java.util.Arrays.copyOf(d.preActivations(), n),
                    java.util.Arrays.copyOf(d.activations(), n),
                    net.activationGradient(l, trainer.batchTargets()),
                    java.util.Arrays.copyOf(d.deltas(), n), d.weightGrads().clone(),
                    d.biasGrads().clone(), null, null);
        }
        trainer.applyUpdate();
        for (int l = 0; l < layers.length; l++) {
            Dense d = net.layer(l);
            Layer t = layers[l];
            layers[l] = new Layer(t.activation(), t.inputs(), t.outputs(), t.weights(),
                    t.biases(), t.z(), t.a(), t.dA(), t.dZ(), t.dW(), t.db(),
                    d.weights().clone(), d.biases().clone());
        }
        StepTrace trace = new StepTrace(trainer.stepsTaken(), rows, x, y, loss,
                trainer.lastLearningRate(), trainer.lastGradNorm(), trainer.spec().clipNorm(),
                trainer.spec().optimizer(), layers);
        trainer.restore(before);
        return trace;
    }
}
