# Where Varnish finds the site, and who may purge it: one file per deployment, included by
# default.vcl. This one is the production recipe's: two gunicorns on this machine. The
# tests write their own (tests/website/varnish.py) in front of Django's live server.

# Every app server is asked for /robots.txt every second; one failing two of the last
# three is left out (so within about two seconds of dying) until it answers again, and when none answers Varnish serves what
# it has, stale, for up to a day (default.vcl, grace). The Host line must be one of
# DJANGO_ALLOWED_HOSTS, or Django answers 400 and the probe fails.
probe app_health {
    .request =
        "GET /robots.txt HTTP/1.1"
        "Host: localhost"
        "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = app_health;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = app_health;
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

# The app servers' addresses: PURGE and BAN are accepted from these alone (FRONTEND_CACHE_URL
# points the app at Varnish; its purges come from the worker running the background tasks).
acl purgers {
    "127.0.0.1";
    "::1";
}
