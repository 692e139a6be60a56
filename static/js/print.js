// "Print this page" on the sign-off receipt: shown only where scripts run; without them
// the page says to use the browser's own print.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { window.print(); });
        });
    });
})();
