// Inside a partner's iframe, tells the embedding page how tall the widget is, so that
// /embed.js can size the frame to it. The height is not secret, so any parent may read it.
(function () {
    "use strict";
    if (window.parent === window) {
        return;
    }
    var reported = 0;
    function reportHeight() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== reported) {
            reported = height;
            window.parent.postMessage({ type: "shared-lives-widget:height", height: height }, "*");
        }
    }
    window.addEventListener("load", reportHeight);
    if ("ResizeObserver" in window) {
        new ResizeObserver(reportHeight).observe(document.documentElement);
    } else {
        window.addEventListener("resize", reportHeight);
    }
})();
