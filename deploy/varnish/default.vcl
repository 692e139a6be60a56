vcl 4.1;
# The shared cache in front of the site. Django decides what may be kept and for how long
# (website/http_cache.py: `public, max-age=60, s-maxage=86400` for what anonymous readers
# share, `private, no-store` for staff); this file keeps it, strips anonymous readers'
# cookies so that they all share one copy, and takes purges from the app
# (website/purge.py). Backends, their health checks and the purge ACL are in
# backends.vcl, which each deployment (and the tests) provides.

import directors;
import std;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            # A path is purged with every query string it was asked with: feeds by topic,
            # API filters, oEmbed's ?url=, widget options and listing pages are all
            # variants of a few paths, too many to name one by one.
            ban("obj.http.x-host == " + req.http.host +
                " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
            return (synth(200, "Purged"));
        }
        # BAN: every path of this host matching the regular expression in X-Ban-Path
        # (the app sends ^/ when something shown on every page, such as the menu, changes,
        # and a page's path when it moves, for everything beneath it). A ban Varnish cannot
        # make (a bad expression) answers 400, so that the app hears of it: ban() alone
        # would fail silently and the pages would stay.
        if (!req.http.x-ban-path) {
            return (synth(400, "X-Ban-Path missing"));
        }
        if (std.ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path ~ " + req.http.x-ban-path)) {
            return (synth(200, "Banned"));
        }
        return (synth(400, std.ban_error()));
    }

    # Stale copies help only while the app is down; otherwise ten seconds at most.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Kept so that a sign-up can be sent again to the other app server (below).
        if (req.method == "POST" && req.url ~ "/sign/$|^/(cy/)?newsletter/$") {
            std.cache_req_body(64KB);
        }
        return (pass);
    }
    # Staff: the admin (previews included), private documents, and anyone signed in; and
    # a featured person's private consent links, which no cache should ever hold.
    if (req.url ~ "^/admin(/|$)" || req.url ~ "^/documents/" ||
        req.url ~ "^/(cy/)?consent/" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous readers all get the same page: no cookie of theirs reaches the app, so none
    # can change what is cached (analytics or a stale CSRF cookie would otherwise make
    # every request a miss).
    unset req.http.Cookie;
    return (hash);
}

# An app server that died takes a moment to be marked sick by the health check; until
# then a read that reached it is asked again of the next one in the round robin, so
# readers see nothing of it. Other writes are not repeated, as the first may have been
# done; a campaign or newsletter sign-up may be, because signing up with an address
# already signed up saves nothing new (website/signups.py).
sub vcl_backend_error {
    if (bereq.retries < 4 && (bereq.method == "GET" || bereq.method == "HEAD" ||
        (bereq.method == "POST" && bereq.url ~ "/sign/$|^/(cy/)?newsletter/$"))) {
        return (retry);
    }
}

sub vcl_backend_response {
    # Remembered with the object so that a purge can find it by path, whatever the query.
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");

    # Only what Django marked public is kept; everything else passes straight through
    # (and for two minutes Varnish remembers not to wait for it).
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|feed\+json|xml|rss\+xml|atom\+xml|javascript))") {
        set beresp.do_gzip = true;
    }
    # A validator for pages that have none, so that a browser asking again after its minute
    # gets "304 Not Modified" from here, without Django rendering anything. It names this
    # fetch (this server, the second, the fetch's number), so it changes with every purge
    # and refetch.
    if (!beresp.http.ETag) {
        set beresp.http.ETag = {"W/""} + server.identity + "-" + std.integer(time=now) + "-" +
            bereq.xid + {"""};
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-path;
    # The long shared lifetime is for this cache alone, which the app purges; a cache
    # further along (an office proxy) cannot be purged, so it gets the browsers' minute.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = regsub(resp.http.Cache-Control, ",\s*s-maxage=\d+|s-maxage=\d+,\s*", "");
        set resp.http.Age = "0";
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
