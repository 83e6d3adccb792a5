/*
 * One repaint of every widget from fresh numbers: refresh in the engine, then counters, loss
 * chart, heatmap, diagram and the delivery scatter, each from the buffer the bridge hands back.
 */
"use strict";
var ScratchNetPainter = {
    /** Shortest time between two recomputations of the heatmap grid while training. */
    VIEW_INTERVAL_MS: 30,

    /**
     * Repaints and returns the run's health. While training, the grid behind the heatmap and
     * thumbnails (the costliest refresh) is recomputed at most every VIEW_INTERVAL_MS;
     * counters, losses and the loss chart follow every repaint.
     */
    paint: function (page, widgets, now) {
        var e = page.engine;
        var views = !page.running || !(now - page.viewsAt < ScratchNetPainter.VIEW_INTERVAL_MS);
        e.refresh(views);
        if (views) {
            page.viewsAt = now;
        }
        var stats = page.stats = e.stats();
        var health = page.health = e.health();
        if (e.dataVersion() !== page.dataVersion) {
            page.dataVersion = e.dataVersion();
            page.points = e.points();
            page.names = e.inputNames();
        }
        var config = page.config;
        widgets.chart.paint(e.lossHistory(), config.ylog);
        ScratchNetText.show(stats, health, config);
        if (!views) {
            return health;
        }
        widgets.heatmap.paint(e.outputPixels(), e.resolution(), page.points, config.test);
        widgets.diagram.paint({
            sizes: e.sizes(), names: page.names, thumbs: e.thumbnails(), thumbSize: e.thumbSize(),
            weights: e.weights(), dead: e.deadUnits(),
            badLayer: health.firstNonFinite ? health.firstNonFinite.layer : -1
        });
        if (config.data === "delivery") {
            widgets.scatter.paint(e.predictions());
        }
        return health;
    }
};
