/*
 * Loads the benchmark page's two engines, the JavaScript and the WebAssembly-GC build of
 * scratchnet.bridge.BenchBridge, so the page can time both, with boot.js's loaders: over http
 * the .wasm file is fetched; from file:// its bytes come from a classic script holding them as
 * base64. The fingerprinted file names are in <body data-*>.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.BenchEngines = (function () {
    var EXPORTS = ["benchSetUp", "benchRun", "benchExamples", "benchFlops", "benchGridNodes",
        "benchGridResolution", "benchGridThumbnail", "benchGridPixels"];

    /** Only the bench exports, so both engines look the same to the runner. */
    function pick(source) {
        var api = {};
        EXPORTS.forEach(function (name) {
            if (typeof source[name] !== "function") {
                throw new Error("engine lacks export " + name);
            }
            api[name] = source[name];
        });
        return api;
    }

    /** Resolves to {api, backend, loadMs} for backend "js" or "wasm". */
    function load(backend) {
        var assets = document.body.dataset;
        var start = performance.now();
        var loaded;
        if (backend === "js") {
            // The JavaScript build's UMD wrapper puts the exports on the global object.
            loaded = ScratchNet.Boot.loadScript(assets.js).then(function () {
                return pick(globalThis);
            });
        } else if (!ScratchNet.WasmGcLoader.supported()) {
            loaded = Promise.reject(new Error("this browser has no WebAssembly GC"));
        } else {
            loaded = ScratchNet.Boot.wasmBytes(assets).then(ScratchNet.WasmGcLoader.instantiate).then(pick);
        }
        return loaded.then(function (api) {
            return { api: api, backend: backend, loadMs: performance.now() - start };
        });
    }

    return { load: load };
})();
