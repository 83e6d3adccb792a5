/*
 * Learn mode's "take it away": downloads of the run as a NumPy or PyTorch script or model
 * JSON (texts the engine writes, scratchnet.format), PNGs of the heatmap and the loss chart,
 * and loading a model JSON file back into the run. Downloads are a Blob behind a temporary
 * object URL and <a download>: they work from file:// and nothing leaves the machine.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnTakeaway = (function () {
    var KINDS = { numpy: ["py", "text/x-python"], pytorch: ["py", "text/x-python"], json: ["json", "application/json"] };

    function LearnTakeaway(root, page, onLoaded) {
        this.root = root;
        this.page = page;
        var self = this;
        var $ = function (sel) { return root.querySelector(sel); };
        this.parts = { epochs: $(".take-epochs"), status: $(".take-status"), file: $(".take-file") };
        root.querySelectorAll("[data-export]").forEach(function (button) {
            button.addEventListener("click", function () { self.exportText(button.getAttribute("data-export")); });
        });
        root.querySelectorAll("[data-png]").forEach(function (button) {
            button.addEventListener("click", function () { self.png(button.getAttribute("data-png")); });
        });
        this.parts.file.addEventListener("change", function () {
            var file = self.parts.file.files[0];
            if (!file) {
                return;
            }
            file.text().then(function (text) {
                var r = self.page.engine.importModel(text);
                self.say(r.message, !r.ok);
                if (r.ok) {
                    onLoaded(r);
                }
                self.parts.file.value = "";
            }, function (error) { self.say("The file could not be read: " + error.message, true); });
        });
    }

    LearnTakeaway.prototype.say = function (text, bad) {
        this.parts.status.textContent = text;
        this.parts.status.className = "take-status" + (bad ? " bad" : "");
    };

    /** A name for downloads: data and layer sizes, e.g. scratchnet-circle-2-4-2-1. */
    LearnTakeaway.prototype.baseName = function () {
        return "scratchnet-" + this.page.config.data + "-" + this.page.engine.sizes().join("-");
    };

    LearnTakeaway.prototype.save = function (blob, name) {
        var url = URL.createObjectURL(blob);
        var a = document.createElement("a");
        a.href = url;
        a.download = name;
        a.hidden = true;
        document.body.appendChild(a);
        a.click();
        document.body.removeChild(a);
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        this.lastDownload = { name: name, size: blob.size };
    };

    LearnTakeaway.prototype.exportText = function (kind) {
        var epochs = Number(this.parts.epochs.value);
        if (!(epochs >= 1 && epochs <= 10000 && Math.floor(epochs) === epochs)) {
            this.say("Epochs must be a whole number from 1 to 10000.", true);
            return;
        }
        var text;
        try {
            text = this.page.engine.exportText(kind, epochs);
        } catch (error) {
            this.say("This run cannot be exported: " + error.message, true);
            return;
        }
        var name = this.baseName() + (kind === "json" ? "" : "-" + kind) + "." + KINDS[kind][0];
        this.save(new Blob([text], { type: KINDS[kind][1] }), name);
        this.say("Saved " + name + " (" + text.length + " characters).", false);
    };

    LearnTakeaway.prototype.png = function (id) {
        var canvas = document.getElementById(id);
        var self = this;
        var name = this.baseName() + "-" + id + ".png";
        canvas.toBlob(function (blob) {
            if (!blob) {
                self.say("The " + id + " picture is empty; show it on the page first.", true);
                return;
            }
            self.save(blob, name);
            self.say("Saved " + name + " (" + canvas.width + " × " + canvas.height + " pixels).", false);
        }, "image/png");
    };

    return LearnTakeaway;
})();
