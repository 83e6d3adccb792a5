package scratchnet.app;

/**
 * The numbers the page prints after a refresh.
 *
 * @param epoch epochs completed
 * @param steps steps (batches) taken
 * @param trainLoss mean data loss over all training rows (no penalty)
 * @param testLoss mean data loss over all test rows (NaN without test rows)
 * @param accuracy share of test rows classified right (NaN for regression)
 * @param testMae mean absolute test error in the target's units (NaN for classification)
 * @param baselineMae test MAE of always predicting the training mean (NaN for classification)
 * @param trainRows rows trained on
 * @param testRows rows held out
 * @param batchRows rows per step
 * @param parameters weights and biases in the network
 */
public record Stats(long epoch, long steps, double trainLoss, double testLoss, double accuracy,
        double testMae, double baselineMae, int trainRows, int testRows, int batchRows,
        int parameters) {

    /**
     * The numbers as one array for the page, in this order: epoch, steps, trainLoss, testLoss,
     * accuracy, testMae, baselineMae, trainRows, testRows, batchRows, parameters.
     */
    public double[] toArray() {
        return new double[] {epoch, steps, trainLoss, testLoss, accuracy, testMae, baselineMae,
            trainRows, testRows, batchRows, parameters};
    }
}
