package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.Standardizer;
import scratchnet.data.Task;
import scratchnet.format.JsonWriter;
import scratchnet.view.Palette;

/**
 * What the output heatmap's axes and colours mean, as the JSON the page draws its ticks, colour
 * bar and class legend from: {x, y, scale, classes, outputs}.
 *
 * <ul>
 * <li>x, y: {name, unit, min, max}: the input plane's range ([−6, 6] for 2-D data; for the
 * delivery table the chosen feature's training range in its real unit).
 * <li>scale: {kind ("diverging" or "classes"), title, unit, min, max, colours}: the colour
 * bar, colours as CSS "#rrggbb" evenly spaced from min to max on the heatmap's pale scale
 * (for "classes" one per class, min and max unused). Values beyond the ends take the end
 * colour. Binary: the probability of class 1; regression: the prediction in the target's unit
 * (delivery: minutes, the mean ± 2 standard deviations of the training targets).
 * <li>classes: [{name, colour, shape}], the points' class colours and marker shapes (one of
 * {@link #SHAPES}; empty for regression, whose points are all circles).
 * <li>outputs: the name of each output node, top to bottom.
 * </ul>
 */
final class HeatmapKey {
    /** Colour stops of a diverging colour bar. */
    static final int STOPS = 9;
    /**
     * Marker shape of class k (k modulo their number): classes differ by shape as well as
     * colour. Regression points are circles.
     */
    static final String[] SHAPES = {"circle", "square", "triangle", "diamond", "plus"};

    private HeatmapKey() {
    }

    static String json(Problem problem, Settings settings) {
        Dataset raw = problem.raw.train();
        JsonWriter w = new JsonWriter().beginObject();
        if (problem.features != null) {
            axis(w.field("x"), "x1", "", -Problem.EXTENT, Problem.EXTENT);
            axis(w.field("y"), "x2", "", -Problem.EXTENT, Problem.EXTENT);
        } else {
            int hx = settings.view().heatX();
            int hy = settings.view().heatY();
            boolean user = settings.data().userData();
            deliveryAxis(w.field("x"), problem, raw, hx, user);
            deliveryAxis(w.field("y"), problem, raw, hy, user);
        }
        int classes = raw.task() == Task.REGRESSION ? 0 : Math.max(2, raw.classes());
        w.field("scale").beginObject();
        if (classes > 2) {
            String[] colours = new String[classes];
            for (int k = 0; k < classes; k++) {
                colours[k] = Palette.css(Palette.pale(Palette.classColor(k, 1, classes)));
            }
            w.field("kind").string("classes").field("title").string("most likely class")
                    .field("unit").string("").field("min").number(0)
                    .field("max").number(classes - 1).field("colours").strings(colours);
        } else {
            double min = -1;
            double max = 1;
            String title = "predicted " + raw.targetName();
            String unit = "";
            if (classes == 2) {
                min = 0;
                title = "probability of class 1";
            } else if (problem.features == null) {
                Standardizer s = problem.scaler;
                double center = problem.outputCenter();
                double half = problem.outputHalfRange();
                min = s.inverseTarget(center - half);
                max = s.inverseTarget(center + half);
                title = settings.data().userData() ? "predicted " + raw.targetName()
                        : "predicted delivery time";
                unit = settings.data().userData() ? "" : Delivery.TARGET_UNIT;
            }
            String[] colours = new String[STOPS];
            for (int k = 0; k < STOPS; k++) {
                double t = -1 + 2.0 * k / (STOPS - 1);
                colours[k] = Palette.css(Palette.pale(Palette.diverging(t)));
            }
            w.field("kind").string("diverging").field("title").string(title)
                    .field("unit").string(unit).field("min").number(min)
                    .field("max").number(max).field("colours").strings(colours);
        }
        w.endObject();
        w.field("classes").beginArray();
        for (int k = 0; k < classes; k++) {
            int colour = classes == 2 ? Palette.diverging(k == 1 ? 1 : -1)
                    : Palette.classColor(k, 1, classes);
            w.beginObject().field("name").string(className(k)).field("colour")
                    .string(Palette.css(colour)).field("shape")
                    .string(SHAPES[k % SHAPES.length]).endObject();
        }
        w.endArray();
        String[] outputs;
        if (classes > 2) {
            outputs = new String[classes];
            for (int k = 0; k < classes; k++) {
                outputs[k] = className(k);
            }
        } else if (classes == 2) {
            outputs = new String[] {"P(class 1)"};
        } else {
            outputs = new String[] {problem.features == null && !settings.data().userData()
                    ? "minutes" : raw.targetName()};
        }
        w.field("outputs").strings(outputs);
        return w.endObject().toString();
    }

    /** The name of class {@code k} as the page shows it. */
    static String className(int k) {
        return "class " + k;
    }

    private static void axis(JsonWriter w, String name, String unit, double min, double max) {
        w.beginObject().field("name").string(name).field("unit").string(unit)
                .field("min").number(min).field("max").number(max).endObject();
    }

    private static void deliveryAxis(JsonWriter w, Problem problem, Dataset raw, int c,
            boolean user) {
        double mean = problem.scaler.mean()[c];
        double std = problem.scaler.std()[c];
        axis(w, raw.featureName(c), user ? "" : Delivery.unit(c), mean + std * problem.lo[c],
                mean + std * problem.hi[c]);
    }
}
