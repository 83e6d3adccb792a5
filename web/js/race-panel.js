/*
 * The optimizer race panel (index.html #race): 2-4 racers, each the playground's network,
 * data and seed with its own optimizer and learning rate, trained in lockstep by the engine
 * (scratchnet.app.Race). Each animation frame gives every racer the same share of a work
 * budget (up to the engine's steps per frame; on a large network a step, or the training
 * loss after it, goes on over several frames), timing each racer's call and reporting the
 * time back; every ~100 ms it refreshes the racers' test losses and boundaries (in slices
 * too) and paints the standings: the small views, the overlaid loss chart and its legend
 * (RaceViews) and the winner table (RaceTable); the racers are set up in RaceForm. Every
 * number is the engine's; this file holds no training state.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.RacePanel = (function () {
    /**
     * Least time between repaints; the time a frame's race work may take (a third of it for
     * the refresh while one is under way); the engine's work units per ms assumed before the
     * first measurement (the playground's guess); the least call time a rate is learnt from.
     */
    var REPAINT_MS = 100;
    var FRAME_MS = 8;
    /**
     * Time from the frame's start by which the race's work ends: the playground's own frame
     * work (its 2/λ estimate, say) may come first in the same frame and leave less.
     */
    var FRAME_END_MS = 12;
    var MIN_SHARE_MS = 1;
    var START_RATE = 5e5;
    var MIN_TIMED_MS = 0.5;
    var fmt = function (v) { return ScratchNet.Format.fixed(v, 4); };

    function RacePanel(root, page) {
        this.root = root;
        this.page = page;
        this.engine = page.engine;
        this.running = false;
        this.looping = false;
        this.paintedAt = -1e9;
        this.key = null;
        this.race = null;
        this.form = new ScratchNet.RaceForm(root);
        this.chart = new ScratchNet.LineChart(root.querySelector(".race-chart"));
        var self = this;
        root.querySelector(".race-setup").addEventListener("submit", function (e) {
            e.preventDefault();
            self.start(self.form.request());
        });
        root.querySelector(".race-pause").addEventListener("click", function () { self.toggle(); });
        root.querySelector(".race-close").addEventListener("click", function () { self.close(); });
        root.querySelector(".race-log").addEventListener("change", function () { self.repaint(); });
        window.addEventListener("resize", function () { self.repaint(); });
    }

    /** Opens the panel (filling the racers from the playground's rate the first time) and scrolls to it. */
    RacePanel.prototype.open = function () {
        this.root.hidden = false;
        this.limits = this.engine.raceState().limits;
        this.form.fill(this.limits, this.running);
        this.root.scrollIntoView({ block: "start" });
        this.root.querySelector(".race-start").focus({ preventScroll: true });
        this.repaint();
    };

    RacePanel.prototype.close = function () {
        this.root.hidden = true;
        document.getElementById("race-open").focus();
    };

    /**
     * Starts a race (configs: a list of {optimizer, learningRate}, or {racers, steps, target});
     * returns the engine's answer {error, race}. On an error the previous race stays.
     */
    RacePanel.prototype.start = function (configs) {
        var out = this.engine.raceStart(configs);
        var box = this.root.querySelector(".race-error");
        box.hidden = !out.error;
        box.textContent = out.error || "";
        if (out.error) {
            return out;
        }
        this.form.showRequest(out.race.race);
        this.key = this.engine.heatmapKey();
        this.points = this.engine.racePoints();
        ScratchNet.RaceViews.build(this.root.querySelector(".race-views"), out.race.race);
        this.race = out.race.race;
        this.rate = this.rate || START_RATE;
        this.cycling = false;
        this.ended = false;
        this.paintGap = 0;
        this.running = true;
        this.paint();
        this.loop();
        return out;
    };

    RacePanel.prototype.toggle = function () {
        if (!this.race || this.race.finished) {
            return;
        }
        this.running = !this.running;
        this.loop();
        this.showButtons();
    };

    RacePanel.prototype.loop = function () {
        this.showButtons();
        if (this.looping || !this.running) {
            return;
        }
        this.looping = true;
        var self = this;
        requestAnimationFrame(function frame(now) {
            try {
                self.frame(now);
            } catch (error) {
                self.running = false;
                self.root.querySelector(".race-error").hidden = false;
                self.root.querySelector(".race-error").textContent = "Something went wrong: " + error.message;
            }
            if (self.running) {
                requestAnimationFrame(frame);
            } else {
                self.looping = false;
                self.showButtons();
            }
        });
    };

    /**
     * One frame: when a repaint is due the racers' test losses and boundaries are refreshed
     * with a third of the frame's budget (over as many frames as that takes), and once they
     * are all new the standings are painted (a paint that costs more than a frame is spaced
     * out); then every racer gets the same share of what is left of the budget, at the
     * measured rate (up to limits.stepsPerFrame steps), each call timed. Once the race has
     * finished, one more refresh shows the final weights and the loop stops.
     */
    RacePanel.prototype.frame = function (now) {
        var begun = performance.now();
        if (this.cycling || now - this.paintedAt >= Math.max(REPAINT_MS, this.paintGap)) {
            var share = this.rate * Math.max(MIN_TIMED_MS, Math.min(FRAME_MS / 3,
                FRAME_END_MS - (begun - now)));
            var done = this.engine.raceRefresh(share);
            this.learn(done ? 0 : share, performance.now() - begun);
            this.cycling = !done;
            if (done) {
                var p0 = performance.now();
                this.race = this.engine.raceState().race;
                this.paint();
                this.paintGap = 4 * (performance.now() - p0);
                this.paintedAt = now;
                if (this.race.finished) {
                    // the next refresh begins after the last step: it shows the final weights
                    this.running = !this.ended;
                    this.ended = true;
                    this.paintedAt = -1e9;
                }
            }
        }
        // (At least MIN_SHARE_MS: beside the playground training at full speed the race
        // would otherwise get nothing.)
        var left = Math.min(FRAME_MS - (performance.now() - begun),
            Math.max(MIN_SHARE_MS, FRAME_END_MS - (performance.now() - now)));
        if (this.ended || left < MIN_TIMED_MS) {
            return;
        }
        var k = this.race.racers.length;
        var work = 0;
        var spent = 0;
        for (var r = 0; r < k; r++) {
            var t0 = performance.now();
            work += this.engine.raceAdvance(r, this.limits.stepsPerFrame, this.rate * left / k);
            var took = performance.now() - t0;
            spent += took;
            this.engine.raceAddTime(r, took);
        }
        this.learn(work, spent);
    };

    /** Learns the engine's work rate (units per ms) from a call that did `work` in `ms`. */
    RacePanel.prototype.learn = function (work, ms) {
        if (work > 0 && ms >= MIN_TIMED_MS) {
            this.rate = 0.7 * this.rate + 0.3 * work / ms;
        }
    };

    /** Paints the standings as they are now (the chart's curves are fetched live too). */
    RacePanel.prototype.repaint = function () {
        if (this.race && !this.root.hidden) {
            this.race = this.engine.raceState().race;
            this.paint();
        }
    };

    RacePanel.prototype.showButtons = function () {
        var pause = this.root.querySelector(".race-pause");
        pause.disabled = !this.race || this.race.finished;
        pause.textContent = this.running || !this.race || this.race.finished ? "Pause" : "Resume";
        pause.setAttribute("aria-pressed", String(!this.running && !!this.race && !this.race.finished));
    };

    /** Paints the latest standings: boundaries, chart and legend, table, status line. */
    RacePanel.prototype.paint = function () {
        var race = this.race;
        if (!race || this.root.hidden) {
            return;
        }
        var root = this.root;
        if (!race.started) {
            root.querySelector(".race-status").textContent = "Measuring the starting loss over all "
                + race.trainRows + " training rows…";
            this.showButtons();
            return;
        }
        var views = ScratchNet.RaceViews;
        views.paintBoundaries(root.querySelector(".race-views"), race, this.engine, this.points, this.key);
        views.paintChart(this.chart, root.querySelector(".race-chart"), root.querySelector(".race-legend"),
            race, this.engine, root.querySelector(".race-log").checked);
        ScratchNet.RaceTable.paint(root.querySelector(".race-table"), race, views.swatch);
        this.root.querySelector(".race-status").textContent = "Step " + race.step + " of "
            + race.steps + (race.finished ? " (finished)" : "") + ". Training loss (" + race.loss
            + ") is the mean over all " + race.trainRows + " training rows, measured after every step; target "
            + fmt(race.target) + " (the starting loss is " + fmt(race.startLoss) + ").";
        this.showButtons();
    };

    return RacePanel;
})();
