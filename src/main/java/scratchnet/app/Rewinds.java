package scratchnet.app;

import scratchnet.train.Series;
import scratchnet.train.Trainer;

/**
 * The rewind side of the playground's run: its checkpoints ({@link Timeline}), the checkpoint
 * it was rewound to while no step has been taken since (scrubbing), the step the latest replay
 * started from, and the loss chart of the run before the latest rewind (the ghost), kept so a
 * replay with changed settings can be compared with it.
 */
final class Rewinds {
    /** Checkpoints to rewind to. */
    private final Timeline timeline = new Timeline();
    /** The loss chart of the run before the latest rewind (empty before one). */
    private Series ghost = new Series(3, Session.HISTORY_BUDGET);
    /** The checkpoint rewound to while no step has been taken since (null otherwise). */
    private Timeline.Mark rewound;
    /** The step the latest rewind landed on, where the replay started (-1: none this run). */
    private long replayFrom = -1;

    /** A new run: no ghost, no rewind, and one checkpoint of the trainer as it stands. */
    void start(Trainer trainer, Series history) {
        ghost = new Series(3, Session.HISTORY_BUDGET);
        rewound = null;
        replayFrom = -1;
        timeline.reset(trainer, history);
    }

    /** Before a step: at a rewind the replay starts there, and the checkpoints after it go. */
    void beforeStep() {
        if (rewound != null) {
            timeline.truncateAfter(rewound);
            rewound = null;
        }
    }

    /** After every applied step: a checkpoint when its interval has passed. */
    void afterStep(Trainer trainer, Series history) {
        timeline.afterStep(trainer, history);
    }

    /**
     * The latest checkpoint at or before {@code step}, which the run now stands at; the first
     * rewind since a step keeps the chart as the ghost and marks the state it leaves.
     */
    Timeline.Mark land(long step, Trainer trainer, Series history) {
        if (rewound == null) {
            ghost = history.copy();
            timeline.markNow(trainer, history);
        }
        Timeline.Mark m = timeline.at(step);
        rewound = m;
        replayFrom = m.step();
        return m;
    }

    /** Whether the run stands at a checkpoint it was rewound to, no step taken since. */
    boolean scrubbing() {
        return rewound != null;
    }

    /** The step the latest rewind of this run landed on (-1 if none). */
    long replayFrom() {
        return replayFrom;
    }

    /** Steps of the checkpoints a rewind can land on, oldest first. */
    long[] checkpoints() {
        return timeline.steps();
    }

    /** The loss chart before the latest rewind, as (step, train, test) triples; empty if none. */
    double[] ghostHistory() {
        return ghost.toArray();
    }
}
