/*
 * The labs page: loads the engine, opens the lab named in the URL (#lab=<id>&fix=<fix>), and
 * runs the frame loop. Each frame advances every run by the same share of an epoch, sized so
 * the training takes about 8 ms, then repaints. The learning-rate sweep trains one rate per
 * frame. window.scratchnetLabs is the console API the browser tests use.
 */
"use strict";
(function () {
    var BUDGET_MS = 8;
    var $ = function (id) { return document.getElementById(id); };
    var page = { ready: false, engine: null, lab: "", running: false, dirty: true, chunk: 0.02,
        sides: [], figures: [], shared: {}, frames: 0, maxFrameMs: 0 };
    globalThis.ScratchNetLabsPage = page;

    function parseHash() {
        var out = {};
        location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
            var eq = pair.indexOf("=");
            if (eq > 0) {
                out[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1));
            }
        });
        return out;
    }

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
        $("fix-set").hidden = page.lab === "gd-variants";
        page.engine.fixes().forEach(function (id) {
            var b = document.createElement("button");
            b.type = "button";
            b.textContent = LabPageText.fixLabel(id);
            b.dataset.fix = id;
            b.setAttribute("aria-pressed", String(id === page.engine.fix()));
            b.addEventListener("click", function () {
                location.hash = "#lab=" + page.lab + "&fix=" + id;
            });
            box.appendChild(b);
        });
    }

    /** Opens the lab and fix of the URL (or the given ones), rebuilding the page around them. */
    function open(lab, fix) {
        var problems = [];
        if (lab && lab !== page.lab) {
            problems = problems.concat(page.engine.load(lab));
        }
        if (fix && fix !== page.engine.fix()) {
            problems = problems.concat(page.engine.applyFix(fix));
        }
        showProblems(problems);
        page.lab = page.engine.lab();
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
        $("lab-title").textContent = LabPageText.title(page.lab);
        document.title = "ScratchNet lab: " + LabPageText.title(page.lab);
        fixButtons();
        var names = [];
        for (var r = 0; r < page.engine.runs(); r++) {
            names.push(page.engine.runName(r));
        }
        page.sides = LabViews.build($("compare"), page.lab, names);
        page.shared = LabPageText.buildShared(page.lab);
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
            return LabViews.paint(page.engine, side, r, page.lab, histLayer);
        });
        LabPageText.pauseMessage($("pause-message"), page.figures, page.sides);
        LabPageText.paintShared(page.shared, page.engine, page.figures);
        if (page.running && page.engine.finished()) {
            setRunning(false);
        }
    }

    function frame() {
        var t0 = performance.now();
        if (page.running && page.figures.length) {
            trainSlice();
        }
        if (page.shared.sweep && page.engine.sweepNext(LabPageText.SWEEP_STEPS)) {
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
        open: open,
        paint: paint,
        setRunning: setRunning,
        /** Advances every run by n steps at once (the console API's run). */
        run: function (n) {
            for (var r = 0; r < page.engine.runs(); r++) {
                page.engine.advance(r, n);
            }
            paint();
        }
    };

    function ready(loaded) {
        page.engine = new LabEngine(loaded.api, loaded.backend);
        page.backend = loaded.backend;
        $("backend").textContent = "engine: " + (loaded.backend === "wasm" ? "WebAssembly GC" : "JavaScript");
        $("backend").className = "badge badge-" + loaded.backend;
        var h = parseHash();
        open(h.lab || "dying-relu", h.fix);
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
        window.addEventListener("hashchange", function () {
            var hash = parseHash();
            open(hash.lab, hash.fix);
            setRunning(true);
        });
        window.addEventListener("resize", function () { page.dirty = true; });
        document.querySelectorAll("button:disabled").forEach(function (b) { b.disabled = false; });
        LabConsole.install(page);
        page.ready = true;
        setRunning(true);
        requestAnimationFrame(frame);
    }

    ScratchNetBoot.load().then(ready).catch(function (error) {
        $("backend").textContent = "engine failed to load";
        $("backend").className = "badge badge-failed";
        showProblems([error.message]);
        throw error;
    });
})();
