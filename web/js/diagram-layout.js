/*
 * Where a network diagram puts its nodes: a column per layer, spread from `left` to `right`
 * of the canvas, each column's square nodes centred vertically and as large as the tallest
 * column allows. Both pages' diagrams (and the playground's hover probe) use it.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.DiagramLayout = {
    /**
     * Node positions for `sizes` (units per layer, inputs first) in a w × h box of CSS pixels.
     * style: {left, right (margins), maxSide (largest node), pad (room around a node),
     * maxGap (largest gap between nodes)}. Returns {columns: [[{x, y, s}]], s}.
     */
    place: function (sizes, w, h, style) {
        var most = Math.max.apply(null, sizes);
        var room = Math.floor((h - 8) / most);
        // nodes no wider than leaves links at least about their own width between columns
        var across = Math.floor((w - style.left - style.right) / (sizes.length * 2 - 1));
        var s = Math.max(4, Math.min(style.maxSide, room - style.pad, across));
        var gap = Math.max(1, Math.min(style.maxGap, room - s));
        var columns = sizes.map(function (units, c) {
            var x = style.left + c * (w - style.left - style.right - s) / Math.max(1, sizes.length - 1);
            var top = (h - units * (s + gap) + gap) / 2;
            var nodes = [];
            for (var j = 0; j < units; j++) {
                nodes.push({ x: x, y: top + j * (s + gap), s: s });
            }
            return nodes;
        });
        return { columns: columns, s: s };
    },

    /** Calls visit(l, i, j) for every link, layer by layer, in the order of the weights. */
    eachLink: function (layout, visit) {
        var cols = layout.columns;
        for (var l = 0; l + 1 < cols.length; l++) {
            for (var i = 0; i < cols[l].length; i++) {
                for (var j = 0; j < cols[l + 1].length; j++) {
                    visit(l, i, j, cols[l][i], cols[l + 1][j]);
                }
            }
        }
    }
};
