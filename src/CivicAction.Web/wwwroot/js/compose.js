// Comment and statement composers: conveniences on top of pages that work without JavaScript.
// - A live character count as the person types (the server counts again, and refuses a comment over the limit).
// - A copy button for the composed text.
// - The Regulations.gov tracking number, kept in this browser's localStorage only: the server never sees it.
(function () {
    'use strict';

    function each(selector, fn) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
    }

    // As a text box counts: a line break is one character.
    function length(text) {
        return text.replace(/\r\n?/g, '\n').trim().length;
    }

    function formatted(n) {
        return n.toLocaleString('en-US');
    }

    // A status in the page's language: the element carries its words as data-said-NAME.
    function said(element, name, fallback) {
        return element.getAttribute('data-said-' + name) || fallback;
    }

    function fill(pattern, values) {
        return pattern.replace(/\{(\d)(:[^}]*)?\}/g, function (_, n) { return formatted(values[parseInt(n, 10)]); });
    }

    function setUpLiveCount() {
        each('form[data-composer]', function (form) {
            var counter = form.querySelector('[data-live-count]');
            if (!counter) {
                return;
            }
            var text = counter.querySelector('[data-count-text]');
            var fixed = parseInt(counter.getAttribute('data-fixed'), 10) || 0;
            var max = parseInt(counter.getAttribute('data-max'), 10) || 0;
            function update() {
                var total = fixed;
                Array.prototype.forEach.call(form.querySelectorAll('[data-count-occurrences]'), function (input) {
                    var n = parseInt(input.getAttribute('data-count-occurrences'), 10) || 0;
                    total += n * length(input.value);
                });
                var personal = form.querySelector('[data-count-personal]');
                var own = personal ? length(personal.value) : 0;
                if (own > 0) {
                    total += own + (fixed > 0 ? 2 : 0);
                }
                var over = total - max;
                // The words come from the page, in its language: "{0} of {1} characters", ": {0} too many".
                text.textContent = fill(counter.getAttribute('data-count-pattern') || '{0} of {1} characters', [total, max]) +
                    (over > 0 ? fill(counter.getAttribute('data-over-pattern') || ': {0} too many', [over]) : '');
                counter.classList.toggle('over-limit', over > 0);
            }
            form.addEventListener('input', update);
            update();
        });
    }

    function copyText(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text);
        }
        return Promise.reject(new Error('no clipboard'));
    }

    function setUpCopy() {
        each('[data-copy-composed]', function (button) {
            var field = document.getElementById(button.getAttribute('data-copy-composed'));
            var status = button.parentNode.querySelector('.copy-status');
            if (!field) {
                return;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                copyText(field.value).then(function () {
                    status.textContent = said(status, 'copied', 'Copied. Paste it into the comment box.');
                }, function () {
                    field.focus();
                    field.select();
                    status.textContent = said(status, 'blocked', 'Copying is blocked here: the text is selected, press Ctrl+C (or ⌘+C) to copy it.');
                });
            });
        });
    }

    function setUpTracking() {
        each('form[data-tracking]', function (form) {
            var key = form.getAttribute('data-tracking');
            var input = form.querySelector('input');
            var status = form.querySelector('[data-tracking-status]');
            form.hidden = false;
            try {
                input.value = window.localStorage.getItem(key) || '';
            } catch (e) {
                status.textContent = said(status, 'cannot-keep', 'This browser does not let the page keep it: write it down.');
            }
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                try {
                    window.localStorage.setItem(key, input.value.trim());
                    status.textContent = input.value.trim() ? said(status, 'saved', 'Saved in this browser.') : said(status, 'nothing', 'Nothing to save.');
                } catch (e) {
                    status.textContent = said(status, 'cannot-keep', 'This browser does not let the page keep it: write it down.');
                }
            });
            form.querySelector('[data-tracking-forget]').addEventListener('click', function () {
                try {
                    window.localStorage.removeItem(key);
                } catch (e) {
                    // nothing kept, nothing to forget
                }
                input.value = '';
                status.textContent = said(status, 'forgotten', 'Forgotten.');
            });
        });
    }

    setUpLiveCount();
    setUpCopy();
    setUpTracking();
}());
