package scratchnet.app;

import scratchnet.data.DataSpec;
import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.Features;
import scratchnet.data.Split;
import scratchnet.data.Standardizer;
import scratchnet.math.Rng;
import scratchnet.view.NodeGrid;

/**
 * The data of a run, ready to train on: raw rows for drawing, network-ready rows for training,
 * and the map from heatmap coordinates to one row of network input.
 *
 * <p>2-D data keeps TensorFlow Playground's coordinates (x1, x2 in [−6, 6]) and expands them to
 * the chosen features. The delivery table is standardised on its training rows, targets too, as
 * the tutorial does (unless the settings turn that off, to show why it matters); predictions
 * are mapped back to minutes with {@link #scaler}.
 */
final class Problem {
    /** Half the side of the 2-D plane. */
    static final double EXTENT = 6;
    /** Ends of the delivery heatmap's colour scale, in training-target standard deviations. */
    static final double SPREAD = 2;
    /** Rows drawn for 2-D data, as on TensorFlow Playground. */
    static final int ROWS_2D = DataSpec.DEFAULT_ROWS;

    /** Rows as drawn (x1, x2 or the four delivery columns in real units). */
    final Split raw;
    /** Training rows as the network sees them. */
    final Dataset train;
    /** Test rows as the network sees them. */
    final Dataset test;
    /** Standardiser of the delivery table (identity for 2-D data). */
    final Standardizer scaler;
    /** Chosen 2-D features, or null for delivery. */
    final Features features;
    /** Per delivery column: smallest, largest and mean training value as the network sees it. */
    final double[] lo;
    final double[] hi;
    final double[] mean;

    private Problem(Split raw, Dataset train, Dataset test, Standardizer scaler,
            Features features) {
        this.raw = raw;
        this.train = train;
        this.test = test;
        this.scaler = scaler;
        this.features = features;
        int cols = train.cols();
        lo = new double[cols];
        hi = new double[cols];
        mean = new double[cols];
        for (int c = 0; c < cols; c++) {
            lo[c] = Double.POSITIVE_INFINITY;
            hi[c] = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int r = 0; r < train.rows(); r++) {
                lo[c] = Math.min(lo[c], train.feature(r, c));
                hi[c] = Math.max(hi[c], train.feature(r, c));
                sum += train.feature(r, c);
            }
            mean[c] = sum / Math.max(1, train.rows());
        }
    }

    /** Draws and prepares the data that {@code s} describes. */
    static Problem of(Settings s) {
        Settings.Data d = s.data();
        double ratio = d.trainPercent() / 100.0;
        if (d.delivery()) {
            Rng rng = new Rng(d.seed());
            Dataset all = d.userData() ? d.user().dataset : Delivery.generate(Delivery.ROWS, rng);
            // at least one training row, however few rows a drawing has
            Split raw = Split.of(all, Math.round(ratio * all.rows()) >= 1 ? ratio
                    : 1.0 / all.rows(), rng);
            // Your own data: features always, the target only when it is a number.
            boolean scaleTarget = all.task() == scratchnet.data.Task.REGRESSION;
            Standardizer scaler = d.standardize() ? Standardizer.fit(raw.train(), scaleTarget)
                    : Standardizer.identity(raw.train().cols());
            Problem p = new Problem(raw, scaler.apply(raw.train()), scaler.apply(raw.test()),
                    scaler, null);
            if (d.standardize()) {
                java.util.Arrays.fill(p.mean, 0); // exactly 0 where the scaler put the mean
            }
            return p;
        }
        Split raw = new DataSpec(d.kind(), ROWS_2D, d.noise(), d.classes(), d.seed(), ratio)
                .generate();
        Features f = Features.of(s.net().features());
        return new Problem(raw, f.apply(raw.train()), f.apply(raw.test()),
                Standardizer.identity(2), f);
    }

    /**
     * The middle of the delivery heatmap's colour scale in the network's output units: the
     * training targets' mean (0 once standardised).
     */
    double outputCenter() {
        return scaler.scalesTarget() ? 0 : meanOf(train.y());
    }

    /**
     * Half the delivery heatmap's colour scale in the network's output units: two standard
     * deviations of the training targets (2 once standardised).
     */
    double outputHalfRange() {
        if (scaler.scalesTarget()) {
            return SPREAD;
        }
        double[] y = train.y();
        double m = meanOf(y);
        double sq = 0;
        for (double v : y) {
            sq += (v - m) * (v - m);
        }
        return SPREAD * Math.sqrt(sq / Math.max(1, y.length));
    }

    private static double meanOf(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / Math.max(1, v.length);
    }

    /** Network outputs for this data's task. */
    int outputs() {
        return Math.max(1, train.classes() > 2 ? train.classes() : 1);
    }

    /**
     * The heatmap's input rows: the plane for 2-D data; for delivery, columns {@code hx} and
     * {@code hy} over their training range with the others at their training mean.
     */
    NodeGrid.InputMap inputMap(int hx, int hy) {
        if (features != null) {
            return new NodeGrid.InputMap() {
                @Override
                public int width() {
                    return features.count();
                }

                @Override
                public void fill(double u, double v, double[] out, int offset) {
                    features.fill((2 * u - 1) * EXTENT, (2 * v - 1) * EXTENT, out, offset);
                }
            };
        }
        int cols = train.cols();
        return new NodeGrid.InputMap() {
            @Override
            public int width() {
                return cols;
            }

            @Override
            public void fill(double u, double v, double[] out, int offset) {
                for (int c = 0; c < cols; c++) {
                    out[offset + c] = mean[c];
                }
                out[offset + hx] = lo[hx] + u * (hi[hx] - lo[hx]);
                if (hy != hx) { // one feature: the heatmap varies across only
                    out[offset + hy] = lo[hy] + v * (hi[hy] - lo[hy]);
                }
            }
        };
    }

    /** A standardised delivery value of column {@code c} as a fraction of its heatmap range. */
    double fraction(int c, double standardised) {
        return hi[c] > lo[c] ? (standardised - lo[c]) / (hi[c] - lo[c]) : 0.5;
    }
}
