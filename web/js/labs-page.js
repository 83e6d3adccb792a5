/*
 * The labs page: composes the shared core (engine, lab views, charts) around the lab the
 * engine opens from the URL (its catalog gives each lab's link, title, fixes and charts), and
 * runs the frame loop. Each frame advances every run by the same share of an epoch, sized so
 * the training takes about 8 ms, then repaints. The learning-rate sweep trains one rate per
 * frame. window.scratchnetLabs (labs-api.js) is the console API the browser tests use.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabsPage = (function () {
    var BUDGET_MS = 8;
    /** Sweep steps trained per animation frame (a rate takes 500). */
    var SWEEP_STEPS = 100;
    var $ = function (id) { return document.getElementById(id); };
    var page = { ready: false, timing: false, timingText: "", engine: null, labs: {}, lab: "", fix: "", info: null, runs: [],
        running: false, dirty: true, chunk: 0.02, sides: [], figures: [], shared: {}, frames: 0,
        maxFrameMs: 0 };

    function showProblems(list) {
        $("lab-problems").hidden = list.length === 0;
        $("lab-problems").textContent = list.join(" ");
    }

    function setRunning(on) {
        page.running = on && !page.engine.finished();
        $("lab-play").textContent = page.running ? "Pause" : "Run";
        $("lab-play").setAttribute("aria-pressed", String(page.running));
    }

    function fixButtons() {
        var box = $("fix-buttons");
        box.textContent = "";
        $("fix-set").hidden = !page.info.fixable;
        page.info.fixes.forEach(function (fix) {
            var b = document.createElement("button");
            b.type = "button";
            b.textContent = fix.label;
            b.dataset.fix = fix.id;
            b.setAttribute("aria-pressed", String(fix.id === page.fix));
            b.addEventListener("click", function () {
                location.hash = fix.link;
            });
            box.appendChild(b);
        });
    }

    /**
     * Rebuilds the page around the lab the engine has open: `outcome` is the engine's
     * {messages, lab, fix, runs, finished} after opening it.
     */
    function show(outcome) {
        showProblems(outcome.messages || []);
        page.lab = outcome.lab;
        page.fix = outcome.fix;
        page.runs = outcome.runs;
        page.info = page.labs[page.lab];
        document.querySelectorAll(".explain").forEach(function (el) {
            el.hidden = el.dataset.lab !== page.lab;
        });
        document.querySelectorAll(".lab-nav a").forEach(function (a) {
            if (a.dataset.lab === page.lab) {
                a.setAttribute("aria-current", "page");
            } else {
                a.removeAttribute("aria-current");
            }
        });
        $("lab-title").textContent = page.info.title;
        document.title = "ScratchNet lab: " + page.info.title;
        fixButtons();
        page.sides = ScratchNet.LabViews.build($("compare"), page.info, page.runs);
        page.shared = ScratchNet.LabShared.build(page.info);
        page.figures = [];
        page.dirty = true;
    }

    function trainSlice() {
        var e = page.engine;
        var most = Math.max.apply(null, page.figures.map(function (f) { return f.stepsPerEpoch; }));
        var slow = $("lab-speed").value === "slow";
        var t0 = performance.now();
        page.figures.forEach(function (f, r) {
            var n = slow ? Math.max(1, Math.round(f.stepsPerEpoch / most))
                : Math.max(1, Math.round(f.stepsPerEpoch * page.chunk));
            e.advance(r, n);
        });
        var took = performance.now() - t0;
        if (!slow) {
            page.chunk *= Math.max(0.5, Math.min(2, BUDGET_MS / Math.max(took, 0.05)));
            page.chunk = Math.max(1e-4, Math.min(5, page.chunk));
        }
        page.dirty = true;
    }

    function paint() {
        var histLayer = page.figures.length ? Math.max(0, page.figures[0].maxDeadLayer) : 0;
        page.figures = page.sides.map(function (side, r) {
            return ScratchNet.LabViews.paint(page.engine, side, r, page.info, histLayer);
        });
        ScratchNet.LabViews.pauseMessage($("pause-message"), page.figures, page.sides);
        ScratchNet.LabSummary.paint($("lab-summary"), page.figures, page.sides.map(function (side) {
            return side.el.querySelector(".side-title").textContent;
        }));
        if (page.lab === "gd-variants") {
            var timing = page.engine.timing();
            $("lab-timing").textContent = page.timing ? "Timing " + (timing.next >= 0
                ? timing.runs[timing.next].name + "…" : "done.") : timing.runs[0].timed ? timing.sentence : "";
            page.timingText = timing.sentence;
        }
        ScratchNet.LabShared.paint(page.shared, page.engine, page.figures, page.runs.map(function (name) {
            return ScratchNet.LabViews.fixLabel(page.info, name);
        }));
        if (page.running && page.engine.finished()) {
            setRunning(false);
        }
    }

    function frame() {
        var t0 = performance.now();
        if (page.running && page.figures.length) {
            trainSlice();
        }
        if (page.timing) {
            page.timing = page.lab === "gd-variants" && page.engine.timeNext();
            $("lab-time").disabled = page.timing;
            page.dirty = true;
        }
        if (page.shared["rate-sweep"] && page.engine.sweepNext(SWEEP_STEPS)) {
            page.dirty = true;
        }
        if (page.dirty) {
            page.dirty = false;
            paint();
        }
        page.frames++;
        page.maxFrameMs = Math.max(page.maxFrameMs, performance.now() - t0);
        requestAnimationFrame(frame);
    }

    page.actions = {
        /** Opens lab `id` (unless it is open already) and shows it. */
        load: function (id) {
            show(id !== page.lab ? page.engine.load(id) : page.engine.state());
        },
        /** Applies fix `id` (unless it is applied already) and shows the lab. */
        applyFix: function (id) {
            show(id !== page.fix ? page.engine.applyFix(id) : page.engine.state());
        },
        paint: paint,
        setRunning: setRunning,
        /** Advances every run by n steps at once (the console API's run). */
        run: function (n) {
            for (var r = 0; r < page.runs.length; r++) {
                page.engine.advance(r, n);
            }
            paint();
        }
    };

    function ready(loaded) {
        page.engine = new ScratchNet.LabEngine(new ScratchNet.Engine(loaded.api, loaded.backend));
        page.backend = loaded.backend;
        $("backend").textContent = "engine: " + (loaded.backend === "wasm" ? "WebAssembly GC" : "JavaScript");
        $("backend").className = "badge badge-" + loaded.backend;
        var catalog = page.engine.catalog();
        catalog.labs.forEach(function (lab) { page.labs[lab.id] = lab; });
        ScratchNet.LabLinks.render($("lab-nav"), catalog, "", null);
        show(page.engine.open(location.hash));
        paint();
        $("lab-play").addEventListener("click", function () {
            if (!page.running && page.engine.finished()) {
                page.engine.restart(); // a finished lab runs again from its seed
            }
            setRunning(!page.running);
        });
        $("lab-restart").addEventListener("click", function () {
            page.engine.restart();
            page.dirty = true;
        });
        $("lab-finish").addEventListener("click", function () {
            while (!page.engine.finished()) {
                page.actions.run(2000);
            }
            setRunning(false);
        });
        $("lab-time").addEventListener("click", function () {
            page.timing = true; // one workload per frame, so the page stays responsive
            $("lab-time").disabled = true;
        });
        window.addEventListener("hashchange", function () {
            setRunning(false); // a lab opens paused, its story on screen; Run starts it
            show(page.engine.open(location.hash));
        });
        window.addEventListener("resize", function () { page.dirty = true; });
        document.querySelectorAll("button:disabled").forEach(function (b) { b.disabled = false; });
        ScratchNet.LabsApi.install(page);
        page.ready = true;
        setRunning(false); // labs open paused with their story on screen; Run starts them
        requestAnimationFrame(frame);
    }

    ScratchNet.Boot.load().then(ready).catch(function (error) {
        $("backend").textContent = "engine failed to load";
        $("backend").className = "badge badge-failed";
        showProblems([error.message]);
        throw error;
    });
    return page;
})();
