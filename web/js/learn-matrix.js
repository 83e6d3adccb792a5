/*
 * Learn mode's matrix tables: a matrix (array of rows) or vector with its name, shape and
 * values, at most a few rows and columns shown with an honest note of how many there are.
 * Each cell keeps its exact value in data-v and its zero-based indices in data-r/data-c, so
 * hovering or focusing a result cell can light up the cells it was computed from.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnMatrix = {
    /** A number to 4 significant digits, "–" for none (render puts the exact value in title). */
    text: function (v) {
        if (typeof v !== "number" || isNaN(v)) {
            return "–";
        }
        return isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
    },

    /**
     * The shape as the tutorial writes it: "4 × 3" for a matrix, "(3)" for a vector; `rows`,
     * if given, is the matrix's true row count when `values` holds only its first rows.
     */
    shape: function (values, rows) {
        return Array.isArray(values[0]) ? (rows || values.length) + " × " + values[0].length
            : "(" + values.length + ")";
    },

    /**
     * A figure holding matrix `key` (e.g. "W1"): caption with label and shape, table of at most
     * maxRows × maxCols values, and a note when rows or columns are left out. `totalRows`, if
     * given, is the matrix's row count when `values` holds only its first rows (a big batch).
     */
    render: function (key, label, values, maxRows, maxCols, totalRows) {
        var M = ScratchNet.LearnMatrix;
        var matrix = Array.isArray(values[0]) ? values : [values];
        var figure = document.createElement("figure");
        figure.className = "matrix";
        figure.setAttribute("data-m", key);
        var caption = document.createElement("figcaption");
        var allRows = Array.isArray(values[0]) ? Math.max(totalRows || 0, values.length) : 1;
        caption.textContent = label + "  " + M.shape(values, allRows);
        figure.appendChild(caption);
        var wrap = document.createElement("div");
        wrap.className = "matrix-scroll";
        var table = document.createElement("table");
        var rows = Math.min(matrix.length, maxRows);
        var cols = Math.min(matrix[0] ? matrix[0].length : 0, maxCols);
        var vector = !Array.isArray(values[0]);
        for (var r = 0; r < rows; r++) {
            var tr = document.createElement("tr");
            for (var c = 0; c < cols; c++) {
                var td = document.createElement("td");
                var v = matrix[r][c];
                td.textContent = M.text(v);
                var exact = Object.is(v, -0) ? "-0" : String(v); // String(-0) is "0"
                td.title = key + (vector ? "[" + c + "]" : "[" + r + "," + c + "]") + " = " + exact;
                td.tabIndex = 0;
                td.setAttribute("data-v", exact);
                if (!vector) {
                    td.setAttribute("data-r", String(r));
                }
                td.setAttribute("data-c", String(c));
                tr.appendChild(td);
            }
            table.appendChild(tr);
        }
        wrap.appendChild(table);
        figure.appendChild(wrap);
        var left = [];
        if (allRows > rows) {
            left.push("first " + rows + " of " + allRows + " rows");
        }
        if (matrix[0] && matrix[0].length > cols) {
            left.push("first " + cols + " of " + matrix[0].length + " columns");
        }
        if (left.length) {
            var note = document.createElement("p");
            note.className = "small";
            note.textContent = "Shown: " + left.join(", ") + ".";
            figure.appendChild(note);
        }
        return figure;
    },

    /**
     * Lights up, inside `root`, the cells each {m, r, c} names (a missing r or c means the whole
     * column or row), after clearing earlier highlights.
     */
    highlight: function (root, targets) {
        root.querySelectorAll(".lit").forEach(function (td) { td.classList.remove("lit"); });
        targets.forEach(function (t) {
            var sel = ".matrix[data-m='" + t.m + "'] td";
            if (t.r !== undefined) {
                sel += "[data-r='" + t.r + "']";
            }
            if (t.c !== undefined) {
                sel += "[data-c='" + t.c + "']";
            }
            root.querySelectorAll(sel).forEach(function (td) { td.classList.add("lit"); });
        });
    }
};
