/*
 * ScratchNet's own loader for TeaVM's WebAssembly-GC build.
 *
 * TeaVM ships wasm-gc-runtime.js, which builds its JS<->WASM glue with `new Function` and so
 * cannot run under a Content-Security-Policy without 'unsafe-eval'. This file supplies the
 * same imports written as ordinary closures, but only those our module declares; any import
 * we do not know makes loading fail, and boot.js then falls back to the JavaScript build.
 * Mirrors TeaVM 0.15.0 src/main/js/wasm-gc-runtime/runtime.ts (Apache-2.0).
 */
"use strict";
var ScratchNetWasm = (function () {
    var BUILTINS = { builtins: ["js-string"] };

    /** Whether this browser can validate a module using GC types and js-string builtins. */
    function supported() {
        // (module (type (struct))): a type section with one empty struct, valid only with GC.
        var probe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 95, 0]);
        try {
            return typeof WebAssembly === "object" && WebAssembly.validate(probe);
        } catch (e) {
            return false;
        }
    }

    function jsoImports(ctx) {
        var javaObject = Symbol("javaObject");
        var jsWrappers = new WeakMap();
        var javaWrappers = new WeakMap();
        function rethrowJavaAsJs(e) {
            if (e instanceof WebAssembly.Exception) {
                var tag = ctx.exports["teavm.javaException"];
                if (tag && e.is(tag)) {
                    var msg = ctx.exports["teavm.exceptionMessage"];
                    var toJs = ctx.exports["teavm.stringToJs"];
                    var text = msg && toJs ? toJs(msg(e.getArg(tag, 0))) : null;
                    throw new Error("Java exception: " + (text || "(no message)"));
                }
            }
            throw e;
        }
        function rethrowJsAsJava(e) {
            ctx.exports["teavm.js.throwException"](ctx.exports["teavm.js.wrapException"](e));
            throw e;
        }
        /** A JS function calling the exported Java function `fn` with the same arity. */
        function defineFunction(fn, vararg) {
            var n = fn.length;
            return function () {
                var args = Array.prototype.slice.call(arguments, 0, vararg ? n - 1 : n);
                if (vararg) {
                    args.push(Array.prototype.slice.call(arguments, n - 1));
                }
                try {
                    return fn.apply(null, args);
                } catch (e) {
                    rethrowJavaAsJs(e);
                }
            };
        }
        /** Resolves a global name such as "Float64Array" or "Math.floor" without eval. */
        function globalName(name) {
            return name.split(".").reduce(function (o, key) { return o[key]; }, globalThis);
        }
        function guard(f) {
            return function () {
                try {
                    return f.apply(this, arguments);
                } catch (e) {
                    rethrowJsAsJava(e);
                }
            };
        }
        function rest(args, from) {
            return Array.prototype.slice.call(args, from);
        }
        /*
         * TeaVM compiles @JSBody snippets from source text at run time. We cannot eval, so
         * each snippet the classlib uses is written out here by hand, keyed by its body.
         */
        var JS_BODIES = {};
        function identity(v) {
            return v;
        }
        function jsBody() {
            var body = arguments[arguments.length - 1];
            if (arguments.length === 2 && body === "return " + arguments[0] + ";") {
                return identity; // the classlib's casts between JS and Java views of a value
            }
            if (!Object.prototype.hasOwnProperty.call(JS_BODIES, body)) {
                throw new Error("ScratchNet loader has no eval-free version of @JSBody: " + body);
            }
            return JS_BODIES[body];
        }
        var jso = {
            stringBuiltinsSupported: function () { return 1; },
            isUndefined: function (o) { return typeof o === "undefined"; },
            emptyArray: function () { return []; },
            appendToArray: function (a, e) { a.push(e); },
            unwrapBoolean: function (v) { return v ? 1 : 0; },
            wrapBoolean: function (v) { return !!v; },
            getProperty: function (obj, prop) {
                try {
                    return obj !== null ? obj[prop] : globalName(prop);
                } catch (e) {
                    rethrowJsAsJava(e);
                }
            },
            global: guard(globalName),
            instanceOf: function (v, type) { return v instanceof type; },
            instanceOfOrNull: function (v, type) { return v === null || v instanceof type; },
            isPrimitive: function (v, type) { return typeof v === type || v === null; },
            sameRef: function (a, b) { return a === b; },
            concatArray: function (a, b) { return a.concat(b); },
            setProperty: function (obj, prop, value) { (obj === null ? globalThis : obj)[prop] = value; },
            createClass: function (name, parent, constructor) {
                var cls = function (javaObj) {
                    if (parent !== null) {
                        parent.call(this, javaObj);
                    } else {
                        this[javaObject] = javaObj;
                    }
                };
                cls.prototype = Object.create(parent ? parent.prototype : Object.prototype);
                cls.prototype.constructor = cls;
                return cls;
            },
            defineFunction: defineFunction,
            defineStaticMethod: function (cls, name, fn, vararg) {
                cls[name] = defineFunction(fn, vararg);
            },
            defineMethod: function (cls, name, fn, vararg) {
                var f = defineFunction(fn, vararg);
                cls.prototype[name] = function () {
                    return f.apply(null, [this].concat(Array.prototype.slice.call(arguments)));
                };
            },
            javaObjectToJS: function (instance, cls) {
                if (instance === null) {
                    return null;
                }
                var ref = jsWrappers.get(instance);
                var obj = ref && ref.deref();
                if (!obj) {
                    obj = new cls(instance);
                    jsWrappers.set(instance, new WeakRef(obj));
                }
                return obj;
            },
            unwrapJavaObject: function (instance) { return instance[javaObject]; },
            wrapObject: function (obj) {
                if (obj === null) {
                    return null;
                }
                if (obj[javaObject] !== undefined) {
                    return obj[javaObject];
                }
                var ref = typeof obj === "object" || typeof obj === "function" ? javaWrappers.get(obj) : null;
                var result = ref && ref.deref();
                if (!result) {
                    result = ctx.exports["teavm.jso.createWrapper"](obj);
                    if (ref !== null) {
                        javaWrappers.set(obj, new WeakRef(result));
                    }
                }
                return result;
            }
        };
        ["Byte", "Short", "Char", "Int", "Long", "Float", "Double"].forEach(function (t) {
            jso["wrap" + t] = jso["unwrap" + t] = function (v) { return v; };
        });
        for (var i = 0; i < 32; i++) {
            jso["createFunction" + i] = jsBody;
            jso["bindFunction" + i] = function (f) {
                return f.bind.apply(f, [null].concat(rest(arguments, 1)));
            };
            jso["callFunction" + i] = guard(function (fn) { return fn.apply(null, rest(arguments, 1)); });
            jso["callMethod" + i] = guard(function (instance, method) {
                var target = instance !== null ? instance : globalThis;
                var f = instance !== null ? instance[method] : globalName(method);
                return f.apply(target, rest(arguments, 2));
            });
            jso["construct" + i] = guard(function (constructor) {
                return new (Function.prototype.bind.apply(constructor, [null].concat(rest(arguments, 1))))();
            });
            jso["arrayOf" + i] = function () { return rest(arguments, 0); };
        }
        return jso;
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
            teavmJso: jsoImports(ctx)
        };
    }

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

    return { supported: supported, instantiate: instantiate };
})();
