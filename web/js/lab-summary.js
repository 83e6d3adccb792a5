/*
 * The compact summary at the top of the labs page: one column per run (before | after, or the
 * three gd variants) with the training loss from start to now and, for a regression lab, the
 * test MAE in the data's units against always predicting the mean, with the engine's verdict.
 * On a phone the sides stay side by side here, so before and after can be compared without
 * scrolling a thousand pixels. All numbers and sentences come from the engine.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabSummary = (function () {
    var short = ScratchNet.Format.short;

    function num(v) { return isFinite(v) ? short(v) : String(v); }

    function status(f) {
        if (f.nonFinite) {
            return "stopped at step " + f.firstNonFinite.step + ": not a finite number";
        }
        if (f.step === 0) {
            return "not started";
        }
        return f.finished ? "finished" : "epoch " + f.epoch + " of " + f.epochs;
    }

    /** Fills `box` with one column per run; `names` are the runs' headings. */
    function paint(box, figures, names) {
        var cols = figures.map(function (f, r) {
            var lines = [names[r], status(f), "training loss (its own units) " + num(f.startLoss) + " → "
                + num(f.nonFinite ? f.batchLoss : f.trainLoss)];
            if (f.unit) {
                lines.push("test MAE " + (isFinite(f.testMae) ? short(f.testMae) + " " + f.unit : "none")
                    + " (mean predictor " + short(f.baselineMae) + " " + f.unit + ")");
            }
            if (f.verdict) {
                lines.push(f.verdict);
            }
            return lines;
        });
        var text = JSON.stringify(cols);
        if (box.dataset.text === text) {
            return;
        }
        box.dataset.text = text;
        box.textContent = "";
        box.className = "lab-summary runs-" + cols.length;
        cols.forEach(function (lines, r) {
            var div = document.createElement("div");
            div.className = "summary-run";
            var h = document.createElement("h3");
            h.textContent = lines[0];
            div.appendChild(h);
            lines.slice(1).forEach(function (line, i) {
                var p = document.createElement("p");
                p.textContent = line;
                if (line === figures[r].verdict) {
                    p.className = "verdict" + (/beats/.test(line) ? " good"
                        : /^(Not fixed|Finite|So far: finite)/.test(line) ? " bad" : "");
                }
                div.appendChild(p);
            });
            box.appendChild(div);
        });
    }

    return { paint: paint };
})();
