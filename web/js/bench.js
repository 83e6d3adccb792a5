/*
 * Runs benchmarks A, B, C and H on the JavaScript build, then on the WebAssembly-GC build,
 * and shows one table row per figure. The engine does the work; this file only times calls
 * with performance.now() and does the arithmetic of the figures.
 *
 * ?auto starts at once; ?quick shrinks every workload (for tests: the figures then say
 * nothing about speed); ?only=A,H runs just those benchmarks and ?backend=wasm just that
 * build (both default to all). When done, window.benchResults = {done: true, rows: [{bench,
 * backend, figure, value, unit}, ...], engines: {js: {loadMs}, wasm: {loadMs}}}, and
 * window.benchEngines holds both engines' exports, so tests can compare their results.
 */
"use strict";
(function () {
    var query = new URLSearchParams(location.search);
    var BENCHES = pick("only", ["A", "B", "C", "H"]);
    var BACKENDS = pick("backend", ["js", "wasm"]);
    var RUNS = 5;
    var FRAMES = 20;
    var MIN_MS = 20;
    var quick = query.has("quick");
    var el = {
        status: document.getElementById("status"),
        run: document.getElementById("run"),
        body: document.querySelector("#results tbody"),
        engines: document.getElementById("engines"),
        error: document.getElementById("error")
    };
    var frame = new ScratchNet.BenchFrame(document.getElementById("nodes"));
    var results = { done: false, rows: [], engines: {} };
    globalThis.benchResults = results;
    globalThis.benchEngines = {};

    /**
     * The values of query parameter {@code name} (comma-separated) that are in {@code all},
     * in {@code all}'s order; all of them when the parameter is absent or names none.
     */
    function pick(name, all) {
        var wanted = (query.get(name) || "").split(",");
        var chosen = all.filter(function (v) { return wanted.indexOf(v) >= 0; });
        return chosen.length > 0 ? chosen : all;
    }

    /** Lets the page repaint between runs, so a long benchmark never freezes it. */
    function pause() {
        return new Promise(function (resolve) { setTimeout(resolve, 0); });
    }

    function median(values) {
        var sorted = values.slice().sort(function (a, b) { return a - b; });
        return sorted[Math.floor(sorted.length / 2)];
    }

    function addRow(bench, backend, figure, value, unit) {
        var row = { bench: bench, backend: backend, figure: figure, value: value, unit: unit };
        results.rows.push(row);
        var tr = document.createElement("tr");
        var shown = value >= 1000 ? Math.round(value).toLocaleString("en-US")
            : value.toPrecision(4);
        [bench, backend, figure, shown, unit].forEach(function (text) {
            var td = document.createElement("td");
            td.textContent = text;
            tr.appendChild(td);
        });
        el.body.appendChild(tr);
    }

    /**
     * Seconds per benchRun() call, one sample: repeats the call until at least MIN_MS have
     * passed, because performance.now() is coarse (0.1 ms in some browsers) and quick runs
     * are short; a real run takes longer than that and is timed alone.
     */
    function sample(api) {
        var start = performance.now();
        var elapsed = 0;
        var calls = 0;
        var result;
        do {
            result = api.benchRun();
            calls++;
            elapsed = performance.now() - start;
        } while (elapsed < MIN_MS);
        return { seconds: elapsed / calls / 1000, result: result };
    }

    /** Median seconds of RUNS samples after one warm-up, and the last run's result. */
    function timeRuns(api) {
        var seconds = [];
        var last = sample(api);
        var chain = pause();
        for (var i = 0; i < RUNS; i++) {
            chain = chain.then(function () {
                last = sample(api);
                seconds.push(last.seconds);
                return pause();
            });
        }
        return chain.then(function () { return { seconds: median(seconds), result: last.result }; });
    }

    /**
     * Benchmark H: compute (the engine's benchRun) and draw (fetching the pixels and putting
     * them into the canvases), each summed over FRAMES frames per sample; medians of RUNS
     * samples after a warm-up sample, in ms per frame.
     */
    function timeFrames(api, backend) {
        frame.setUp(api.benchGridNodes(), api.benchGridResolution(), api.benchGridThumbnail());
        var compute = [];
        var draw = [];
        var chain = pause();
        for (var i = 0; i <= RUNS; i++) {
            chain = chain.then(function () {
                var c = 0;
                var d = 0;
                for (var f = 0; f < FRAMES; f++) {
                    var t0 = performance.now();
                    api.benchRun();
                    var t1 = performance.now();
                    frame.draw(api.benchGridPixels());
                    var t2 = performance.now();
                    c += t1 - t0;
                    d += t2 - t1;
                }
                compute.push(c / FRAMES);
                draw.push(d / FRAMES);
                return pause();
            });
        }
        return chain.then(function () {
            compute.shift(); // the warm-up sample
            draw.shift();
            var frames = compute.map(function (c, k) { return c + draw[k]; });
            addRow("H", backend, "compute", median(compute), "ms");
            addRow("H", backend, "draw", median(draw), "ms");
            addRow("H", backend, "frame", median(frames), "ms");
        });
    }

    function runBench(engine, bench) {
        var api = engine.api;
        var backend = engine.backend;
        el.status.textContent = "running " + bench + " on " + backend + "…";
        api.benchSetUp(bench, quick);
        if (bench === "H") {
            return timeFrames(api, backend);
        }
        return timeRuns(api).then(function (t) {
            if (bench === "C") {
                addRow("C", backend, "training", t.seconds, "s");
                addRow("C", backend, "test MAE", t.result, "min");
                return;
            }
            addRow(bench, backend, "training", api.benchExamples() / t.seconds, "examples/s");
            if (bench === "B") {
                addRow("B", backend, "arithmetic", api.benchFlops() / t.seconds * 1e-9,
                    "GFLOP/s");
            }
        });
    }

    function runEngine(backend) {
        return ScratchNet.BenchEngines.load(backend).then(function (engine) {
            results.engines[backend] = { loadMs: engine.loadMs };
            globalThis.benchEngines[backend] = engine.api;
            var chain = pause();
            BENCHES.forEach(function (bench) {
                chain = chain.then(function () { return runBench(engine, bench); });
            });
            return chain;
        });
    }

    function runAll() {
        el.run.disabled = true;
        results.done = false;
        results.rows = [];
        el.body.textContent = "";
        var chain = Promise.resolve();
        BACKENDS.forEach(function (backend) {
            chain = chain.then(function () { return runEngine(backend); });
        });
        return chain.then(function () {
            results.done = true;
            el.status.textContent = "done" + (quick ? " (quick: sizes shrunk)" : "");
            el.engines.textContent = "Engine load: " + BACKENDS.map(function (backend) {
                return (backend === "js" ? "JavaScript " : "WebAssembly ")
                    + results.engines[backend].loadMs.toFixed(0) + " ms";
            }).join(", ") + ".";
            el.run.disabled = false;
        }).catch(function (error) {
            el.status.textContent = "failed";
            el.error.textContent = error.message;
            el.error.hidden = false;
            results.error = error.message;
            throw error;
        });
    }

    el.run.addEventListener("click", runAll);
    el.run.disabled = false;
    el.status.textContent = "ready";
    if (query.has("auto")) {
        runAll();
    }
})();
