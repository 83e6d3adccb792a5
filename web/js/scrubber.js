/*
 * The timeline scrubber under the loss chart: a range input over the run's checkpoints
 * (engine timeline(): at most 32, spread evenly over the run). Dragging it, tapping it or the
 * arrow keys on it rewind the whole page (boundary, diagram, charts, counters) to that
 * checkpoint; until a step is taken the run can be scrubbed back and forth, then Play replays
 * from there with whatever settings the page shows, from the same state and seed, and the
 * loss chart keeps the run left behind dashed beside the new one.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Scrubber = (function () {
    /**
     * @param input the range input
     * @param text the line that says where the run stands
     * @param legend the loss chart's "before rewind" legend items (shown with a ghost)
     * @param actions {pause, rewind(step)}: what moving the scrubber does
     */
    function Scrubber(input, text, legend, actions) {
        this.input = input;
        this.text = text;
        this.legend = legend;
        this.checkpoints = [0];
        var self = this;
        input.addEventListener("input", function () {
            var step = self.checkpoints[Number(input.value)];
            if (step !== undefined) {
                actions.pause();
                actions.rewind(step);
            }
        });
    }

    /** Index of the latest checkpoint at or before step. */
    function indexAt(checkpoints, step) {
        var at = 0;
        checkpoints.forEach(function (c, i) {
            if (c <= step) {
                at = i;
            }
        });
        return at;
    }

    /** Follows the engine's timeline ({step, checkpoints, scrubbing, replayFrom, ghost}). */
    Scrubber.prototype.show = function (timeline) {
        var marks = this.checkpoints = timeline.checkpoints;
        var at = indexAt(marks, timeline.step);
        var max = String(Math.max(0, marks.length - 1));
        if (this.input.max !== max) {
            this.input.max = max;
        }
        if (document.activeElement !== this.input || this.input.value !== String(at)) {
            this.input.value = String(at);
        }
        var where = "step " + marks[at] + ", checkpoint " + (at + 1) + " of " + marks.length;
        this.input.setAttribute("aria-valuetext", where);
        this.input.disabled = marks.length < 2;
        var line;
        if (timeline.scrubbing) {
            line = "Rewound to step " + timeline.step + " (checkpoint " + (at + 1) + " of "
                + marks.length + "). Change a setting (rate, activation…) and press Play to "
                + "replay from here; the run left behind stays dashed on the chart.";
        } else if (marks.length < 2) {
            line = "Train a little: checkpoints (▲ on the chart) appear as the run goes, and this "
                + "slider rewinds to them.";
        } else {
            line = marks.length + " checkpoints (▲ on the chart), the latest at step "
                + marks[marks.length - 1] + "; drag back to rewind the whole page"
                + (timeline.replayFrom >= 0 ? ". Replaying since step " + timeline.replayFrom : "")
                + ".";
        }
        if (this.text.textContent !== line) {
            this.text.textContent = line;
        }
        this.legend.hidden = !timeline.ghost;
    };

    return Scrubber;
})();
