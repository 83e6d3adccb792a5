package scratchnet.bench;

/**
 * The benchmarks of issue 7, each a fixed workload so numbers from different machines and
 * backends compare. {@code quick} shrinks A, B and C to a few milliseconds for tests; their
 * figures are then not meaningful as speeds.
 */
public enum Bench {
    /** 500 spiral points, 2-8-8-1 tanh/tanh, MSE, batch 10, SGD 0.03, 100 epochs. */
    A,
    /** 2048 random 784-feature examples, 784-128-64-10 ReLU, softmax CE, batch 64, 3 epochs. */
    B,
    /** Delivery time: 1600 training rows, 4-16-8-1 ReLU, MSE, batch 64, lr 0.005, 200 epochs. */
    C,
    /**
     * One frame of a trained 2-8-8-1: every node over a 100 × 100 grid, painted as 20 × 20
     * thumbnails and the output at 100 × 100.
     */
    H;

    /** Builds this benchmark's workload (untimed); {@code quick} for a tiny version. */
    public Workload create(boolean quick) {
        switch (this) {
            case A:
                return new SpiralTraining(quick ? 2 : SpiralTraining.EPOCHS);
            case B:
                return new WideTraining(quick ? 128 : WideTraining.EXAMPLES,
                        quick ? 1 : WideTraining.EPOCHS);
            case C:
                return new DeliveryRegression(quick ? 2 : DeliveryRegression.EPOCHS);
            default:
                return new GridFrame(); // a frame is short already: quick changes nothing
        }
    }
}
