/*
 * A classifier's scores on the scored rows (the engine's metrics(): app.Classification): the
 * confusion matrix as a picture (true class down, predicted class across, each cell its count
 * on a shade of its share of the true class), and as text: accuracy, per-class precision,
 * recall and support, and the matrix as a table. Repaints only when the counts change.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Confusion = (function () {
    var pct = function (v) { return ScratchNet.Format.fixed(v * 100, 1) + " %"; };

    /** root holds canvas.confusion-grid, .confusion-summary, tbody.confusion-classes, table.confusion-table. */
    function Confusion(root) {
        this.root = root;
        this.canvas = root.querySelector(".confusion-grid");
        this.last = "";
    }

    /** Shows `m` (the engine's metrics, or null for regression, which hides nothing here). */
    Confusion.prototype.show = function (m) {
        if (!m) {
            return;
        }
        var key = JSON.stringify([m.counts, m.classes, m.set]);
        var room = this.canvas.parentNode.clientWidth;
        if (key === this.last && room === this.room) {
            return;
        }
        this.last = key;
        this.room = room;
        this.paint(m);
        this.text(m);
    };

    /** Largest cell side in CSS pixels: two classes make a small matrix, ten a wider one. */
    Confusion.MAX_CELL = 34;

    Confusion.prototype.paint = function (m) {
        var k = m.classes.length;
        var left = 34;
        var top = 26;
        var room = this.canvas.parentNode.clientWidth || 300;
        var cell = Math.max(8, Math.min(Confusion.MAX_CELL, Math.floor((room - left - 4) / k)));
        var size = (left + k * cell + 4) + "px";
        if (this.canvas.style.width !== size) {
            this.canvas.style.width = size;
            this.canvas.style.height = (top + k * cell + 4) + "px";
        }
        var c = ScratchNet.Canvas.begin(this.canvas);
        var ctx = c.ctx;
        ctx.fillStyle = "#1f2937";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText("predicted class →", left + cell * k / 2, 7);
        ctx.save();
        ctx.translate(8, top + cell * k / 2);
        ctx.rotate(Math.PI / 2);
        ctx.fillText("true class →", 0, 0);
        ctx.restore();
        ctx.font = (cell >= 24 ? 11 : 9) + "px system-ui, sans-serif";
        for (var t = 0; t < k; t++) {
            ctx.fillStyle = "#1f2937";
            ctx.fillText(String(t), left + t * cell + cell / 2, top - 7);
            ctx.fillText(String(t), left - 9, top + t * cell + cell / 2);
            var support = m.support[t] || 1;
            for (var p = 0; p < k; p++) {
                var n = m.counts[t][p];
                var share = n / support;
                var x = left + p * cell;
                var y = top + t * cell;
                // right answers blue, mistakes orange, darker for a larger share of the true class
                var rgb = t === p ? [8, 119, 189] : [230, 110, 20];
                var a = n === 0 ? 0 : 0.12 + 0.88 * share;
                ctx.fillStyle = "rgba(" + rgb.join(",") + "," + a + ")";
                ctx.fillRect(x, y, cell, cell);
                ctx.strokeStyle = "#d1d5db";
                ctx.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
                if (n > 0 && cell >= 14) {
                    ctx.fillStyle = a > 0.55 ? "#ffffff" : "#111827";
                    ctx.fillText(String(n), x + cell / 2, y + cell / 2);
                }
            }
        }
        this.canvas.setAttribute("aria-label", "Confusion matrix on the " + m.set + " rows: "
            + k + " true classes down, " + k + " predicted classes across, counts in the cells; "
            + "accuracy " + pct(m.accuracy) + ". The same numbers are in the tables below.");
    };

    function row(cells, header) {
        var tr = document.createElement("tr");
        cells.forEach(function (text, i) {
            var td = document.createElement(i === 0 && header ? "th" : "td");
            if (i === 0 && header) {
                td.scope = "row";
            }
            td.textContent = text;
            tr.appendChild(td);
        });
        return tr;
    }

    Confusion.prototype.text = function (m) {
        var right = 0;
        m.counts.forEach(function (r, t) { right += r[t]; });
        this.root.querySelector(".confusion-summary").textContent = "Accuracy " + pct(m.accuracy)
            + ": " + right + " of " + m.rows + " " + m.set + " rows classified right.";
        var body = this.root.querySelector(".confusion-classes");
        body.textContent = "";
        m.classes.forEach(function (name, k) {
            body.appendChild(row([name, pct(m.precision[k]), pct(m.recall[k]),
                String(m.support[k]), String(m.predicted[k])], true));
        });
        var table = this.root.querySelector(".confusion-table");
        table.textContent = "";
        var head = document.createElement("thead");
        var hr = row(["true \\ predicted"].concat(m.classes.map(function (n, i) { return String(i); })), false);
        Array.prototype.forEach.call(hr.children, function (td) {
            var th = document.createElement("th");
            th.scope = "col";
            th.textContent = td.textContent;
            hr.replaceChild(th, td);
        });
        head.appendChild(hr);
        table.appendChild(head);
        var tbody = document.createElement("tbody");
        m.counts.forEach(function (r, t) {
            tbody.appendChild(row([m.classes[t]].concat(r.map(String)), true));
        });
        table.appendChild(tbody);
    };

    return Confusion;
})();
