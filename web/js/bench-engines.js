/*
 * Loads the benchmark page's two engines, the JavaScript and the WebAssembly-GC build of
 * scratchnet.bridge.BenchBridge, so the page can time both. Like boot.js for the playground:
 * over http the .wasm file is fetched; from file:// its bytes come from a classic script
 * holding them as base64. The fingerprinted file names are in <body data-*>.
 */
"use strict";
var BenchEngines = (function () {
    var EXPORTS = ["benchSetUp", "benchRun", "benchExamples", "benchFlops", "benchGridNodes",
        "benchGridResolution", "benchGridPixels"];

    function loadScript(src) {
        return new Promise(function (resolve, reject) {
            var script = document.createElement("script");
            script.src = src;
            script.onload = resolve;
            script.onerror = function () { reject(new Error("could not load " + src)); };
            document.body.appendChild(script);
        });
    }

    function base64ToBytes(text) {
        var binary = atob(text);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes;
    }

    function wasmBytes(assets) {
        if (location.protocol === "file:") {
            return loadScript(assets.wasmEmbedded).then(function () {
                return base64ToBytes(globalThis.SCRATCHNET_WASM_BASE64);
            });
        }
        return fetch(assets.wasm).then(function (response) {
            if (!response.ok) {
                throw new Error("could not fetch " + assets.wasm + ": " + response.status);
            }
            return response.arrayBuffer();
        });
    }

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
            loaded = loadScript(assets.js).then(function () { return pick(globalThis); });
        } else if (!ScratchNetWasm.supported()) {
            loaded = Promise.reject(new Error("this browser has no WebAssembly GC"));
        } else {
            loaded = wasmBytes(assets).then(ScratchNetWasm.instantiate).then(pick);
        }
        return loaded.then(function (api) {
            return { api: api, backend: backend, loadMs: performance.now() - start };
        });
    }

    return { load: load };
})();
