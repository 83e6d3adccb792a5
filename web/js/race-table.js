/*
 * The optimizer race's winner table: one row per racer with its rate, step, training and
 * test loss now, steps to the target and the wall time the page measured. The leaders the
 * engine names (lowest training loss; fewest steps to the target) are marked in words, not
 * by colour. Numbers and leaders are the engine's (scratchnet.app.RaceProtocol).
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.RaceTable = (function () {
    return {
        /** Fills `table` (caption, head, body) from the engine's race; swatch(k) draws racer k's line. */
        paint: function (table, race, swatch) {
            var f = ScratchNet.Format.fixed;
            table.querySelector("caption").textContent = "After " + race.step + " of " + race.steps
                + " steps. Losses: " + race.loss + ", mean over all " + race.trainRows
                + " training rows" + (race.testRows ? " and all " + race.testRows + " test rows" : "")
                + ". Steps to target: the first step after which the training loss was at or below "
                + f(race.target, 4) + ". Wall time: milliseconds the page measured around each "
                + "racer's steps (training, then scoring the training rows after every step).";
            table.querySelector(".race-target-head").textContent = "Steps to ≤ " + f(race.target, 4);
            var body = table.querySelector("tbody");
            body.textContent = "";
            race.racers.forEach(function (x, k) {
                var row = document.createElement("tr");
                var name = document.createElement("th");
                name.scope = "row";
                name.appendChild(swatch(k));
                name.appendChild(document.createTextNode(" " + x.label));
                row.appendChild(name);
                cell(row, String(x.learningRate));
                cell(row, String(x.step));
                if (x.divergedAt !== null) {
                    cell(row, "diverged at step " + x.divergedAt, "bad");
                } else {
                    cell(row, f(x.trainLoss, 4), x.lowestLoss ? "lead" : "", x.lowestLoss ? "lowest" : "");
                }
                cell(row, f(x.testLoss, 4));
                cell(row, x.stepsToTarget === null ? (race.finished ? "not reached" : "not yet") : String(x.stepsToTarget),
                    x.fewestSteps ? "lead" : "", x.fewestSteps ? "first" : "");
                cell(row, f(x.wallMs, 1));
                cell(row, x.step ? f(x.msPerStep * 1000, 0) : "–");
                row.dataset.optimizer = x.optimizer;
                body.appendChild(row);
            });
        }
    };

    function cell(row, text, cls, tag) {
        var td = document.createElement("td");
        td.textContent = text;
        if (cls) {
            td.className = cls;
        }
        if (tag) {
            var mark = document.createElement("span");
            mark.className = "lead-tag";
            mark.textContent = tag;
            td.appendChild(document.createTextNode(" "));
            td.appendChild(mark);
        }
        row.appendChild(td);
    }
})();
