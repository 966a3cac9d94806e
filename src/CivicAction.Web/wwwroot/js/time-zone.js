// Tells the site the browser's time zone (an IANA name such as America/Chicago) in a cookie, so private pages show
// when letters were sent in the person's own time. Nothing else is sent; without script, times are shown in UTC.
(function () {
    'use strict';
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (!zone || !/^[A-Za-z0-9_+\/-]{1,64}$/.test(zone)) {
        return;
    }
    var current = document.cookie.split('; ').filter(function (c) { return c.indexOf('tz=') === 0; })[0];
    if (current !== 'tz=' + encodeURIComponent(zone)) {
        document.cookie = 'tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax' +
            (location.protocol === 'https:' ? '; secure' : '');
    }
}());
