/*
 * The "teavmJso" imports of TeaVM's WebAssembly-GC module: how Java objects, exceptions and
 * @JSExport functions meet JavaScript. Plain closures in place of the `new Function` glue of
 * TeaVM 0.15's wasm-gc-runtime.js (Apache-2.0), so no CSP 'unsafe-eval' is needed.
 * Used by wasm-gc-loader.js; `ctx.exports` is filled in once the module is instantiated.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.WasmGcJso = function (ctx) {
    var javaObject = Symbol("javaObject");
    var functionsOf = Symbol("functions");
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
    var JS_BODIES = {
        // JSObjects.create(): direct buffers (benchmark H's pixels) keep their state in one.
        "{return {};}": function () { return {}; }
    };
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
        /** A JS object's method as a plain function (direct buffers pass one to a
         * FinalizationRegistry, which frees their linear memory). */
        asFunction: function (instance, name) {
            if (instance === null || instance === undefined) {
                return null;
            }
            var functions = instance[functionsOf] || (instance[functionsOf] = Object.create(null));
            if (typeof functions[name] !== "function") {
                functions[name] = function () {
                    return instance[name].apply(instance, arguments);
                };
            }
            return functions[name];
        },
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
};
