/*
 * Wires the page to the engine: Train/Pause runs a few training steps per animation frame
 * through the bridge, then fetches the numbers to paint. No training math happens here.
 */
"use strict";
(function () {
    var STEPS_PER_FRAME = 4;
    var SEED = 1;
    var BACKEND_LABELS = { wasm: "WebAssembly GC", js: "JavaScript" };

    var el = {
        backend: document.getElementById("backend"),
        train: document.getElementById("train"),
        reset: document.getElementById("reset"),
        steps: document.getElementById("steps"),
        loss: document.getElementById("loss"),
        error: document.getElementById("error")
    };
    var heatmap = new HeatMap(document.getElementById("heatmap"));
    var chart = new LossChart(document.getElementById("loss-chart"));

    /** What tests and the console can inspect: the engine in use and whether it is ready. */
    var page = { ready: false, backend: null, api: null, running: false };
    globalThis.ScratchNetPage = page;

    function showNumbers() {
        var api = page.api;
        el.steps.textContent = String(api.steps());
        el.loss.textContent = api.loss().toFixed(4);
        heatmap.paint(api.decisionGrid(), api.gridSize(), api.points(), api.extent());
    }

    function frame() {
        if (!page.running) {
            return;
        }
        chart.add(page.api.train(STEPS_PER_FRAME));
        showNumbers();
        requestAnimationFrame(frame);
    }

    function setRunning(running) {
        page.running = running;
        el.train.textContent = running ? "Pause" : "Train";
        if (running) {
            requestAnimationFrame(frame);
        }
    }

    function ready(engine) {
        page.api = engine.api;
        page.backend = engine.backend;
        page.api.start(SEED);
        el.backend.textContent = "engine: " + BACKEND_LABELS[engine.backend];
        el.backend.className = "badge badge-" + engine.backend;
        el.train.disabled = false;
        el.reset.disabled = false;
        el.train.addEventListener("click", function () { setRunning(!page.running); });
        el.reset.addEventListener("click", function () {
            setRunning(false);
            page.api.start(SEED);
            chart.clear();
            showNumbers();
        });
        showNumbers();
        page.ready = true;
        performance.mark("scratchnet-interactive");
    }

    function failed(error) {
        el.backend.textContent = "engine failed to load";
        el.backend.className = "badge badge-failed";
        el.error.textContent = error.message;
        el.error.hidden = false;
        throw error;
    }

    ScratchNetBoot.load().then(ready).catch(failed);
})();
