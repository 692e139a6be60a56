// Copy buttons on /feeds/: shown only where they can work (the code stays selectable
// without them), and they say in a live region whether the copy worked.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        if (!navigator.clipboard) {
            return;
        }
        document.querySelectorAll("[data-copy-target]").forEach(function (button) {
            var source = document.getElementById(button.getAttribute("data-copy-target"));
            var status = button.parentNode.querySelector(".copy-status");
            button.hidden = false;
            button.addEventListener("click", function () {
                navigator.clipboard.writeText(source.textContent).then(
                    function () { status.textContent = status.getAttribute("data-copied"); },
                    function () { status.textContent = status.getAttribute("data-failed"); }
                );
            });
        });
    });
})();
