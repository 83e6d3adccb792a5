/*
 * The repaint of the playground after a refresh: counters, loss chart, heatmap, diagram and
 * the delivery scatter, each from the buffer the bridge hands back, as separate jobs (jobs())
 * that the frame pacer spreads over frames after a refresh spread over frames
 * (engine.refreshWork), while training and while idle alike. Nothing here trains.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.PlaygroundView = {
    /**
     * Shortest time between two repaints of the confusion matrix and the digits' gallery,
     * weights and pad while training (they need not follow every frame).
     */
    METRICS_INTERVAL_MS: 150,

    /**
     * The repaint after a refresh the engine has already published, as jobs to run one after
     * another, possibly in different frames (each paints from what the engine published:
     * numbers first, whose job returns the stats).
     */
    jobs: function (page, widgets) {
        var view = ScratchNet.PlaygroundView;
        var list = [
            function (now) { return view.paintNumbers(page, widgets, now); },
            function () { view.paintHeatmap(page, widgets); },
            function () { view.paintDiagram(page, widgets); }
        ];
        if (page.config.data === page.limits.tableData) {
            list.push(function () { view.paintScatter(page, widgets); });
        }
        list.push(function (now) { view.paintMetrics(page, widgets, now); });
        return list;
    },

    /** Stats, counters, the loss chart, the rate's limit and the hint; returns the stats. */
    paintNumbers: function (page, widgets, now) {
        var e = page.engine;
        var stats = page.stats = e.stats();
        if (e.dataVersion() !== page.dataVersion) {
            page.dataVersion = e.dataVersion();
            page.points = e.points();
            page.names = e.inputNames();
        }
        var config = page.config;
        var timeline = e.timeline();
        widgets.chart.paint(e.lossHistory(), config.ylog, {
            // An epoch is ceil(rows / batch) steps (the last batch may be short).
            perStep: 1 / Math.max(1, Math.ceil(stats.trainRows / Math.max(1, stats.batchRows))),
            mode: document.getElementById("loss-x").value, recent: page.limits.recentEpochs
        }, { ghost: timeline.ghost ? e.ghostHistory() : [], checkpoints: timeline.checkpoints,
            step: stats.step, replayFrom: timeline.replayFrom, warnStep: widgets.stability.warnStep,
            warnName: widgets.stability.warnName });
        widgets.scrubber.show(timeline);
        widgets.internals.paint(!page.running, now);
        ScratchNet.Readout.show(stats, config, page.limits);
        widgets.stability.update(e, stats, config, page.limits, now);
        widgets.schedule.update(stats, config);
        widgets.hint.show(stats);
        return stats;
    },

    /** The network diagram with its thumbnails and unit states. */
    paintDiagram: function (page, widgets) {
        var e = page.engine;
        var stats = page.stats;
        widgets.diagram.paint({
            outputs: page.key ? page.key.outputs : (page.key = e.heatmapKey()).outputs,
            sizes: e.sizes(), names: page.names, thumbs: e.thumbnails(), thumbSize: e.thumbSize(),
            weights: e.weights(), states: e.unitStates(), batchNorm: page.config.bn === true,
            badLayer: stats.firstNonFinite ? stats.firstNonFinite.layer : -1
        });
    },

    /**
     * The confusion matrix (classification) and the digits' views, at most every
     * METRICS_INTERVAL_MS while training.
     */
    paintMetrics: function (page, widgets, now) {
        var view = ScratchNet.PlaygroundView;
        if (page.running && now - page.metricsAt < view.METRICS_INTERVAL_MS) {
            return;
        }
        page.metricsAt = now;
        var stats = page.stats;
        widgets.confusion.show(isNaN(stats.accuracy) ? null : page.engine.metrics());
        if (page.config.data === page.limits.imageData) {
            view.paintDigits(page, widgets);
        }
    },

    /**
     * The digits' views: the gallery (its images fetched once per data version), the weight
     * pictures, and the pad's probabilities under the network as it is now.
     */
    paintDigits: function (page, widgets) {
        var e = page.engine;
        if (page.digitImagesVersion !== page.dataVersion) {
            page.digitImagesVersion = page.dataVersion;
            page.digitImages = e.digitImages();
        }
        widgets.digits.paintGallery(e.digitGallery(), page.digitImages);
        widgets.digits.paintWeights(e.digitWeights());
        widgets.pad.refresh();
    },

    /** Predicted against actual minutes (the delivery table only). */
    paintScatter: function (page, widgets) {
        if (page.config.data === page.limits.tableData) {
            widgets.scatter.paint(page.engine.predictions());
        }
    },

    /**
     * The big heatmap: the network's output, or while a neuron is hovered (page.focusNode =
     * {layer, unit}, layer -1 = inputs) that neuron's own output over the same plane; with
     * the axes, colour bar and class legend of the engine's heatmap key.
     */
    paintHeatmap: function (page, widgets) {
        var e = page.engine;
        if (page.config.data === page.limits.imageData) {
            return; // the digits have no input plane; their panel shows images instead
        }
        if (!page.key) {
            page.key = e.heatmapKey();
        }
        var node = page.focusNode;
        var pixels = node ? e.nodePixels(node.layer, node.unit) : e.outputPixels();
        var note = !node ? "" : node.layer < 0 ? "showing input " + (page.names[node.unit] || node.unit + 1)
            : "showing neuron " + (node.unit + 1) + " of layer " + (node.layer + 1);
        widgets.heatmap.paint(pixels, e.resolution(), page.points, page.config.test, page.key, note);
        widgets.key.show(page.key, page.config.test);
    }
};
