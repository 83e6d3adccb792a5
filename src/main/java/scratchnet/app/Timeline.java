package scratchnet.app;

import java.util.ArrayList;
import java.util.List;
import scratchnet.train.Series;
import scratchnet.train.Trainer;

/**
 * Checkpoints of the playground's run for rewinding, in bounded memory: one every
 * {@code interval} steps from step 0 on, at most {@value #CAPACITY}; when full, every other one
 * is dropped (step 0 stays) and the interval doubles, so the marks always span the whole run
 * evenly. Each mark holds the trainer's whole state and the loss chart as it was, so a run
 * restored from it continues bit for bit as it did the first time.
 */
final class Timeline {
    /** Most checkpoints kept. */
    static final int CAPACITY = 32;
    /** Steps between checkpoints at the start of a run. */
    static final int FIRST_INTERVAL = 50;

    /** A checkpoint and the loss chart at that step. */
    record Mark(long step, Trainer.Checkpoint checkpoint, Series history) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private int interval = FIRST_INTERVAL;
    private int untilNext;

    /** Forgets every mark and marks the trainer's current state (step 0 of a run). */
    void reset(Trainer trainer, Series history) {
        marks.clear();
        interval = FIRST_INTERVAL;
        mark(trainer, history);
    }

    /** Called after every step: marks the state when the interval has passed. */
    void afterStep(Trainer trainer, Series history) {
        if (--untilNext > 0) {
            return;
        }
        mark(trainer, history);
        if (marks.size() > CAPACITY) {
            long keep = 2L * interval;
            marks.removeIf(m -> m.step() % keep != 0);
            interval *= 2;
            // the next mark falls on the new, wider grid
            untilNext = interval - (int) (trainer.stepsTaken() % interval);
        }
    }

    /**
     * Marks the trainer's current state if it is past the newest mark (before a rewind, so
     * the run can be scrubbed forward again to where it was); off the regular grid, it goes
     * at the next thinning.
     */
    void markNow(Trainer trainer, Series history) {
        if (marks.get(marks.size() - 1).step() < trainer.stepsTaken()) {
            int due = untilNext;
            marks.add(new Mark(trainer.stepsTaken(), trainer.checkpoint(), history.copy()));
            untilNext = due;
        }
    }

    private void mark(Trainer trainer, Series history) {
        marks.add(new Mark(trainer.stepsTaken(), trainer.checkpoint(), history.copy()));
        untilNext = interval;
    }

    /** The latest mark at or before {@code step} (the first mark if none is). */
    Mark at(long step) {
        Mark found = marks.get(0);
        for (Mark m : marks) {
            if (m.step() <= step) {
                found = m;
            }
        }
        return found;
    }

    /**
     * Drops the marks after {@code m}, which becomes the newest: the run goes on from there
     * and marks again {@code interval} steps on.
     */
    void truncateAfter(Mark m) {
        marks.removeIf(other -> other.step() > m.step());
        untilNext = interval - (int) (m.step() % interval);
    }

    /** Steps of the marks, oldest first. */
    long[] steps() {
        long[] out = new long[marks.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = marks.get(i).step();
        }
        return out;
    }
}
