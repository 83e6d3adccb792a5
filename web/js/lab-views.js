/*
 * What each lab shows on each side (before | after, or one column per gd variant): the key
 * numbers as text, the diagram and the charts the engine's catalog lists for the lab. build()
 * makes the DOM from the template; paint() fetches the engine's figures and series for one
 * side and draws them; pauseMessage() names the first non-finite value of any side.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabViews = (function () {
    var COLOURS = ScratchNet.LineChart.COLOURS;
    var short = ScratchNet.Format.short;
    function pct(v) { return isFinite(v) ? (v * 100).toFixed(0) + " %" : "–"; }
    function num(v) { return isFinite(v) ? short(v) : String(v); }
    function perLayer(values, fmt) {
        return values.map(function (v, l) { return (l + 1) + ": " + fmt(v); }).join(", ");
    }

    /** The widget that draws each of the engine's chart kinds (a line chart unless named). */
    var WIDGETS = { "grad-norm-bars": ScratchNet.BarChart, "z-histogram": ScratchNet.Histogram };

    /** "dead of units" per hidden layer, counted from the engine's per-unit states. */
    function deadCounts(sizes, units) {
        var at = 0;
        return sizes.slice(1, -1).map(function (n, l) {
            var dead = 0, off = 0;
            for (var j = 0; j < n; j++, at++) {
                dead += units[at] === 1 ? 1 : 0;
                off += units[at] === 2 ? 1 : 0;
            }
            return (l + 1) + ": " + (dead + off) + " of " + n + (off > 0 ? " off" : "");
        }).join(", ");
    }

    /** [label, text] pairs for a side's readout. */
    function numbers(lab, f, last, sizes, units) {
        var out = [["Epoch", f.epoch + " / " + f.epochs], ["Step", String(f.step)],
            ["Training loss", num(f.trainLoss)]];
        if (lab.id === "dying-relu") {
            out.push(["Most dead layer", pct(f.maxDead) + " (layer " + (f.maxDeadLayer + 1) + ")"]);
            out.push(["Dead (or off) share per layer", perLayer(last.dead, pct)]);
            out.push(["Dead units per layer", deadCounts(sizes, units)]);
        } else if (lab.id === "nan-explosion") {
            out.push(["Loss before training", num(f.startLoss)]);
            out.push(["Latest batch loss", f.step === 0 ? "–" : num(f.batchLoss)]);
            out.push(["Status", f.nonFinite ? "paused: non-finite value" : f.finished ? "finished"
                : f.step === 0 ? "not started" : "training"]);
        } else if (lab.id === "vanishing-gradients") {
            out.push(["Gradient ratio last / first layer", "×" + num(f.gradRatio)]);
            out.push(["Gradient norm per layer", perLayer(last.grad, num)]);
        } else if (lab.id === "overfitting") {
            out.push(["Test loss", num(f.testLoss)]);
            out.push(["Best epoch (test)", String(f.bestEpoch) + (f.stopped ? ", restored" : "")]);
            out.push(["Test loss of the model now", num(f.endTestLoss)]);
        } else if (lab.id === "tiny-learning-rate") {
            out.push(["Learning rate", num(f.learningRate)]);
            out.push(["End / start loss", num(f.trainLoss / f.startLoss)]);
        } else {
            out.push(["Wall time", f.wallMs.toFixed(1) + " ms"]);
            out.push(["Steps per epoch", String(f.stepsPerEpoch)]);
        }
        if (f.unit) {
            out.push(["Test MAE", isFinite(f.testMae) ? short(f.testMae) + " " + f.unit : "none (not finite)"]);
            out.push(["Test MAE of predicting the mean", short(f.baselineMae) + " " + f.unit]);
        }
        return out;
    }

    /** The label of the fix (or gd variant) called `id` in the catalog entry `lab`. */
    function fixLabel(lab, id) {
        var fix = lab.fixes.filter(function (f) { return f.id === id; })[0];
        return fix ? fix.label : id;
    }

    /** Makes one side per run name from the template; `lab` is the catalog entry. */
    function build(container, lab, names) {
        container.textContent = "";
        container.className = "compare runs-" + names.length;
        var template = document.getElementById("side-template");
        return names.map(function (name, r) {
            var side = template.content.firstElementChild.cloneNode(true);
            side.querySelector(".side-title").textContent = !lab.fixable ? fixLabel(lab, name)
                : r === 0 ? "Before: the preset" : "After: " + fixLabel(lab, name);
            var canvas = side.querySelector(".lab-diagram");
            canvas.setAttribute("aria-label", "Network diagram of the " + (r === 0 ? "before" : "after")
                + " run; dead units greyed and crossed out");
            var charts = {};
            lab.charts.forEach(function (spec) {
                var h = document.createElement("h3");
                h.textContent = spec.title;
                var c = document.createElement("canvas");
                c.className = "lab-chart";
        c.setAttribute("role", "img");
                c.setAttribute("aria-label", spec.title + "; the figures are listed above as text");
                side.querySelector(".side-charts").append(h, c);
                charts[spec.id] = new (WIDGETS[spec.id] || ScratchNet.LineChart)(c);
            });
            container.appendChild(side);
            return { el: side, dl: side.querySelector(".side-numbers"),
                diagram: new ScratchNet.LabDiagram(canvas), charts: charts };
        });
    }

    function showNumbers(dl, pairs) {
        var text = JSON.stringify(pairs);
        if (dl.dataset.text === text) {
            return;
        }
        dl.dataset.text = text;
        dl.textContent = "";
        pairs.forEach(function (p) {
            var div = document.createElement("div");
            var dt = document.createElement("dt");
            var dd = document.createElement("dd");
            dt.textContent = p[0];
            dd.textContent = p[1];
            div.append(dt, dd);
            dl.appendChild(div);
        });
    }

    function series(rows, x, y) {
        return rows.map(function (row) { return [x(row), y(row)]; });
    }

    function paintChart(kind, chart, engine, r, lab, f, epochs, histLayer) {
        var L = epochs.length ? epochs[0].grad.length : 0;
        var byLayer = function (field) {
            var out = [];
            for (var l = 0; l < (field === "dead" ? L - 1 : L); l++) {
                out.push({ colour: COLOURS[l % COLOURS.length], label: "layer " + (l + 1), points: series(epochs,
                    function (e) { return e.epoch; }, function (e) { return e[field][l]; }) });
            }
            return out;
        };
        if (kind === "dead-share") {
            chart.paint({ series: byLayer("dead"), yMax: 1, xTitle: "epochs" });
        } else if (kind === "z-histogram") {
            chart.paint(engine.histogram(r, histLayer));
        } else if (kind === "step-loss" || kind === "step-grad-norm") {
            var steps = engine.stepSeries(r);
            var s = kind === "step-loss" ? [{ colour: COLOURS[0], points: series(steps,
                function (p) { return p.step; }, function (p) { return p.loss; }) }]
                : (steps.length ? steps[0].grad : []).map(function (g, l) {
                    return { colour: COLOURS[l % COLOURS.length], label: "layer " + (l + 1), points: series(steps,
                        function (p) { return p.step; }, function (p) { return p.grad[l]; }) };
                });
            chart.paint({ series: s, yLog: true, xTitle: "steps" });
        } else if (kind === "grad-norm-bars") {
            var last = epochs[epochs.length - 1];
            chart.paint(last.grad.map(function (g, l) { return { label: "L" + (l + 1), value: g }; }),
                COLOURS[2]);
        } else {
            var lines = [{ colour: COLOURS[0], points: series(epochs,
                function (e) { return e.epoch; }, function (e) { return e.train; }) }];
            if (kind === "train-test-loss") {
                lines[0].label = "training";
            }
            var markers = [];
            if (kind === "train-test-loss") {
                lines.push({ colour: COLOURS[1], label: "test", points: series(epochs,
                    function (e) { return e.epoch; }, function (e) { return e.test; }) });
                if (f.bestEpoch > 0) {
                    markers.push({ x: f.bestEpoch, label: (f.stopped ? "restored: " : "lowest test: ")
                        + "epoch " + f.bestEpoch });
                }
            }
            chart.paint({ series: lines, markers: markers, xTitle: "epochs" });
        }
    }

    /**
     * What the diagram's marks mean, in the engine's words (unitMarks): only the marks this
     * diagram draws (none: no key). Unit state codes 1 dead, 2 off, 3 saturated, 4 exploding.
     */
    var MARKS = [
        [function (units) { return units.indexOf(1) >= 0; }, "dead"],
        [function (units) { return units.indexOf(2) >= 0; }, "off"],
        [function (units) { return units.indexOf(3) >= 0; }, "saturated"],
        [function (units) { return units.indexOf(4) >= 0; }, "exploding"],
        [function (units, bad) { return bad >= 0; }, "nonFinite"]
    ];

    function diagramKey(el, units, badLayer, marks) {
        var list = Array.prototype.slice.call(units);
        var text = MARKS.filter(function (m) { return m[0](list, badLayer); })
            .map(function (m) { return marks[m[1]]; }).join(" ");
        el.hidden = text === "";
        if (el.textContent !== text) {
            el.textContent = text;
        }
    }

    /**
     * Fetches run r's figures and paints its side; returns the figures with the epoch rows
     * added (epochRows).
     */
    function paint(engine, side, r, lab, histLayer) {
        var f = engine.figures(r);
        var sizes = engine.sizes(r);
        var epochs = engine.epochSeries(r, sizes.length - 1);
        var bad = f.firstNonFinite;
        var units = engine.units(r);
        showNumbers(side.dl, numbers(lab, f, epochs[epochs.length - 1], sizes, units));
        var badLayer = !bad ? -1 : bad.layer >= 0 ? bad.layer : sizes.length - 2;
        var verdict = side.el.querySelector(".side-verdict");
        verdict.hidden = !f.verdict;
        if (verdict.textContent !== f.verdict) {
            verdict.textContent = f.verdict;
        }
        side.diagram.paint({ sizes: sizes, weights: engine.weights(r), units: units,
            thumbs: engine.thumbnails(r), thumbSize: engine.thumbSize(), badLayer: badLayer });
        diagramKey(side.el.querySelector(".diagram-key"), units, badLayer, engine.unitMarks());
        Object.keys(side.charts).forEach(function (kind) {
            paintChart(kind, side.charts[kind], engine, r, lab, f, epochs, histLayer);
        });
        f.epochRows = epochs;
        return f;
    }

    /** Names the step, layer and quantity of the first non-finite value of any run. */
    function pauseMessage(el, figures, sides) {
        var parts = [];
        figures.forEach(function (f, r) {
            var n = f.firstNonFinite;
            if (!n) {
                return;
            }
            var what = n.layer >= 0 ? "a " + n.quantity + " in layer " + (n.layer + 1)
                + " (" + n.value + ", outlined)" : "the " + n.quantity + " (" + n.value + ")"
                + (n.quantity === "loss" ? ", computed from the output layer (outlined)" : "");
            parts.push(sides[r].el.querySelector(".side-title").textContent + " paused at step " + n.step
                + ": the first value that is not a finite number was " + what
                + ". Last finite step " + n.lastFiniteStep + ": loss "
                + short(n.lastFiniteLoss) + ", gradient norm " + short(n.lastFiniteGradNorm) + ".");
        });
        var text = parts.join(" ");
        el.hidden = parts.length === 0;
        if (el.textContent !== text) {
            el.textContent = text;
        }
    }

    return { build: build, paint: paint, pauseMessage: pauseMessage, fixLabel: fixLabel };
})();
