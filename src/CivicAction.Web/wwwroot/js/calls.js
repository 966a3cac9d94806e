// Calls: small conveniences on top of a page that works without JavaScript.
// - The outcome of each call is kept in this browser's localStorage (never sent anywhere but the anonymous count),
//   and shown again when the person comes back.
// - "Record this call" posts in the background, so the filled-in script stays on the page for the next call.
(function () {
    'use strict';

    var KEY = 'civicaction.calls.v1';

    // The texts this script writes, in the page's language, from its own tag: "{0}", "{1}" are filled in order.
    var script = document.currentScript;
    function text(name, values) {
        var pattern = (script && script.getAttribute('data-' + name)) || '';
        return pattern.replace(/\{(\d)\}/g, function (all, n) {
            return values && values[+n] !== undefined ? values[+n] : all;
        });
    }

    function lower(words) {
        return words.toLocaleLowerCase(document.documentElement.lang || undefined);
    }

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
            status.textContent = text('you-recorded', [lower(labelOf(form, saved.outcome)), localTime(saved.when)]);
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
            status.textContent = text('recording');
            fetch(form.action, { method: 'POST', body: new FormData(form), redirect: 'manual', credentials: 'same-origin' })
                .then(function (response) {
                    if (response.type !== 'opaqueredirect' && !response.ok) {
                        throw new Error('status ' + response.status);
                    }
                    var all = load();
                    var entry = all[action] || (all[action] = {});
                    entry[member] = { label: form.getAttribute('data-label'), outcome: chosen.value, when: new Date().toISOString() };
                    save(all);
                    status.textContent = text('recorded', [lower(labelOf(form, chosen.value))]);
                })
                .catch(function () {
                    status.textContent = text('failed');
                });
        });
    });
}());
