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
    var quick = query.has("quick");
    /** Samples per figure after the warm-up (the highest and lowest are then dropped). */
    var RUNS = quick ? 3 : 9;
    var FRAMES = 20;
    /** Shortest sample: benchRun() is repeated until it has run this long. */
    var SAMPLE_MS = quick ? 20 : 150;
    /** Warm-up: at least WARM_MIN_MS, then until STABLE_WINDOW samples agree, at most WARM_MAX_MS. */
    var WARM_MIN_MS = quick ? 0 : 1000;
    var WARM_MAX_MS = quick ? 200 : 6000;
    var STABLE_WINDOW = 3;
    var STABLE_SPREAD = 0.02;
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

    /**
     * One figure: its value, the spread of its samples (±, relative) and how long the
     * warm-up took (m: what measure() resolved to).
     */
    function addRow(bench, backend, figure, value, unit, relSpread, m) {
        var row = { bench: bench, backend: backend, figure: figure, value: value, unit: unit,
            spread: relSpread, samples: m.ms.length, warmMs: m.warmMs,
            warmSamples: m.warmSamples };
        results.rows.push(row);
        var tr = document.createElement("tr");
        var shown = value >= 1000 ? Math.round(value).toLocaleString("en-US")
            : value.toPrecision(4);
        var spreadText = "±" + (100 * relSpread).toFixed(1) + " % ("
            + (m.warmMs / 1000).toFixed(1) + " s)";
        [bench, backend, figure, shown, unit, spreadText].forEach(function (text) {
            var td = document.createElement("td");
            td.textContent = text;
            tr.appendChild(td);
        });
        el.body.appendChild(tr);
    }

    /**
     * Milliseconds per benchRun() call, one sample: repeats the call until at least
     * SAMPLE_MS have passed, so timer steps (0.1 ms in some browsers, coarser under
     * cross-origin limits) and a garbage collection now and then weigh little.
     */
    function sample(api, minMs) {
        var start = performance.now();
        var elapsed = 0;
        var calls = 0;
        var result;
        do {
            result = api.benchRun();
            calls++;
            elapsed = performance.now() - start;
        } while (elapsed < minMs);
        return { ms: elapsed / calls, result: result };
    }

    /** Relative half-range of the values: (max − min) / 2 / median. */
    function spread(values) {
        var sorted = values.slice().sort(function (a, b) { return a - b; });
        return (sorted[sorted.length - 1] - sorted[0]) / 2 / median(values);
    }

    /**
     * The samples of one figure: takes(), one sample in ms (with its parts), first as
     * warm-up until the engine's code has settled (V8 compiles WebAssembly with a baseline
     * compiler first and optimises hot functions in the background; JavaScript tiers up
     * likewise), that is until the last STABLE_WINDOW samples lie within ±STABLE_SPREAD of
     * their median, after at least WARM_MIN_MS and at most WARM_MAX_MS; then RUNS samples, of
     * which the highest and lowest are dropped. Resolves to {ms: [trimmed samples], parts,
     * spread, warmMs, warmSamples}.
     */
    function measure(takes) {
        var warm = [];
        var t0 = performance.now();
        function settled() {
            var elapsed = performance.now() - t0;
            if (elapsed >= WARM_MAX_MS) {
                return true;
            }
            if (elapsed < WARM_MIN_MS || warm.length < STABLE_WINDOW) {
                return false;
            }
            return spread(warm.slice(-STABLE_WINDOW).map(function (w) { return w.ms; }))
                <= STABLE_SPREAD;
        }
        function warmUp() {
            return pause().then(function () {
                warm.push(takes());
                return settled() ? null : warmUp();
            });
        }
        var samples = [];
        var warmMs = 0;
        function runs() {
            return pause().then(function () {
                samples.push(takes());
                return samples.length < RUNS ? runs() : null;
            });
        }
        return warmUp().then(function () {
            warmMs = performance.now() - t0;
            return runs();
        }).then(function () {
            samples.sort(function (a, b) { return a.ms - b.ms; });
            var trimmed = samples.slice(1, samples.length - 1);
            var ms = trimmed.map(function (x) { return x.ms; });
            return { samples: trimmed, ms: ms, spread: spread(ms), warmMs: warmMs,
                warmSamples: warm.length };
        });
    }

    /** Median of the trimmed samples, with the spread and warm-up for the table. */
    function timeRuns(api) {
        var last;
        return measure(function () {
            last = sample(api, SAMPLE_MS);
            return last;
        }).then(function (m) {
            return { seconds: median(m.ms) / 1000, result: last.result, spread: m.spread,
                warm: m };
        });
    }

    /**
     * Benchmark H: compute (the engine's benchRun) and draw (fetching the pixels and putting
     * them into the canvases), each summed over FRAMES frames per sample; medians of the
     * trimmed samples after the warm-up, in ms per frame.
     */
    function timeFrames(api, backend) {
        frame.setUp(api.benchGridNodes(), api.benchGridResolution(), api.benchGridThumbnail());
        return measure(function () {
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
            return { ms: (c + d) / FRAMES, compute: c / FRAMES, draw: d / FRAMES };
        }).then(function (m) {
            var compute = m.samples.map(function (x) { return x.compute; });
            var draw = m.samples.map(function (x) { return x.draw; });
            addRow("H", backend, "compute", median(compute), "ms", spread(compute), m);
            addRow("H", backend, "draw", median(draw), "ms", spread(draw), m);
            addRow("H", backend, "frame", median(m.ms), "ms", m.spread, m);
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
                addRow("C", backend, "training", t.seconds, "s", t.spread, t.warm);
                addRow("C", backend, "test MAE", t.result, "min", 0, t.warm);
                return;
            }
            addRow(bench, backend, "training", api.benchExamples() / t.seconds, "examples/s",
                t.spread, t.warm);
            if (bench === "B") {
                addRow("B", backend, "arithmetic", api.benchFlops() / t.seconds * 1e-9,
                    "GFLOP/s", t.spread, t.warm);
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
