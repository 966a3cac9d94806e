// Calls: small conveniences on top of a page that works without JavaScript.
// - The outcome of each call is kept in this browser's localStorage (never sent anywhere but the anonymous count),
//   and shown again when the person comes back.
// - "Record this call" posts in the background, so the filled-in script stays on the page for the next call.
(function () {
    'use strict';

    var KEY = 'civicaction.calls.v1';

    function load() {
        try {
            return JSON.parse(window.localStorage.getItem(KEY) || '{}') || {};
        } catch (e) {
            return {};
        }
    }

    function save(all) {
        try {
            window.localStorage.setItem(KEY, JSON.stringify(all));
        } catch (e) {
            // Storage switched off or full: the count was still recorded.
        }
    }

    function labelOf(form, value) {
        var box = form.querySelector('input[name="outcome"][value="' + value + '"]');
        var label = box && form.querySelector('label[for="' + box.id + '"]');
        return label ? label.textContent : value;
    }

    function localTime(iso) {
        var date = new Date(iso);
        if (isNaN(date.getTime())) {
            return '';
        }
        try {
            return date.toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
        } catch (e) {
            return date.toLocaleString();
        }
    }

    Array.prototype.forEach.call(document.querySelectorAll('form[data-call-outcome]'), function (form) {
        var action = form.getAttribute('data-call-outcome');
        var member = form.getAttribute('data-member');
        var status = form.querySelector('.call-status');
        var saved = (load()[action] || {})[member];
        if (saved && saved.outcome) {
            var box = form.querySelector('input[name="outcome"][value="' + saved.outcome + '"]');
            if (box) {
                box.checked = true;
            }
            status.textContent = 'You recorded: ' + labelOf(form, saved.outcome).toLowerCase() + ' (' + localTime(saved.when) + ').';
        }

        if (!window.fetch || !window.FormData) {
            return;
        }

        form.addEventListener('submit', function (event) {
            var chosen = form.querySelector('input[name="outcome"]:checked');
            if (!chosen) {
                return; // the server says what is missing
            }
            event.preventDefault();
            status.textContent = 'Recording…';
            fetch(form.action, { method: 'POST', body: new FormData(form), redirect: 'manual', credentials: 'same-origin' })
                .then(function (response) {
                    if (response.type !== 'opaqueredirect' && !response.ok) {
                        throw new Error('status ' + response.status);
                    }
                    var all = load();
                    var entry = all[action] || (all[action] = {});
                    entry[member] = { label: form.getAttribute('data-label'), outcome: chosen.value, when: new Date().toISOString() };
                    save(all);
                    status.textContent = 'Recorded: ' + labelOf(form, chosen.value).toLowerCase() + '. Thank you: the call is counted once.';
                })
                .catch(function () {
                    status.textContent = 'Could not record the call just now: press the button again in a moment.';
                });
        });
    });
}());
