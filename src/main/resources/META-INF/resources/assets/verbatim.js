// Verbatim's pages work without this file; it adds copying to the clipboard and a few keys.
"use strict";

// Copy buttons: each names the element whose text (a citation) or address (a permalink) it copies.
document.querySelectorAll("[data-copy]").forEach(function (button) {
    var row = button.closest(".copy");
    row.hidden = false;
    button.addEventListener("click", function () {
        var source = document.getElementById(button.dataset.copy);
        var text = source.href || source.value || source.textContent;
        var told = row.querySelector(".copied");
        var done = function () { told.textContent = button.textContent.replace("Copy", "Copied") + "."; };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done, function () { told.textContent = "Select the text to copy it."; });
        } else {
            told.textContent = "Select the text to copy it.";
        }
    });
});

// The search form leaves its blank fields out of the address, so that it stays short to share.
document.querySelectorAll("form[data-search]").forEach(function (form) {
    form.addEventListener("submit", function () {
        form.querySelectorAll("input, select").forEach(function (field) { field.disabled = !field.value; });
    });
});
window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-search] [disabled]").forEach(function (field) { field.disabled = false; });
});

// "/" goes to the search box; "j" and "k" to the next and previous question of a transcript.
document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) {
        return;
    }
    if (event.key === "/") {
        var box = document.getElementById("q");
        if (box) { event.preventDefault(); box.focus(); } else { location.href = "/"; }
    } else if (event.key === "j" || event.key === "k") {
        var pairs = Array.prototype.slice.call(document.querySelectorAll("section.pair"));
        if (!pairs.length) { return; }
        var current = pairs.findIndex(function (pair) { return "#" + pair.id === location.hash; });
        var next = event.key === "j" ? Math.min(current + 1, pairs.length - 1) : Math.max(current - 1, 0);
        location.hash = pairs[next].id;
    }
});
