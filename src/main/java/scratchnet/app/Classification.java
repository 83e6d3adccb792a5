package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.data.Task;
import scratchnet.format.JsonWriter;
import scratchnet.train.Confusion;

/**
 * A classifier's scores on the scored rows of the latest refresh (the test rows, or the
 * training rows when there are none): the confusion matrix with accuracy, per-class precision
 * and recall, and each row's predicted class and its probability, for the page's metrics
 * panel and the digits gallery.
 */
final class Classification {
    /** Images the digits gallery shows at most. */
    static final int GALLERY = 60;

    private final Confusion confusion;
    private final String set;
    private final String[] names;
    private final int[] truth;
    private final int[] predicted;
    private final double[] confidence;

    private Classification(Confusion confusion, String set, String[] names, int[] truth,
            int[] predicted, double[] confidence) {
        this.confusion = confusion;
        this.set = set;
        this.names = names;
        this.truth = truth;
        this.predicted = predicted;
        this.confidence = confidence;
    }

    /**
     * The scores of outputs {@code out} (rows × {@code outputs}) on {@code d}, named
     * {@code set} ("test" or "training"); null for regression.
     */
    static Classification of(Problem problem, Dataset d, String set, double[] out, int outputs) {
        if (d.task() == Task.REGRESSION) {
            return null;
        }
        int classes = Math.max(2, d.classes());
        int rows = d.rows();
        int[] truth = new int[rows];
        int[] predicted = new int[rows];
        double[] confidence = new double[rows];
        for (int r = 0; r < rows; r++) {
            truth[r] = (int) d.target(r);
            predicted[r] = Confusion.predicted(out, r, outputs);
            confidence[r] = outputs == 1 ? (predicted[r] == 1 ? out[r] : 1 - out[r])
                    : out[r * outputs + predicted[r]];
        }
        String[] names = new String[classes];
        for (int k = 0; k < classes; k++) {
            names[k] = HeatmapKey.className(problem, k);
        }
        return new Classification(Confusion.of(d.y(), out, rows, outputs, classes), set, names,
                truth, predicted, confidence);
    }

    Confusion confusion() {
        return confusion;
    }

    /**
     * {set, rows, classes: [names], counts: [[K numbers] per true class], accuracy,
     * precision: [per class], recall: [per class], support: [rows truly of each class],
     * predicted: [rows predicted as each class]}; precision or recall is "NaN" where its
     * denominator is 0.
     */
    String json() {
        int k = confusion.classes();
        JsonWriter w = new JsonWriter().beginObject().field("set").string(set)
                .field("rows").number(confusion.rows()).field("classes").strings(names)
                .field("counts").beginArray();
        for (int t = 0; t < k; t++) {
            int[] row = new int[k];
            for (int p = 0; p < k; p++) {
                row[p] = confusion.count(t, p);
            }
            w.numbers(row);
        }
        w.endArray().field("accuracy").number(confusion.accuracy());
        double[] precision = new double[k];
        double[] recall = new double[k];
        int[] support = new int[k];
        int[] predictedAs = new int[k];
        for (int c = 0; c < k; c++) {
            precision[c] = confusion.precision(c);
            recall[c] = confusion.recall(c);
            support[c] = confusion.support(c);
            predictedAs[c] = confusion.predictedAs(c);
        }
        return w.field("precision").numbers(precision).field("recall").numbers(recall)
                .field("support").numbers(support).field("predicted").numbers(predictedAs)
                .endObject().toString();
    }

    /**
     * The gallery: {set, rows, mistakes, shown: [{row, label, predicted, probability}]}, at
     * most {@code limit} rows: the mistakes first, then the rest, each in row order; row
     * indexes the scored set, probability is the network's for its predicted class.
     */
    String gallery(int limit) {
        int rows = truth.length;
        int[] order = new int[rows];
        int n = 0;
        int mistakes = 0;
        for (int r = 0; r < rows; r++) {
            if (predicted[r] != truth[r]) {
                order[n++] = r;
                mistakes++;
            }
        }
        for (int r = 0; r < rows; r++) {
            if (predicted[r] == truth[r]) {
                order[n++] = r;
            }
        }
        JsonWriter w = new JsonWriter().beginObject().field("set").string(set)
                .field("rows").number(rows).field("mistakes").number(mistakes)
                .field("shown").beginArray();
        for (int i = 0; i < Math.min(limit, rows); i++) {
            int r = order[i];
            w.beginObject().field("row").number(r).field("label").number(truth[r])
                    .field("predicted").number(predicted[r])
                    .field("probability").number(confidence[r]).endObject();
        }
        return w.endArray().endObject().toString();
    }
}
