package scratchnet.app;

import scratchnet.format.HashCodec;
import scratchnet.format.JsonWriter;
import scratchnet.train.ParameterTrace;

/**
 * The JSON of the rewind scrubber and the optimizer-internals chart, by name like
 * {@link Protocol}; {@code RewindProtocolTest} pins the field names. Parameters are named as
 * {@link LearnProtocol} names them: W1[i,j] is the first layer's weight from unit i of the
 * inputs to unit j (zero-based), b1[j] its bias of unit j.
 */
public final class RewindProtocol {
    private RewindProtocol() {
    }

    /**
     * {step, checkpoints, scrubbing, replayFrom, ghost}: the step the run stands at, the
     * steps of the checkpoints a rewind can land on (oldest first), whether the run stands at
     * a checkpoint it was rewound to with no step since (then it can still be scrubbed forward
     * over the run it left), the step the latest rewind landed on (-1: none since the run
     * started) and whether a curve from before a rewind is kept to compare with.
     */
    public static String timeline(Session s) {
        long[] marks = s.checkpoints();
        double[] steps = new double[marks.length];
        for (int i = 0; i < marks.length; i++) {
            steps[i] = marks[i];
        }
        return new JsonWriter().beginObject().field("step").number(s.steps())
                .field("checkpoints").numbers(steps).field("scrubbing").bool(s.scrubbing())
                .field("replayFrom").number(s.replayFrom())
                .field("ghost").bool(s.ghostHistory().length > 0).endObject().toString();
    }

    /**
     * The watched parameter's optimizer internals: {layer, from (−1: the bias), to, name,
     * optimizer, columns, series: {column name: [values, oldest first]}}, the columns being
     * step (the training step), value (the parameter after the update), gradient (the one the
     * optimizer saw, after clipping), lr, then the optimizer's own (momentum: velocity; Adam:
     * m, v, mHat, vHat; RMSprop: meanSquare) and last "update", the step Δθ it applied, as
     * {@link ParameterTrace} records them.
     */
    public static String internals(Session s) {
        int[] w = s.watched();
        ParameterTrace t = s.trace();
        String[] columns = t.columns();
        JsonWriter out = new JsonWriter().beginObject().field("layer").number(w[0])
                .field("from").number(w[1]).field("to").number(w[2])
                .field("name").string(name(w)).field("optimizer").string(HashCodec.name(s.settings().trainSpec().optimizer()))
                .field("columns").strings(columns).field("series").beginObject();
        for (int c = 0; c < columns.length; c++) {
            out.field(columns[c]).numbers(t.column(c));
        }
        return out.endObject().endObject().toString();
    }

    /** W1[i, j] or b1[j] (layers counted from 1, units from 0, as in Learn mode). */
    static String name(int[] w) {
        return w[1] < 0 ? "b" + (w[0] + 1) + "[" + w[2] + "]"
                : "W" + (w[0] + 1) + "[" + w[1] + "," + w[2] + "]";
    }
}
