// Write to Congress: small conveniences on top of pages that work without JavaScript.
// - Copy buttons for the subject and the letter (the text stays selectable in its field anyway).
// - "Remember my details": only when the person ticks the box, and only in this browser's localStorage.
// - The checklist of who was contacted and how, also only in localStorage: the server never sees it.
// - The person's changes to any letter go with whichever form they submit (without script, "Keep my changes" does it).
(function () {
    'use strict';

    var DETAILS_KEY = 'civicaction.details.v1';
    var CHECKLIST_KEY = 'civicaction.checklist.v1';
    var DETAIL_FIELDS = ['prefix', 'firstName', 'lastName', 'street', 'city', 'state', 'zip', 'email', 'phone'];
    // The texts this script writes, in the page's language, from its own tag (rendered from the site's resources).
    var script = document.currentScript;
    function text(name) {
        return (script && script.getAttribute('data-' + name)) || '';
    }
    var METHODS = { form: text('method-form'), call: text('method-call'), mail: text('method-mail'), email: text('method-email'), sent: text('method-sent') };

    // Storage can be switched off or full (private windows); the page must keep working then.
    function load(key) {
        try {
            var text = window.localStorage.getItem(key);
            return text ? JSON.parse(text) : null;
        } catch (e) {
            return null;
        }
    }

    function save(key, value) {
        try {
            if (value === null) {
                window.localStorage.removeItem(key);
            } else {
                window.localStorage.setItem(key, JSON.stringify(value));
            }
            return true;
        } catch (e) {
            return false;
        }
    }

    function each(selector, root, fn) {
        Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
    }

    function copyText(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text);
        }
        return new Promise(function (resolve, reject) {
            var scratch = document.createElement('textarea');
            scratch.value = text;
            scratch.setAttribute('readonly', '');
            scratch.style.position = 'fixed';
            scratch.style.opacity = '0';
            document.body.appendChild(scratch);
            scratch.select();
            var ok = false;
            try {
                ok = document.execCommand('copy');
            } catch (e) {
                ok = false;
            }
            document.body.removeChild(scratch);
            if (ok) {
                resolve();
            } else {
                reject(new Error('copy refused'));
            }
        });
    }

    function setUpCopyButtons() {
        each('[data-copy]', document, function (button) {
            var field = document.getElementById(button.getAttribute('data-copy'));
            if (!field) {
                return;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                var scope = button.closest('.letter-box') || document;
                var status = scope.querySelector('.copy-status');
                copyText(field.value).then(function () {
                    if (status) {
                        status.textContent = text(field.tagName === 'TEXTAREA' ? 'copied-letter' : 'copied-subject');
                    }
                }, function () {
                    field.focus();
                    field.select();
                    if (status) {
                        status.textContent = text('copy-blocked');
                    }
                });
            });
        });
    }

    function setUpRemembering() {
        each('form[data-remember-form]', document, function (form) {
            var box = form.querySelector('[data-remember]');
            var forget = form.querySelector('[data-forget]');
            var saved = load(DETAILS_KEY);
            each('[data-js-only]', form, function (el) { el.hidden = false; });
            if (saved) {
                DETAIL_FIELDS.forEach(function (name) {
                    var field = form.elements.namedItem(name);
                    // Never overwrite what the page already holds (typed, posted back, or known from the lookup).
                    if (field && !field.value && typeof saved[name] === 'string') {
                        field.value = saved[name];
                    }
                });
                box.checked = true;
                forget.hidden = false;
            }
            form.addEventListener('submit', function () {
                if (box.checked) {
                    var details = {};
                    DETAIL_FIELDS.forEach(function (name) {
                        var field = form.elements.namedItem(name);
                        if (field) {
                            details[name] = field.value;
                        }
                    });
                    save(DETAILS_KEY, details);
                } else {
                    save(DETAILS_KEY, null);
                }
            });
            forget.addEventListener('click', function () {
                save(DETAILS_KEY, null);
                box.checked = false;
                forget.hidden = true;
                forget.parentNode.insertBefore(document.createTextNode(' ' + text('forgotten') + ' '), forget);
            });
        });

        // The ZIP lookup may start from the remembered ZIP, for people who chose to be remembered.
        var saved = load(DETAILS_KEY);
        each('.lookup-form input[name="zip"]', document, function (input) {
            if (saved && saved.zip && !input.value) {
                input.value = saved.zip;
            }
        });
    }

    function checklist() {
        return load(CHECKLIST_KEY) || {};
    }

    function mark(action, member, label, method, done) {
        var all = checklist();
        var entry = all[action] || (all[action] = {});
        var person = entry[member] || (entry[member] = { label: label, done: [] });
        person.label = label;
        person.when = person.when || {};
        var at = person.done.indexOf(method);
        if (done && at < 0) {
            person.done.push(method);
            person.when[method] = new Date().toISOString();
        } else if (!done && at >= 0) {
            person.done.splice(at, 1);
            delete person.when[method];
        }
        if (person.done.length === 0) {
            delete entry[member];
        }
        save(CHECKLIST_KEY, all);
    }

    // When the person ticked it, in their own time zone and language, e.g. "Dec 1, 2026, 10:30 AM".
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

    function setUpChecklist() {
        each('[data-checklist]', document, function (container) {
            var action = container.getAttribute('data-checklist');
            var entry = checklist()[action] || {};
            each('article[data-member]', container, function (article) {
                var member = article.getAttribute('data-member');
                var label = article.getAttribute('data-label');
                var done = (entry[member] && entry[member].done) || [];
                each('[data-checklist-member] input[type="checkbox"]', article, function (box) {
                    box.checked = done.indexOf(box.value) >= 0;
                    box.addEventListener('change', function () {
                        mark(action, member, label, box.value, box.checked);
                    });
                });
            });
        });

        // The private page of letters sent for the person ticks "sent for me" once a letter is out.
        each('[data-checklist-sent]', document, function (list) {
            var action = list.getAttribute('data-checklist-sent');
            each('[data-member][data-state="sent"]', list, function (item) {
                mark(action, item.getAttribute('data-member'), item.getAttribute('data-label'), 'sent', true);
            });
        });

        each('[data-checklist-summary]', document, function (summary) {
            var action = summary.getAttribute('data-checklist-summary');
            var list = summary.querySelector('ul');
            var entry = checklist()[action] || {};
            Object.keys(entry).forEach(function (member) {
                var item = document.createElement('li');
                var when = entry[member].when || {};
                var ways = entry[member].done.map(function (m) {
                    return (METHODS[m] || m) + (when[m] ? ' (' + localTime(when[m]) + ')' : '');
                }).join(', ');
                item.textContent = entry[member].label + ': ' + ways;
                list.appendChild(item);
            });
            summary.hidden = list.children.length === 0;
            var clear = summary.querySelector('[data-checklist-clear]');
            if (clear) {
                clear.addEventListener('click', function () {
                    var all = checklist();
                    delete all[action];
                    save(CHECKLIST_KEY, all);
                    summary.hidden = true;
                });
            }
        });
    }

    // Each letter's boxes belong to its own form; the other forms carry that letter's text in hidden fields, as the
    // server last saw it. On any submit, the boxes' current text replaces those, so no change is lost by pressing
    // another member's button, "Change my details" or "Send for me".
    function setUpEditCarrying() {
        each('form', document, function (form) {
            form.addEventListener('submit', function () {
                each('input[data-edit-of]:not([type="hidden"]), textarea[data-edit-of]', document, function (box) {
                    if (box.form === form) {
                        return;
                    }
                    var carried = null;
                    each('input[type="hidden"][data-edit-of]', form, function (hidden) {
                        if (hidden.name === box.name) {
                            carried = hidden;
                        }
                    });
                    if (!carried) {
                        carried = document.createElement('input');
                        carried.type = 'hidden';
                        carried.name = box.name;
                        carried.setAttribute('data-edit-of', box.getAttribute('data-edit-of'));
                        form.appendChild(carried);
                    }
                    carried.value = box.value;
                });
            });
        });
    }

    function focusErrors() {
        var summary = document.querySelector('[data-error-summary]');
        if (summary) {
            summary.focus();
        }
    }

    setUpCopyButtons();
    setUpRemembering();
    setUpChecklist();
    setUpEditCarrying();
    focusErrors();
}());
