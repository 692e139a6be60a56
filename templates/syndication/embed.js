{% load website_tags %}{% site_name as SITE_NAME %}// {{ SITE_NAME|escapejs }} widget loader. A partner pastes
//   <div data-shared-lives-widget="stories" data-limit="5"></div>
//   <script src="https://<our site>/embed.js" async></script>
// and this puts an iframe of /embed/<section>/ in each such div, then sizes it to the
// widget's height from the messages the widget sends. Messages are accepted only from our
// origin and from one of the frames made here, and the height is clamped, so no other
// script on the partner's page can resize (or stretch) the frame.
(function () {
    "use strict";
    var script = document.currentScript;
    if (!script) {
        return;
    }
    var origin = new URL(script.src).origin;
    var MIN_HEIGHT = 80;
    var MAX_HEIGHT = 4000;
    var frames = [];

    function widgetAddress(box) {
        var section = box.getAttribute("data-shared-lives-widget") || "all";
        var query = new URLSearchParams();
        ["topic", "limit", "lang"].forEach(function (name) {
            var value = box.getAttribute("data-" + name);
            if (value) {
                query.set(name, value);
            }
        });
        var search = query.toString();
        return origin + "/embed/" + encodeURIComponent(section) + "/" + (search ? "?" + search : "");
    }

    function insertFrames() {
        var boxes = document.querySelectorAll("[data-shared-lives-widget]:not([data-shared-lives-ready])");
        Array.prototype.forEach.call(boxes, function (box) {
            var frame = document.createElement("iframe");
            frame.src = widgetAddress(box);
            frame.title = box.getAttribute("data-title") || "{{ SITE_NAME|escapejs }}";
            frame.loading = "lazy";
            frame.style.border = "0";
            frame.style.width = "100%";
            frame.style.height = "400px";
            box.setAttribute("data-shared-lives-ready", "");
            box.appendChild(frame);
            frames.push(frame);
        });
    }

    window.addEventListener("message", function (event) {
        if (event.origin !== origin || !event.data || event.data.type !== "shared-lives-widget:height") {
            return;
        }
        var height = Number(event.data.height);
        if (!isFinite(height)) {
            return;
        }
        frames.forEach(function (frame) {
            if (frame.contentWindow === event.source) {
                frame.style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height))) + "px";
            }
        });
    });

    insertFrames();
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", insertFrames);
    }
})();
