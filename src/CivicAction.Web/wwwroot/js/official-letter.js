// Copy buttons for the letter to an official: shown only when this script runs; without it the boxes can be selected and copied by hand.
(function () {
    'use strict';

    function copyText(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text);
        }
        return Promise.reject(new Error('no clipboard'));
    }

    document.querySelectorAll('[data-copy]').forEach(function (button) {
        var field = document.getElementById(button.getAttribute('data-copy'));
        if (!field) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var status = document.querySelector('.official-letter .copy-status');
            var what = button.getAttribute('data-copy-what') || 'Text';
            copyText(field.value).then(function () {
                if (status) {
                    status.textContent = button.getAttribute('data-copied') || (what + ' copied.');
                }
            }, function () {
                field.focus();
                field.select();
                if (status) {
                    status.textContent = status.getAttribute('data-said-blocked') || 'Copying is blocked here: the text is selected, press Ctrl+C (or ⌘+C) to copy it.';
                }
            });
        });
    });
}());
