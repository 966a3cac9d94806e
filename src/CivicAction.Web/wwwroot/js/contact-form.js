// "What this office's form asks for": a copy button beside each of the person's values. The values are on the page
// as text, so without JavaScript they can be selected and copied by hand; the buttons appear only when this runs.
(function () {
    'use strict';

    function copy(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text);
        }
        return Promise.reject(new Error('no clipboard'));
    }

    function valueOf(element) {
        return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT' ? element.value : element.textContent.trim();
    }

    // Without clipboard access the value is selected, so that Ctrl+C copies it.
    function select(element) {
        if (element.select) {
            element.focus();
            element.select();
            return;
        }
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-form-help] [data-copy-value]'), function (button) {
        var source = document.getElementById(button.getAttribute('data-copy-value'));
        var status = button.closest('[data-form-help]').querySelector('.form-copy-status');
        if (!source) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var what = button.textContent.replace(/^Copy\s*/, '');
            copy(valueOf(source)).then(function () {
                status.textContent = 'Copied your ' + what + '. Paste it into the form.';
            }, function () {
                select(source);
                status.textContent = 'Copying is blocked here: your ' + what + ' is selected, press Ctrl+C (or ⌘+C) to copy it.';
            });
        });
    });
}());
