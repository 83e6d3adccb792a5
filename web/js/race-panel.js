/*
 * The optimizer race panel (index.html #race): 2-4 racers, each the playground's network,
 * data and seed with its own optimizer and learning rate, trained in lockstep by the engine
 * (scratchnet.app.Race). Each animation frame it advances every racer by the same number of
 * steps, timing each racer's call and reporting the time back; every ~100 ms it asks for the
 * racers' boundaries and standings and paints the small views, the overlaid loss chart with
 * its legend and the winner table. Racers are told apart by colour, dash pattern and marker
 * shape. Every number is the engine's; this file holds no training state.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.RacePanel = (function () {
    /** How racer k is drawn: colour, dash pattern and marker, so no racer is told by colour alone. */
    var STYLES = [
        { colour: "#1d4ed8", dash: [], marker: "circle" },
        { colour: "#c2410c", dash: [7, 3], marker: "square" },
        { colour: "#047857", dash: [2, 3], marker: "triangle" },
        { colour: "#7c3aed", dash: [9, 3, 2, 3], marker: "diamond" }
    ];
    var TARGET_STYLE = { colour: "#6b7280", dash: [3, 4] };
    var REPAINT_MS = 100;
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
        this.filledRate = null;
        this.chart = new ScratchNet.LineChart(root.querySelector(".race-chart"));
        var self = this;
        root.querySelector(".race-setup").addEventListener("submit", function (e) {
            e.preventDefault();
            self.start(self.request());
        });
        root.querySelector(".race-pause").addEventListener("click", function () { self.toggle(); });
        root.querySelector(".race-close").addEventListener("click", function () { self.close(); });
        root.querySelector(".race-log").addEventListener("change", function () { self.paint(); });
        window.addEventListener("resize", function () { if (self.race) { self.paint(); } });
    }

    RacePanel.STYLES = STYLES;

    /** Opens the panel (filling the racers from the playground's rate the first time) and scrolls to it. */
    RacePanel.prototype.open = function () {
        this.root.hidden = false;
        this.fill(this.engine.raceState().limits);
        this.root.scrollIntoView({ block: "start" });
        this.root.querySelector(".race-start").focus({ preventScroll: true });
        if (this.race) {
            this.paint();
        }
    };

    RacePanel.prototype.close = function () {
        this.root.hidden = true;
        document.getElementById("race-open").focus();
    };

    /** The racer slots, from the engine's limits and defaults (the playground's current rate). */
    RacePanel.prototype.fill = function (limits) {
        this.limits = limits;
        var slots = this.root.querySelector(".race-slots");
        var rate = limits.defaults[0].learningRate;
        if (slots.children.length && (this.filledRate === rate || this.running)) {
            return;
        }
        this.filledRate = rate;
        slots.textContent = "";
        limits.defaults.slice(0, limits.maxRacers).forEach(function (d, k) {
            var set = document.createElement("fieldset");
            set.className = "race-slot";
            var legend = document.createElement("legend");
            legend.appendChild(swatch(k));
            legend.appendChild(document.createTextNode(" Racer " + (k + 1)));
            set.appendChild(legend);
            var on = document.createElement("label");
            on.className = "check";
            var box = document.createElement("input");
            box.type = "checkbox";
            box.className = "race-on";
            box.checked = d.on;
            on.appendChild(box);
            on.appendChild(document.createTextNode(" in the race"));
            var opt = document.createElement("label");
            opt.textContent = "Optimizer ";
            var select = document.createElement("select");
            select.className = "race-opt";
            limits.defaults.forEach(function (o) {
                var option = document.createElement("option");
                option.value = o.optimizer;
                option.textContent = o.label;
                select.appendChild(option);
            });
            select.value = d.optimizer;
            opt.appendChild(select);
            var lr = document.createElement("label");
            lr.textContent = "Learning rate ";
            var input = document.createElement("input");
            input.type = "text";
            input.className = "race-lr";
            input.setAttribute("inputmode", "decimal");
            input.setAttribute("autocomplete", "off");
            input.value = String(d.learningRate);
            lr.appendChild(input);
            set.appendChild(on);
            set.appendChild(opt);
            set.appendChild(lr);
            slots.appendChild(set);
        });
        var steps = this.root.querySelector(".race-steps");
        if (!steps.value) {
            steps.value = String(limits.defaultSteps);
        }
        this.root.querySelector(".race-target-note").textContent = "empty: "
            + limits.targetShare * 100 + " % of the starting loss";
    };

    /** What the form asks for: {racers: [{optimizer, learningRate}], steps, target}. */
    RacePanel.prototype.request = function () {
        var racers = [];
        this.root.querySelectorAll(".race-slot").forEach(function (set) {
            if (set.querySelector(".race-on").checked) {
                racers.push({ optimizer: set.querySelector(".race-opt").value,
                    learningRate: number(set.querySelector(".race-lr").value) });
            }
        });
        var out = { racers: racers, steps: number(this.root.querySelector(".race-steps").value) };
        var target = this.root.querySelector(".race-target").value.trim();
        if (target) {
            out.target = number(target);
        }
        return out;
    };

    /** A typed number as a number, or the text itself, so the engine can say what is wrong. */
    function number(text) {
        var t = String(text).trim();
        return t !== "" && isFinite(Number(t)) ? Number(t) : t;
    }

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
        this.key = this.engine.heatmapKey();
        this.points = this.engine.racePoints();
        this.views(out.race.race);
        this.race = out.race.race;
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

    /** One frame: every racer advances by the same number of steps, each call timed. */
    RacePanel.prototype.frame = function (now) {
        var n = this.limits.stepsPerFrame;
        for (var r = 0; r < this.race.racers.length; r++) {
            var t0 = performance.now();
            this.engine.raceAdvance(r, n);
            this.engine.raceAddTime(r, performance.now() - t0);
        }
        if (now - this.paintedAt >= REPAINT_MS) {
            this.refresh();
            this.paintedAt = now;
            if (this.race.finished) {
                this.running = false;
            }
        }
    };

    RacePanel.prototype.refresh = function () {
        this.engine.raceRefresh();
        this.race = this.engine.raceState().race;
        this.paint();
    };

    RacePanel.prototype.showButtons = function () {
        var pause = this.root.querySelector(".race-pause");
        pause.disabled = !this.race || this.race.finished;
        pause.textContent = this.running || !this.race || this.race.finished ? "Pause" : "Resume";
        pause.setAttribute("aria-pressed", String(!this.running && !!this.race && !this.race.finished));
    };

    /** One small boundary view per racer. */
    RacePanel.prototype.views = function (race) {
        var box = this.root.querySelector(".race-views");
        box.textContent = "";
        race.racers.forEach(function (x, k) {
            var figure = document.createElement("figure");
            figure.className = "race-view";
            var canvas = document.createElement("canvas");
            canvas.setAttribute("role", "img");
            var caption = document.createElement("figcaption");
            figure.appendChild(canvas);
            figure.appendChild(caption);
            box.appendChild(figure);
        });
    };

    RacePanel.prototype.paint = function () {
        var race = this.race;
        if (!race || this.root.hidden) {
            return;
        }
        var self = this;
        var figures = this.root.querySelectorAll(".race-view");
        race.racers.forEach(function (x, k) {
            var name = name_(x);
            var canvas = figures[k].querySelector("canvas");
            paintView(canvas, self.engine.racePixels(k), race.resolution, self.points, self.key);
            canvas.setAttribute("aria-label", "Racer " + (k + 1) + ", " + name
                + ": the output over the input plane after " + x.step + " steps");
            var caption = figures[k].querySelector("figcaption");
            caption.textContent = "";
            caption.appendChild(swatch(k));
            caption.appendChild(document.createTextNode(" " + name + " · step " + x.step));
        });
        this.paintChart(race);
        ScratchNet.RaceTable.paint(this.root.querySelector(".race-table"), race, swatch);
        this.root.querySelector(".race-status").textContent = "Step " + race.step + " of "
            + race.steps + (race.finished ? " (finished)" : "") + ". Training loss (" + race.loss
            + ") is the mean over all " + race.trainRows + " training rows, measured after every step; target "
            + fmt(race.target) + " (the starting loss is " + fmt(race.startLoss) + ").";
        this.showButtons();
    };

    RacePanel.prototype.paintChart = function (race) {
        var self = this;
        var series = race.racers.map(function (x, k) {
            var flat = self.engine.raceLosses(k);
            var points = [];
            for (var i = 0; i < flat.length; i += 2) {
                points.push([flat[i], flat[i + 1]]);
            }
            var every = Math.max(1, Math.floor(points.length / 6));
            return { points: points, colour: STYLES[k].colour, dash: STYLES[k].dash,
                marker: STYLES[k].marker, markEvery: every,
                markFrom: Math.floor(every * (k + 1) / (race.racers.length + 1)) };
        });
        series.push({ points: [[0, race.target], [Math.max(1, race.step), race.target]],
            colour: TARGET_STYLE.colour, dash: TARGET_STYLE.dash });
        var canvas = this.root.querySelector(".race-chart");
        this.chart.paint({ series: series, yLog: this.root.querySelector(".race-log").checked,
            xTitle: "steps" });
        canvas.dataset.curves = String(race.racers.length);
        canvas.setAttribute("aria-label", "Training loss against steps, one line per racer: "
            + race.racers.map(function (x) {
                return name_(x) + " " + (x.divergedAt === null ? fmt(x.trainLoss) : "diverged");
            }).join(", ") + " at step " + race.step + "; target " + fmt(race.target) + ".");
        var legend = this.root.querySelector(".race-legend");
        legend.textContent = "";
        race.racers.forEach(function (x, k) {
            var item = document.createElement("li");
            item.appendChild(swatch(k));
            item.appendChild(document.createTextNode(" " + name_(x)));
            legend.appendChild(item);
        });
        var target = document.createElement("li");
        target.appendChild(swatch(-1));
        target.appendChild(document.createTextNode(" target " + fmt(race.target)));
        legend.appendChild(target);
    };

    function name_(x) {
        return x.label + ", lr " + x.learningRate;
    }

    /** A racer's line sample: its colour, dash and marker (k = -1: the target line). */
    function swatch(k) {
        var canvas = document.createElement("canvas");
        canvas.className = "race-swatch";
        canvas.setAttribute("aria-hidden", "true");
        canvas.width = 72;
        canvas.height = 28;
        var ctx = canvas.getContext("2d");
        ctx.scale(2, 2);
        var s = k < 0 ? TARGET_STYLE : STYLES[k];
        ctx.strokeStyle = s.colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(s.dash);
        ctx.beginPath();
        ctx.moveTo(1, 7);
        ctx.lineTo(35, 7);
        ctx.stroke();
        if (s.marker) {
            ctx.setLineDash([]);
            ScratchNet.Markers.draw(ctx, s.marker, 18, 7, 3.6, s.colour, false);
        }
        return canvas;
    }

    /** A racer's boundary (res² packed RGBA) with the data points in their class's shape. */
    function paintView(canvas, pixels, res, points, key) {
        var cells = document.createElement("canvas");
        cells.width = res;
        cells.height = res;
        var cctx = cells.getContext("2d");
        var image = cctx.createImageData(res, res);
        new Uint32Array(image.data.buffer).set(pixels);
        cctx.putImageData(image, 0, 0);
        var c = ScratchNet.Canvas.begin(canvas);
        c.ctx.imageSmoothingEnabled = true;
        c.ctx.drawImage(cells, 0, 0, c.w, c.h);
        var classes = key && key.classes ? key.classes : [];
        var stride = ScratchNet.Heatmap.STRIDE;
        for (var i = 0; i < points.length; i += stride) {
            if (points[i + 3] === 1) {
                continue; // training points only, as the racers see them
            }
            var cls = classes[points[i + 4]];
            ScratchNet.Markers.draw(c.ctx, cls ? cls.shape : "circle", points[i] * c.w,
                (1 - points[i + 1]) * c.h, 2.2, ScratchNet.Canvas.colour(points[i + 2]), false);
        }
        c.ctx.strokeStyle = "#9ca3af";
        c.ctx.strokeRect(0.5, 0.5, c.w - 1, c.h - 1);
    }

    return RacePanel;
})();
