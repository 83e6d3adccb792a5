package scratchnet.app;

import scratchnet.format.JsonWriter;

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
     * Writes the numbers as fields of the object {@code w} has open: epoch, step, trainLoss,
     * testLoss, accuracy, testMae, baselineMae, trainRows, testRows, batchRows, parameters.
     */
    public void write(JsonWriter w) {
        w.field("epoch").number(epoch).field("step").number(steps)
                .field("trainLoss").number(trainLoss).field("testLoss").number(testLoss)
                .field("accuracy").number(accuracy).field("testMae").number(testMae)
                .field("baselineMae").number(baselineMae).field("trainRows").number(trainRows)
                .field("testRows").number(testRows).field("batchRows").number(batchRows)
                .field("parameters").number(parameters);
    }
}
