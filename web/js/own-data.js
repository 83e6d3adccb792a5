/*
 * "Your own data": a CSV file from the file picker or dropped on the panel, read by the
 * engine a slice of lines per animation frame (progress bar, Cancel), the column chooser
 * (features, target, task), the data kept in this browser's localStorage for the next visit
 * (with "Forget this data") and its download as CSV. Every check, message, limit and number
 * comes from the engine (scratchnet.app.CsvUpload); this file moves text and clicks.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.OwnData = (function () {
    /** localStorage key of the kept data: {text, options}. */
    var STORE = "scratchnet.ownData";

    function OwnData(root, page, settled) {
        this.root = root;
        this.page = page;
        this.settled = settled;
        this.limits = page.limits.userData;
        this.reading = null;
        var $ = this.$ = function (id) { return document.getElementById(id); };
        this.axisOptions = $("axis-x").innerHTML;
        var self = this;
        var l = this.limits;
        $("csv-limits").textContent = "At most " + l.maxBytes.toLocaleString("en") + " bytes, "
            + l.maxRows.toLocaleString("en") + " rows and " + l.maxColumns + " columns; classes are 0 to "
            + (l.maxClasses - 1) + ".";
        $("csv-file").addEventListener("change", function (e) {
            var file = e.target.files && e.target.files[0];
            if (file) {
                self.readFile(file);
            }
        });
        var drop = $("own-data");
        drop.addEventListener("dragover", function (e) {
            e.preventDefault();
            drop.classList.add("dropping");
        });
        drop.addEventListener("dragleave", function () { drop.classList.remove("dropping"); });
        drop.addEventListener("drop", function (e) {
            e.preventDefault();
            drop.classList.remove("dropping");
            var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
            if (file) {
                self.readFile(file);
            }
        });
        $("csv-cancel").addEventListener("click", function () { self.cancel("Reading cancelled; nothing changed."); });
        $("csv-use").addEventListener("click", function () { self.useChoice(); });
        $("csv-forget").addEventListener("click", function () { self.forget(); });
        $("csv-export").addEventListener("click", function () { self.download(); });
    }

    OwnData.prototype.say = function (text, bad) {
        var status = this.$("csv-status");
        status.textContent = text;
        status.className = "small" + (bad ? " bad" : "");
    };

    /** Refuses a file over the limit unread; otherwise reads its text and parses it in slices. */
    OwnData.prototype.readFile = function (file) {
        var self = this;
        this.cancel("");
        if (file.size > this.limits.maxBytes) {
            this.say(file.name + " has " + file.size.toLocaleString("en") + " bytes; ScratchNet reads at most "
                + this.limits.maxBytes.toLocaleString("en") + ". Use a sample of the rows. Nothing changed.", true);
            return;
        }
        var reader = new FileReader();
        var token = this.reading = { name: file.name };
        this.showProgress(0);
        reader.onload = function () {
            if (self.reading === token) {
                self.begin(String(reader.result), file.name, token);
            }
        };
        reader.onerror = function () {
            if (self.reading === token) {
                self.cancel("");
                self.say(file.name + " could not be read by the browser.", true);
            }
        };
        reader.readAsText(file);
    };

    OwnData.prototype.showProgress = function (fraction) {
        this.$("csv-progress-box").hidden = false;
        this.$("csv-progress").value = fraction;
        this.$("csv-progress").textContent = Math.round(fraction * 100) + " %";
    };

    /** The engine checks the size and header, then reads one slice per animation frame. */
    OwnData.prototype.begin = function (text, name, token) {
        var self = this;
        var begun = this.page.engine.csvBegin(text, name);
        if (!begun.ok) {
            this.fail(name, begun);
            return;
        }
        token.text = text;
        function slice() {
            if (self.reading !== token) {
                return;
            }
            var r = self.page.engine.csvParse(self.limits.sliceRows);
            if (!r.ok) {
                self.fail(name, r);
                return;
            }
            self.showProgress(r.linesRead / Math.max(1, r.lines));
            self.say("Read " + r.rows.toLocaleString("en") + " rows of " + name + "…");
            if (r.done) {
                self.reading = null;
                self.$("csv-progress-box").hidden = true;
                self.text = text;
                self.name = name;
                self.chooser(begun.columns, null);
                self.say(name + ": " + r.rows.toLocaleString("en") + " rows, " + begun.columns.length
                    + " columns. Choose the features and the target, then train.");
                return;
            }
            requestAnimationFrame(slice);
        }
        requestAnimationFrame(slice);
    };

    OwnData.prototype.fail = function (name, r) {
        this.reading = null;
        this.$("csv-progress-box").hidden = true;
        this.say(name + ": " + r.message + " Nothing changed.", true);
    };

    OwnData.prototype.cancel = function (message) {
        if (this.reading) {
            this.page.engine.csvCancel();
        }
        this.reading = null;
        this.$("csv-progress-box").hidden = true;
        if (message) {
            this.say(message);
        }
    };

    /** One row per column: a feature checkbox and a target radio button; data = the current choice. */
    OwnData.prototype.chooser = function (columns, data) {
        var body = this.$("csv-columns");
        body.textContent = "";
        var target = data ? data.target : columns.length - 1;
        columns.forEach(function (name, c) {
            var tr = document.createElement("tr");
            var th = document.createElement("th");
            th.scope = "row";
            th.textContent = name;
            var feature = document.createElement("input");
            feature.type = "checkbox";
            feature.className = "csv-feature";
            feature.value = String(c);
            feature.checked = data ? data.features.indexOf(c) >= 0 : c !== target;
            feature.setAttribute("aria-label", "Use " + name + " as a feature");
            var radio = document.createElement("input");
            radio.type = "radio";
            radio.name = "csv-target";
            radio.className = "csv-target";
            radio.value = String(c);
            radio.checked = c === target;
            radio.setAttribute("aria-label", "Predict " + name);
            radio.addEventListener("change", function () {
                body.querySelectorAll(".csv-feature").forEach(function (box) {
                    if (Number(box.value) === c) {
                        box.checked = false;
                    }
                });
            });
            [th, feature, radio].forEach(function (el, k) {
                var cell = k === 0 ? el : document.createElement("td");
                if (k > 0) {
                    cell.appendChild(el);
                }
                tr.appendChild(cell);
            });
            body.appendChild(tr);
        });
        this.$("csv-task").value = data && data.task !== data.detected ? data.task : "";
        this.$("csv-chooser").hidden = false;
    };

    OwnData.prototype.choice = function () {
        var features = [];
        this.$("csv-columns").querySelectorAll(".csv-feature").forEach(function (box) {
            if (box.checked) {
                features.push(Number(box.value));
            }
        });
        var radio = this.$("csv-columns").querySelector(".csv-target:checked");
        var options = { name: this.name, features: features, target: radio ? Number(radio.value) : null };
        if (this.$("csv-task").value) {
            options.task = this.$("csv-task").value;
        }
        return options;
    };

    OwnData.prototype.useChoice = function () {
        var options = this.choice();
        var out = this.page.engine.csvUse(options);
        this.adopt(out, this.text, options);
    };

    /**
     * After the engine's answer to a load or a choice: on success train on it, keep it for the
     * next visit and say what it is; otherwise say why (line and column) and change nothing.
     */
    OwnData.prototype.adopt = function (out, text, options) {
        if (!out.ok) {
            this.say(out.message + " Nothing changed.", true);
            return [out.message];
        }
        this.say("");
        this.text = text;
        this.name = out.data.name;
        this.keep(text, options);
        this.settled(out, true);
        this.chooser(out.data.columns, out.data);
        return out.messages;
    };

    /** The console's loadCsv and the drawing: the whole text in one call. */
    OwnData.prototype.load = function (text, options) {
        var opts = options || {};
        return this.adopt(this.page.engine.loadCsv(text, opts), String(text), opts);
    };

    OwnData.prototype.keep = function (text, options) {
        this.keepProblem = "";
        try {
            localStorage.setItem(STORE, JSON.stringify({ text: text, options: options }));
        } catch (e) {
            this.keepProblem = " It could not be kept for your next visit (this browser's storage refused it).";
        }
    };

    /** Loads the data kept by an earlier visit (before the link is read, so the link finds it). */
    OwnData.prototype.restore = function () {
        var kept;
        try {
            kept = JSON.parse(localStorage.getItem(STORE) || "null");
        } catch (e) {
            kept = null;
        }
        if (!kept || typeof kept.text !== "string") {
            return;
        }
        var out = this.page.engine.loadCsv(kept.text, kept.options);
        if (out.ok) {
            this.text = kept.text;
            this.name = out.data.name;
            this.chooser(out.data.columns, out.data);
        }
    };

    OwnData.prototype.forget = function () {
        try {
            localStorage.removeItem(STORE);
        } catch (e) {
            // nothing kept
        }
        this.cancel("");
        this.text = null;
        this.$("csv-chooser").hidden = true;
        this.$("csv-file").value = "";
        this.settled(this.page.engine.forgetUserData(), true);
        this.say("Your data is forgotten: it is no longer kept in this browser.");
    };

    OwnData.prototype.download = function () {
        var text = this.page.engine.exportCsv();
        if (!text) {
            return;
        }
        var blob = new Blob([text], { type: "text/csv" });
        var url = URL.createObjectURL(blob);
        var a = document.createElement("a");
        a.href = url;
        a.download = (this.name || "data").replace(/\.csv$/i, "") + "-scratchnet.csv";
        a.hidden = true;
        document.body.appendChild(a);
        a.click();
        document.body.removeChild(a);
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        this.lastDownload = { name: a.download, size: blob.size, text: text };
    };

    /**
     * Before the controls show `config`: the data menu's own-data entry, the heatmap's axis
     * menus (your columns, or the delivery table's), the buttons and the status line.
     */
    OwnData.prototype.sync = function (config) {
        var info = this.page.engine.userData();
        var option = this.$("data-own");
        option.disabled = !info;
        option.textContent = info ? "Your data: " + info.name : "Your data (load a CSV or draw)";
        this.$("csv-forget").disabled = !info;
        this.$("csv-export").disabled = !info;
        var mine = config.data === this.limits.dataName;
        var html = this.axisOptions;
        if (mine && info) {
            var names = info.features.map(function (c) { return info.columns[c]; });
            ["axis-x", "axis-y"].forEach(function (id) {
                var menu = document.getElementById(id);
                menu.textContent = "";
                names.forEach(function (name, k) {
                    var o = document.createElement("option");
                    o.value = String(k);
                    o.textContent = name;
                    menu.appendChild(o);
                });
            });
            if (!this.reading && !this.$("csv-status").classList.contains("bad")) {
                this.say("Training on " + info.name + ": " + info.notes.join(" ") + (this.keepProblem || ""));
            }
        } else if (this.$("axis-x").innerHTML !== html) {
            this.$("axis-x").innerHTML = html;
            this.$("axis-y").innerHTML = html;
        }
        document.body.classList.toggle("is-user", mine);
    };

    return OwnData;
})();
