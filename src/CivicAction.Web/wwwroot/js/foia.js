// Progressive enhancement for the FOIA pages: everything works without this file.
// - Live preview: while the person types, the form is posted (with its antiforgery token) to the
//   page's Fragment handler and the server-rendered preview replaces the old one.
// - Copy buttons: [data-copy-target] copies the text of the element it names.
(function () {
    "use strict";

    var form = document.getElementById("foia-form");
    var preview = document.getElementById("foia-preview");
    if (form && preview && window.fetch && window.FormData) {
        var timer = null;
        var inFlight = null;
        var refresh = function () {
            if (inFlight) { inFlight.abort(); }
            inFlight = new AbortController();
            fetch(form.dataset.fragment, { method: "POST", body: new FormData(form), signal: inFlight.signal, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
                .then(function (html) { preview.innerHTML = html; })
                .catch(function () { /* keep the last preview; the Preview button still works */ });
        };
        var schedule = function () {
            clearTimeout(timer);
            timer = setTimeout(refresh, 400);
        };
        // A field's own messages describe what was posted last; once it changes they may be stale.
        form.addEventListener("input", function (event) {
            var field = event.target.closest(".field, .choices");
            if (field) {
                field.querySelectorAll(".field-check").forEach(function (message) { message.remove(); });
            }
        });
        form.addEventListener("input", schedule);
        form.addEventListener("change", schedule);
    }

    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var source = document.getElementById(button.getAttribute("data-copy-target"));
            if (!source) { return; }
            var text = source.value !== undefined ? source.value : source.textContent;
            var done = function () {
                var status = document.getElementById(button.getAttribute("data-copy-status"));
                if (status) { status.textContent = "Copied. Now paste it where it goes."; }
                var next = button.getAttribute("data-then-open");
                if (next) { window.open(next, "_blank", "noopener,noreferrer"); }
            };
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(text).then(done, function () { source.select && source.select(); });
            } else if (source.select) {
                source.select();
                document.execCommand("copy");
                done();
            }
        });
    });
})();
