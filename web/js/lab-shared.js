/*
 * The labs page's "All runs" panel: the charts the engine's catalog lists as shared for the
 * open lab (the learning-rate sweep of tiny-learning-rate, the overlaid loss curves of
 * gd-variants against epochs and wall time) and their figures as text. The numbers all come
 * from the engine.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabShared = (function () {
    var COLOURS = ScratchNet.LineChart.COLOURS;
    var short = ScratchNet.Format.short;

    function chart(box, title) {
        var h = document.createElement("h3");
        h.textContent = title;
        var c = document.createElement("canvas");
        c.className = "lab-chart";
        c.setAttribute("role", "img");
        c.setAttribute("aria-label", title + "; the figures are listed below as text");
        var div = document.createElement("div");
        div.append(h, c);
        box.appendChild(div);
        return new ScratchNet.LineChart(c);
    }

    /** Makes the shared charts of catalog entry `lab`; returns them by chart id. */
    function build(lab) {
        var box = document.getElementById("shared-charts");
        box.textContent = "";
        var charts = {};
        lab.shared.forEach(function (spec) {
            charts[spec.id] = chart(box, spec.title);
        });
        document.getElementById("shared").hidden = lab.shared.length === 0;
        return charts;
    }

    function sweep(chart, engine) {
        var pts = engine.sweep();
        chart.paint({ series: [{ colour: COLOURS[2], dots: true,
            points: pts.map(function (p) { return [p.rate, p.loss]; }) }], xLog: true, yLog: true,
            xTitle: "rate" });
        return "Rates done: " + pts.length + " of " + engine.sweepSize() + ". " + pts.map(function (p) {
            return "rate " + short(p.rate) + " → " + (isFinite(p.loss) ? short(p.loss) : "diverged");
        }).join("; ");
    }

    function lines(figures, x, names) {
        return figures.map(function (f, r) {
            return { colour: COLOURS[r], label: names[r], points: f.epochRows.filter(function (e) {
                return isFinite(x(e));
            }).map(function (e) { return [x(e), e.train]; }) };
        });
    }

    /** Paints the shared charts from every run's figures; `names` are the runs' labels. */
    function paint(charts, engine, figures, names) {
        var text = "";
        if (charts["rate-sweep"]) {
            text = sweep(charts["rate-sweep"], engine);
        }
        if (charts["loss-by-epoch"]) {
            charts["loss-by-epoch"].paint({ series: lines(figures, function (e) { return e.epoch; }, names),
                xTitle: "epochs" });
        }
        if (charts["loss-by-time"]) {
            charts["loss-by-time"].paint({ series: lines(figures, function (e) { return e.wallMs / 1000; }, names),
                xTitle: "s" });
        }
        if (charts["loss-by-epoch"] || charts["loss-by-time"]) {
            text = figures.map(function (f, r) {
                return names[r] + ": loss " + short(f.trainLoss) + " after " + f.epoch + " epochs, "
                    + f.step + " steps, " + f.wallMs.toFixed(1) + " ms";
            }).join(". ");
        }
        var p = document.getElementById("shared-text");
        if (p.textContent !== text) {
            p.textContent = text;
        }
    }

    return { build: build, paint: paint };
})();
