/*
 * The playground page: composes the shared core (engine, widgets, controls) and runs the frame
 * loop. Each animation frame: if playing, ask the engine to train as many steps as fit the
 * budget; if anything changed, refresh over frames and repaint (FramePacer, PlaygroundView).
 * Settings cross as typed objects (engine.change); the address bar carries the engine's
 * canonical link, so a link reproduces the run and back/forward work. No training math here.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Playground = (function () {
    // index.html#lab=<id> is a lab's link: the labs page opens it.
    if (/^#lab=/.test(location.hash)) {
        location.replace("labs.html" + location.hash);
        return null;
    }
    // index.html#learn=<view> opens the Learn panel on that view, with the default settings.
    var learnLink = /^#learn=([a-z]+)/.exec(location.hash);
    if (learnLink) {
        history.replaceState(null, "", location.pathname + location.search);
    }
    /** Work per frame we aim for (training + refresh + paint), leaving the rest for the browser. */
    var FRAME_BUDGET_MS = 12;
    /** What a paused page's catching up leaves of the frame to the 2/λ estimate, at least. */
    var IDLE_STABILITY_MS = 3;
    /** What training leaves of its budget to an optimizer race that runs after it in a frame. */
    var RACE_SHARE_MS = 4;
    /** Most of the budget the views (refresh slices, repaint jobs) take from training. */
    var VIEW_SHARE_MS = 5;
    /** Least time the views get in a frame while training (unless one step takes more). */
    var MIN_VIEW_MS = 3;
    /** Frames in a row a heavy step may leave the views only what is left, before one is theirs. */
    var HEAVY_RUN = 3;
    /** A step this long does not fit a 60 Hz frame even alone. */
    var LONG_STEP_MS = 15;
    /**
     * Work units (engine.stepWork) a millisecond assumed before any step was timed: about
     * half what the JavaScript build does here in float64 (parts measure the rate and go back
     * to whole steps if they fit).
     */
    var START_RATE = 5e5;
    /**
     * How far over LONG_STEP_MS a step must be, by its work at the rate measured (or
     * START_RATE), or as timed, to go in parts at once.
     */
    var GUESS_FACTOR = 4;
    /** Whole steps over LONG_STEP_MS in a row that send the next ones into parts. */
    var LONG_RUN = 3;
    /** Steps in parts before a whole one is tried again, at first and at most. */
    var PROBE_AFTER = 4;
    var MAX_PROBE_AFTER = 256;
    /** Least time between two refreshes of the views while steps go in parts. */
    var PARTS_REFRESH_MS = 250;
    /** How often the counter shows a step's progress while it goes in parts. */
    var PROGRESS_MS = 250;
    var BACKEND_LABELS = { wasm: "WebAssembly GC", js: "JavaScript" };
    var $ = function (id) { return document.getElementById(id); };
    var page = {
        ready: false, backend: null, engine: null, running: false, dirty: true, catchingUp: false,
        stepsPerFrame: 1, paintMs: 4, frameBefore: 0, dataVersion: -1, paints: 0,
        // steps in parts (trainSlice): the rates measured, the counters, and the refresh due
        partRate: 0, wholeRate: 0, partSteps: 0, longSteps: 0, probing: false,
        probeAfter: PROBE_AFTER, viewsWant: 0, progressAt: 0,
        points: [], frames: [], lastFrameAt: 0, limits: null, config: {}
    };
    var widgets = page.widgets = {};

    function showMessages(list) {
        var box = $("messages");
        box.hidden = list.length === 0;
        box.textContent = list.join(" ");
        box.title = "Click to close";
    }

    /**
     * Takes the engine's settings and canonical link, the link into the address bar (a new
     * history entry if asked).
     */
    function adopt(settings, hash, push) {
        if (location.hash !== hash) {
            if (push) {
                history.pushState(null, "", hash);
            } else {
                history.replaceState(null, "", hash);
            }
        }
        page.config = settings;
        page.dirty = true;
    }

    /** After settings changed: the engine's messages, settings and link ({messages, settings, hash}). */
    function settled(outcome, push) {
        showMessages(outcome.messages);
        adopt(outcome.settings, outcome.hash, push);
        afterRebuild();
    }

    /** After the engine changed a setting itself (seed, data seed). */
    function resettled(push) {
        adopt(page.engine.settings(), page.engine.hash(), push);
        afterRebuild();
    }

    function configure(partial) {
        settled(page.engine.change(partial), true);
    }

    function afterRebuild() {
        page.key = null;
        // (No refresh here: the engine refreshed after a rebuild itself, and a change that
        // kept the network, a new rate say, changed none of the numbers the controls read;
        // the views catch up over the next frames. On 20,000 rows this refresh took 200 ms.)
        page.stats = page.engine.stats();
        widgets.ownData.sync(page.config);
        widgets.controls.sync(page.config, page.stats);
        widgets.layerActs.sync(page.config);
        widgets.schedule.sync(page.config);
        widgets.stability.forget(); // its estimate was for the settings before
        if (widgets.lesson) {
            widgets.lesson.apply();
        }
        page.dirty = true;
    }

    function setRunning(on) {
        page.running = on && !page.engine.stats().diverged;
        page.dirty = true; // on pause, the views catch up at once
        $("play").textContent = page.running ? "Pause" : "Play";
        $("play").setAttribute("aria-pressed", String(page.running));
    }

    /**
     * Trains one frame's steps: the chosen fixed number (the default pace, limits.defaultSpeed,
     * lets the boundary form over seconds), or at full speed (0) as many as fit the time this
     * frame has left; `painting` says if a repaint follows. Returns the milliseconds it took.
     */
    function trainSlice(painting) {
        var speed = Number($("speed").value);
        // Training gets what refreshing and painting leave of the frame budget, 2..10 ms.
        var budget = painting ? Math.max(2, Math.min(10, FRAME_BUDGET_MS - page.paintMs))
            : FRAME_BUDGET_MS - 1 - widgets.stability.frameMs; // the 2/λ estimate's slice
        // What an optimizer race took of this frame before, or will take after.
        budget = Math.max(1, budget - (page.frameBefore > 0 ? page.frameBefore
            : widgets.race.running ? RACE_SHARE_MS : 0));
        var t0 = performance.now();
        var took;
        var stepWork = page.engine.stepWork();
        // (Only a step far too long for a frame by its work: a guessed or noisy rate must not
        // send a step that fits into parts.)
        if (page.partRate === 0
                && stepWork / (page.wholeRate || START_RATE) > GUESS_FACTOR * LONG_STEP_MS) {
            // One step would not fit a frame (at the rate last measured): parts from the start.
            page.probeAfter = PROBE_AFTER;
            enterParts(page.wholeRate || START_RATE);
        }
        if (page.partRate > 0) {
            // A step longer than a frame goes in parts (the engine keeps the run as it was
            // until the last part): a budget's work each frame, at the rate measured.
            // With views in the frame, half: what they draw is rasterised after the script.
            var asked = painting ? budget / 2 : budget;
            var work = Math.max(1, page.partRate * asked);
            page.lastSteps = page.engine.stepPart(work);
            took = performance.now() - t0;
            if (took >= 1 && page.lastSteps === 0) {
                // (A call that ended a step may have done less than its work: not a rate.)
                page.partRate = 0.7 * page.partRate + 0.3 * work / took;
            } else if (page.lastSteps === 0 && took < asked / 2) {
                // Too short to time (a frame with little time left): give the next part more,
                // or one slow call (the collector's) could keep the parts tiny for good.
                page.partRate *= 1.5;
            }
            if (page.lastSteps > 0) {
                page.viewsWant = page.pacer.cycles + 1; // a step applied: refresh the views
                page.partSteps++;
                // Whole steps again when one would clearly fit (a smaller batch, say), or to
                // try, every probeAfter steps when one might: the parts' rate is no sure guide
                // (small parts are mostly call overhead; the first steps were slow while the
                // compiler warmed up). A try that fails comes straight back, and waits twice
                // as long next time.
                var fits = stepWork < page.partRate * LONG_STEP_MS / 2;
                var might = stepWork < page.partRate * LONG_STEP_MS * 2; // a try costs a frame
                if (fits || (might && page.partSteps >= page.probeAfter)) {
                    page.probing = !fits;
                    page.wholeRate = page.partRate;
                    page.partRate = 0;
                    page.stepsPerFrame = 1;
                }
            }
            page.dirty = true;
            return took;
        }
        // The chosen pace (steps per frame) or at full speed (0) as many as fit the budget;
        // a chosen pace too is cut to what fits, so that no frame overruns.
        var n = speed === 0 ? page.stepsPerFrame : Math.min(speed, page.stepsPerFrame);
        page.engine.step(n);
        took = performance.now() - t0;
        page.lastSteps = n;
        page.stepsPerFrame = Math.max(1, Math.min(20000, Math.round(n * aim(budget, took))));
        if (took >= 2) {
            var sample = n * stepWork / took;
            page.wholeRate = page.wholeRate ? 0.7 * page.wholeRate + 0.3 * sample : sample;
        }
        page.longSteps = n === 1 && took > LONG_STEP_MS ? page.longSteps + 1 : 0;
        var tryFailed = page.probing && n === 1 && took > LONG_STEP_MS;
        if (tryFailed || page.longSteps >= LONG_RUN || took > GUESS_FACTOR * LONG_STEP_MS) {
            // Not even one step fits a frame (three times in a row: one slow step may be the
            // compiler or the collector): the next ones go in parts of about the budget.
            page.probeAfter = tryFailed ? Math.min(MAX_PROBE_AFTER, 2 * page.probeAfter)
                : PROBE_AFTER;
            enterParts(stepWork / took);
        }
        page.probing = false;
        page.dirty = true;
        return took;
    }

    /** Steps go in parts from the next frame on, at first at `rate` work units a millisecond. */
    function enterParts(rate) {
        page.partRate = rate;
        page.partSteps = 0;
        page.longSteps = 0;
        page.viewsWant = page.pacer.cycles + 1;
    }

    /** The factor that aims the next slice at the budget, at most 2 either way per frame. */
    function aim(budget, took) {
        return Math.max(0.5, Math.min(2, budget / Math.max(took, 0.05)));
    }

    /**
     * Refreshes (unless the latest refresh is of now) and repaints everything at once: for the
     * console's actions, which answer with the state they leave.
     */
    function paint(now) {
        page.engine.refresh(true);
        page.pacer.clear();
        page.dirty = false;
        ScratchNet.PlaygroundView.jobs(page, widgets).forEach(function (job) {
            var stats = job(now);
            if (stats && stats.diverged && page.running) {
                setRunning(false);
            }
        });
    }

    function frame(now) {
        try {
            frameWork(now);
        } catch (error) {
            // Never let one failure stop the loop: report it, stop training, keep the page.
            setRunning(false);
            showMessages(["Something went wrong: " + error.message]);
            console.warn(error);
        }
        requestAnimationFrame(frame);
    }

    function frameWork(now) {
        var t0 = performance.now();
        // Work another animation callback did earlier in this frame (the optimizer race's)
        // counts against the frame's budget: the budgets below run from the frame's start.
        page.frameBefore = t0 - now > 1 ? t0 - now : 0;
        var start = t0 - page.frameBefore;
        page.engine.bridgeMs = 0;
        var views = true;
        var stability = true;
        var idle = false;
        if (page.running) {
            // Training, then the views' share: a slice of the refresh cycle or the repaint's
            // next jobs (FramePacer), so no frame does more than its budget.
            var viewMs = Math.max(1, Math.min(VIEW_SHARE_MS, page.pacer.viewMs));
            page.paintMs = viewMs + widgets.stability.frameMs; // training leaves the estimate its slice
            var least = MIN_VIEW_MS;
            // A step in parts leaves the run as it was until its last part: once the views
            // show the run as it is, there is nothing new to refresh, and training takes the
            // frame's budget (the counter shows how far the step is, a few times a second).
            // The views refresh at most every PARTS_REFRESH_MS then: steps this slow change
            // little from one to the next, and each refresh costs frames of training.
            if (page.dirty) {
                page.viewsWant = page.pacer.cycles + 1; // something changed since the last frame
            }
            idle = page.partRate > 0 && !page.pacer.busy() && (page.pacer.cycles
                >= page.viewsWant || now - page.pacer.cycleAt < PARTS_REFRESH_MS);
            if (idle) {
                trainSlice(false);
                views = false;
                if (now - page.progressAt >= PROGRESS_MS) {
                    page.progressAt = now;
                    ScratchNet.Readout.show(page.engine.stats(), page.config, page.limits);
                }
            } else if (page.viewsOwed) {
                // Heavy steps had the last frames: this frame is the views' alone.
                page.viewsOwed = false;
                page.heavyFrames = 0;
                page.lastSteps = 0;
            } else {
                var took = trainSlice(true);
                // One step that leaves the views less than their least time (a large network
                // in float32, a large batch) is still taken whole. Rather than overrun the frame,
                // the views get only what is left of the budget (the 2/λ estimate none), and a
                // frame of their own after a step that filled the budget or after
                // HEAVY_RUN such frames in a row, so that no view job waits for long. A step
                // longer than a frame (LONG_STEP_MS) goes in parts instead (trainSlice).
                if (page.partRate === 0 && page.lastSteps === 1 && took < LONG_STEP_MS
                        && took > FRAME_BUDGET_MS - MIN_VIEW_MS - widgets.stability.frameMs) {
                    least = 0;
                    stability = false;
                    page.heavyFrames = (page.heavyFrames || 0) + 1;
                    page.viewsOwed = took >= FRAME_BUDGET_MS - 1 || page.heavyFrames >= HEAVY_RUN;
                    views = took < FRAME_BUDGET_MS - 1;
                } else {
                    page.heavyFrames = 0;
                }
            }
            if (views) {
                var deadline = Math.max(start + FRAME_BUDGET_MS
                    - (stability ? widgets.stability.frameMs : 0), performance.now() + least);
                page.pacer.frame(page, widgets, now, deadline, function (stats) {
                    if (stats.diverged) {
                        setRunning(false);
                    }
                });
                page.paints = page.pacer.published;
            }
            page.dirty = false;
        } else if (page.dirty || page.catchingUp) {
            // Idle: what changed is refreshed as a cycle of slices within the frame's budget,
            // as while training (on the largest data a whole refresh took 200 ms a click),
            // then repainted by the pacer's jobs, until a cycle begun after the change is shown.
            if (page.dirty) {
                page.dirty = false;
                page.catchingUp = true;
                page.viewsWant = page.pacer.cycles + 1;
            }
            // (The 2/λ estimate keeps a slice of the frame after it, as while training.)
            page.pacer.frame(page, widgets, now, start + FRAME_BUDGET_MS
                - Math.max(IDLE_STABILITY_MS, widgets.stability.frameMs), function () {});
            page.paints = page.pacer.published;
            page.catchingUp = page.pacer.cycles < page.viewsWant || page.pacer.busy();
        }
        // The rate's stability limit: a slice of its estimate, spread over frames like the refresh.
        // In frames that only train, only a cheap slice (a batch-norm network's cannot be cut).
        if ((views || (idle && widgets.stability.frameMs <= MIN_VIEW_MS)) && stability) {
            // (The frame began at `now`: an optimizer race's work may have come before.)
            widgets.stability.work(page.engine, page.running, now, now + FRAME_BUDGET_MS);
        }
        if (page.running || page.lastRunning) {
            page.frames.push({ interval: now - page.lastFrameAt, work: performance.now() - t0,
                bridge: page.engine.bridgeMs, steps: page.running ? page.lastSteps : 0 });
            if (page.frames.length > 240) {
                page.frames.shift();
            }
        }
        page.lastRunning = page.running;
        page.lastFrameAt = now;
    }

    function wire() {
        $("play").addEventListener("click", function () { setRunning(!page.running); });
        $("step").addEventListener("click", function () { page.engine.step(1); page.dirty = true; });
        $("epoch").addEventListener("click", function () { page.engine.stepEpoch(); page.dirty = true; });
        $("reset").addEventListener("click", function () { page.actions.reset(); });
        $("reseed").addEventListener("click", function () { page.actions.reset(page.config.seed + 1); });
        $("regenerate").addEventListener("click", function () {
            page.engine.regenerate();
            resettled(true);
        });
        window.addEventListener("hashchange", function () {
            if (/^#lab=/.test(location.hash)) { // a lab's link typed into an open playground
                location.replace("labs.html" + location.hash);
                return;
            }
            var learn = /^#learn=([a-z]+)/.exec(location.hash);
            if (learn) {
                history.replaceState(null, "", page.engine.hash());
                widgets.learn.open(learn[1]);
                return;
            }
            settled(page.engine.load(location.hash), false);
        });
        window.addEventListener("resize", function () { page.dirty = true; });
        $("loss-x").addEventListener("change", function () { page.dirty = true; });
        $("speed").addEventListener("change", showSpeed);
        $("full-speed").addEventListener("click", function () {
            $("speed").value = String(Number($("speed").value) === 0 ? page.limits.defaultSpeed : 0);
            showSpeed();
        });
        widgets.diagram.probe.onLink = function (layer, from, to) {
            widgets.internals.pick(layer, from, to);
        };
        widgets.diagram.probe.onNode = function (node) {
            page.focusNode = node;
            ScratchNet.PlaygroundView.paintHeatmap(page, widgets);
        };
        $("messages").addEventListener("click", function () { $("messages").hidden = true; });
        ScratchNet.Shortcuts.install(page.actions);
    }

    /** What the console API and the keyboard act through. */
    page.actions = {
        play: function () { setRunning(true); },
        pause: function () { setRunning(false); },
        toggle: function () { setRunning(!page.running); },
        /** Whether the lesson lets a keyboard shortcut's action (play, step, reset) run. */
        allowed: function (name) { return !widgets.lesson || widgets.lesson.allows(name); },
        step: function (n) {
            page.engine.step(n === undefined ? 1 : n);
            paint(performance.now());
        },
        reset: function (seed) {
            page.engine.reset(seed === undefined ? -1 : seed);
            resettled(seed !== undefined);
        },
        set: configure,
        /** Your own data from CSV text, as an upload; returns the engine's messages. */
        loadCsv: function (text, options) { return widgets.ownData.load(text, options); },
        /** Repaints now (after a rewind moved the run). */
        repaint: function () { paint(performance.now()); },
        /** Back to the latest checkpoint at or before step, and repaints. */
        rewind: function (step) {
            page.engine.rewind(step);
            paint(performance.now());
        }
    };

    /** The speed menu from the engine's presets (steps per frame; 0 = full speed). */
    function speedMenu() {
        var menu = $("speed");
        menu.textContent = "";
        page.limits.speeds.forEach(function (s) {
            var option = document.createElement("option");
            option.value = String(s.steps);
            option.textContent = s.label;
            menu.appendChild(option);
        });
        menu.value = String(page.limits.defaultSpeed);
        $("loss-x").querySelector("option[value=recent]").textContent =
            "last " + page.limits.recentEpochs + " epochs";
        showSpeed();
    }

    function showSpeed() {
        $("full-speed").setAttribute("aria-pressed", String(Number($("speed").value) === 0));
    }

    function ready(engine) {
        page.engine = new ScratchNet.Engine(engine.api, engine.backend);
        page.pacer = new ScratchNet.FramePacer();
        page.backend = engine.backend;
        page.limits = page.engine.limits();
        var catalog = page.engine.labCatalog();
        $("backend").textContent = "engine: " + BACKEND_LABELS[engine.backend];
        $("backend").className = "badge badge-" + engine.backend;
        ScratchNet.LabLinks.render($("lab-links"), catalog, "labs.html", "li");
        widgets.heatmap = new ScratchNet.Heatmap($("heatmap"));
        widgets.key = new ScratchNet.HeatmapKey($("heatmap-key"));
        speedMenu();
        widgets.chart = new ScratchNet.LossChart($("loss-chart"));
        widgets.scatter = new ScratchNet.Scatter($("scatter"));
        widgets.diagram = new ScratchNet.Diagram($("diagram"), $("tooltip"), page.engine);
        widgets.hint = new ScratchNet.HintPanel($("hint"), catalog);
        widgets.stability = new ScratchNet.Stability($("lr-limit"), $("loss-limit"));
        widgets.scrubber = new ScratchNet.Scrubber($("scrub"), $("scrub-text"), $("ghost-legend"), {
            pause: function () { setRunning(false); },
            rewind: function (step) { page.actions.rewind(step); }
        });
        widgets.internals = new ScratchNet.Internals($("internals"), page.engine);
        widgets.ownData = new ScratchNet.OwnData(document.body, page, settled);
        widgets.draw = new ScratchNet.DrawPad(page, widgets.ownData);
        widgets.confusion = new ScratchNet.Confusion($("metrics"));
        widgets.digits = new ScratchNet.DigitViews($("digit-gallery"), $("digit-weights"),
            $("gallery-note"), $("weights-note"));
        widgets.pad = new ScratchNet.DigitPad($("digit-pad"), page.engine);
        widgets.controls = new ScratchNet.Controls(document.body, page.limits, configure);
        widgets.layerActs = new ScratchNet.LayerActivations($("unit-buttons"),
            document.querySelector('select[data-key="act"]'), page.limits, configure);
        widgets.schedule = new ScratchNet.ScheduleControls($("schedule"), page.limits);
        widgets.lesson = new ScratchNet.Lesson($("lesson"), page.engine, function (outcome) {
            setRunning(false);
            settled(outcome, true);
        });
        widgets.ownData.restore(); // kept data first, so a link that needs it finds it
        settled(page.engine.load(location.hash), false);
        wire();
        document.querySelectorAll("button:disabled").forEach(function (b) {
            if (!b.closest("#unit-buttons") && b.id !== "add-layer" && b.id !== "remove-layer") {
                b.disabled = false;
            }
        });
        widgets.learn = new ScratchNet.LearnPanel($("learn"), page, function (outcome) {
            setRunning(false);
            settled({ messages: [], settings: outcome.settings, hash: outcome.hash }, true);
        });
        $("learn-open").addEventListener("click", function () { widgets.learn.open(); });
        widgets.race = new ScratchNet.RacePanel($("race"), page);
        $("race-open").addEventListener("click", function () { widgets.race.open(); });
        widgets.diagram.probe.onNeuron = function (layer, unit, byKey) {
            widgets.learn.openUnit(layer, unit, byKey);
        };
        widgets.lesson.apply(); // after the page enabled its buttons: locked ones stay off
        ScratchNet.PlaygroundApi.install(page);
        page.ready = true;
        if (learnLink) {
            widgets.learn.open(learnLink[1]);
        }
        performance.mark("scratchnet-interactive");
        requestAnimationFrame(frame);
    }

    function failed(error) {
        $("backend").textContent = "engine failed to load";
        $("backend").className = "badge badge-failed";
        showMessages([error.message]);
        throw error;
    }

    ScratchNet.Boot.load().then(ready).catch(failed);
    return page;
})();
