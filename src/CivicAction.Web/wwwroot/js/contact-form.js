// "What this office's form asks for": a copy button beside each of the person's values. The values are on the page
// as text, so without JavaScript they can be selected and copied by hand; the buttons appear only when this runs.
(function () {
    'use strict';

    // The texts this script writes, in the page's language, from its own tag: "{0}" is the value's name.
    var script = document.currentScript;
    function text(name, what) {
        return ((script && script.getAttribute('data-' + name)) || '').replace('{0}', what);
    }

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
            var name = button.querySelector('.visually-hidden');
            var what = name ? name.textContent.trim() : '';
            copy(valueOf(source)).then(function () {
                status.textContent = text('copied', what);
            }, function () {
                select(source);
                status.textContent = text('copy-blocked', what);
            });
        });
    });
}());
