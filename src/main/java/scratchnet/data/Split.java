package scratchnet.data;

import scratchnet.math.Rng;

/**
 * A dataset cut into a training part and a held-out test part.
 *
 * @param train rows the model learns from (and the only rows a {@link Standardizer} is fit on)
 * @param test  rows kept aside to measure generalisation
 */
public record Split(Dataset train, Dataset test) {
    /** Train share used when none is given: 80 % train, 20 % test, as in the tutorial. */
    public static final double DEFAULT_TRAIN_RATIO = 0.8;

    /**
     * Shuffles the row indices with {@code rng} and gives the first round(ratio·rows) to train,
     * the rest to test. Parts are disjoint and together hold every row once; 2000 rows at 0.8
     * give 1600 / 400.
     *
     * @param trainRatio share of rows for training, in (0, 1]
     */
    public static Split of(Dataset data, double trainRatio, Rng rng) {
        if (!(trainRatio > 0 && trainRatio <= 1)) {
            throw new IllegalArgumentException("train ratio must be in (0, 1], got " + trainRatio);
        }
        int n = data.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        int nTrain = (int) Math.round(trainRatio * n);
        int[] trainIdx = new int[nTrain];
        int[] testIdx = new int[n - nTrain];
        System.arraycopy(order, 0, trainIdx, 0, nTrain);
        System.arraycopy(order, nTrain, testIdx, 0, n - nTrain);
        return new Split(data.subset(trainIdx), data.subset(testIdx));
    }

    /** {@link #of(Dataset, double, Rng)} with {@link #DEFAULT_TRAIN_RATIO}. */
    public static Split of(Dataset data, Rng rng) {
        return of(data, DEFAULT_TRAIN_RATIO, rng);
    }
}
