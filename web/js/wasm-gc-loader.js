/*
 * ScratchNet's own loader for TeaVM's WebAssembly-GC build.
 *
 * TeaVM ships wasm-gc-runtime.js, which builds its JS<->WASM glue with `new Function` and so
 * cannot run under a Content-Security-Policy without 'unsafe-eval'. This file supplies the
 * same imports written as ordinary closures, but only those our module declares; any import
 * we do not know makes loading fail, and boot.js then falls back to the JavaScript build.
 * Mirrors TeaVM 0.15.0 src/main/js/wasm-gc-runtime/runtime.ts (Apache-2.0); the JS-object
 * imports live in wasm-gc-jso.js.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.WasmGcLoader = (function () {
    var BUILTINS = { builtins: ["js-string"] };

    /** Whether this browser has WebAssembly GC (js-string builtins are needed too: without
     * them instantiation fails and boot.js falls back to the JavaScript build). */
    function supported() {
        // (module (type (struct))): a type section with one empty struct, valid only with GC.
        var probe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 95, 0]);
        try {
            return typeof WebAssembly === "object" && WebAssembly.validate(probe);
        } catch (e) {
            return false;
        }
    }

    function imports(ctx, memory, heapOffset) {
        return {
            env: { memory: memory },
            teavmMemory: {
                linearMemory: function () { return memory.buffer; },
                notifyHeapResized: function () {},
                heapOffset: new WebAssembly.Global({ value: "i32", mutable: false }, heapOffset),
                maxSize: new WebAssembly.Global({ value: "i32", mutable: false }, 0x7fffffff)
            },
            teavm: {
                takeStackTrace: function () { return { getStack: function () { return []; } }; },
                decorateException: function () {}
            },
            teavmDate: { currentTimeMillis: function () { return Date.now(); } },
            teavmConsole: {
                putcharStderr: function () {},
                putcharStdout: function () {}
            },
            teavmMath: Math,
            teavmJso: ScratchNet.WasmGcJso(ctx)
        };
    }

    /** Linear memory of the last module (WebAssembly GC objects live in the JS heap). */
    var lastMemory = null;

    function memoryFor(module) {
        var req = WebAssembly.Module.customSections(module, "teavm.memoryRequirements");
        var defaults = req.length === 1 ? JSON.parse(new TextDecoder().decode(req[0])) : {};
        var initial = Math.max(defaults.min || 0, 1);
        return {
            memory: new WebAssembly.Memory({ initial: initial, maximum: 32768 }),
            heapOffset: ((defaults.dataSize || 0) + 7) & ~7
        };
    }

    /** Fails before instantiating if the module asks for something this loader lacks. */
    function checkImports(module, provided) {
        WebAssembly.Module.imports(module).forEach(function (imp) {
            if (imp.module === "wasm:js-string") {
                return;
            }
            var m = provided[imp.module];
            if (!m || !(imp.name in m)) {
                throw new Error("ScratchNet loader lacks import " + imp.module + "." + imp.name);
            }
        });
    }

    /**
     * Compiles and instantiates the module from its bytes (ArrayBuffer/typed array) and resolves
     * to an object holding the @JSExport functions by name.
     */
    function instantiate(bytes) {
        return WebAssembly.compile(bytes, BUILTINS).then(function (module) {
            var ctx = { exports: null };
            var mem = memoryFor(module);
            lastMemory = mem.memory;
            var provided = imports(ctx, mem.memory, mem.heapOffset);
            checkImports(module, provided);
            return WebAssembly.instantiate(module, provided).then(function (instance) {
                ctx.exports = instance.exports;
                var api = {};
                Object.keys(instance.exports).forEach(function (key) {
                    var value = instance.exports[key];
                    if (value instanceof WebAssembly.Global) {
                        api[key] = value.value;
                    }
                });
                return api;
            });
        });
    }

    /** Bytes of the linear memory of the module instantiated last (0 before one), for soaks. */
    function memoryBytes() {
        return lastMemory ? lastMemory.buffer.byteLength : 0;
    }

    return { supported: supported, instantiate: instantiate, memoryBytes: memoryBytes };
})();
