/*
 * Loads the engine: the WebAssembly-GC build where the browser supports it, otherwise the
 * JavaScript build. Both are the same Java code compiled by TeaVM and export the same functions.
 *
 * Over http the .wasm file is fetched; from file:// fetch is blocked, so the bytes come from a
 * classic script that holds them as base64. `?backend=js` or `?backend=wasm` forces a choice.
 * The fingerprinted file names are written into <body data-*> by the build.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Boot = (function () {
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

    function loadWasm(assets) {
        if (!ScratchNet.WasmGcLoader.supported()) {
            return Promise.reject(new Error("this browser has no WebAssembly GC"));
        }
        return wasmBytes(assets).then(ScratchNet.WasmGcLoader.instantiate).then(function (api) {
            return { api: api, backend: "wasm" };
        });
    }

    function loadJs(assets) {
        return loadScript(assets.js).then(function () {
            // The JavaScript build's UMD wrapper puts the exports on the global object.
            return { api: globalThis, backend: "js" };
        });
    }

    /** Resolves to {api, backend} with backend "wasm" or "js". */
    function load() {
        var assets = document.body.dataset;
        var forced = new URLSearchParams(location.search).get("backend");
        if (forced === "js") {
            return loadJs(assets);
        }
        var wasm = loadWasm(assets);
        if (forced === "wasm") {
            return wasm;
        }
        return wasm.catch(function (error) {
            console.warn("ScratchNet: WebAssembly GC unavailable (" + error.message
                + "); using the JavaScript build");
            return loadJs(assets);
        });
    }

    // loadScript and wasmBytes also serve the benchmark page, which loads both builds.
    return { load: load, loadScript: loadScript, wasmBytes: wasmBytes };
})();
