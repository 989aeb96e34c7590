# The edge cache in front of the app instances (docs/decisions/0029-edge-cache-and-purge.md).
# Varnish 7 with the xkey vmod (Debian: varnish, varnish-modules). `npm run cluster` starts it with this file
# (it writes the instances' ports into a copy when they are not 3311 and 3312).
#  - Reader pages, feeds, sitemaps and media are kept for hours: every such response names its cache tags in
#    `xkey`, and every newsroom write purges its tags here (PURGE with `xkey-purge: tag tag…`, from the app
#    instances only). The header is removed before the reader sees the response.
#  - The newsroom, previews, sign-in, /api and any request carrying a session cookie pass straight through.
#  - Grace: when no instance answers, readers get the last good copy for a day.
vcl 4.1;

import directors;
import std;
import xkey;

# An instance is taken out after 3 of its last 5 probes failed (a dead one refuses at once: about 3 s; the
# requests meanwhile are retried on another instance), and a busy one that answers within 2 s stays in.
probe healthz {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "3311";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "3312";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

# Who may purge: the app instances (same host here; add their addresses in a real deployment).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app1);
    apps.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = apps.backend();

    # One id per request, passed to the app (its log line) and back to the client; a client's own value is
    # kept only when it looks like an id.
    if (req.http.X-Request-Id !~ "^[A-Za-z0-9._:-]{8,64}$") {
        set req.http.X-Request-Id = "edge-" + std.integer(time = now) + "-" + req.xid;
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header required"));
        }
        set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Purged));
    }

    # /metrics is for the operator's scraper on the instances themselves, never through the edge.
    if (req.url ~ "^/(metrics|readyz)(\?|$)") {
        return (synth(404, "Not found"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The newsroom, previews, sign-in and the API: never cached.
    if (req.url ~ "^/(admin|api|preview)(/|\?|$)" || req.url ~ "^/[a-z]{2}/preview(/|\?|$)") {
        return (pass);
    }
    # Someone signed in: their pages are theirs.
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?better-auth\.session_token=") {
        return (pass);
    }
    # Reader responses read no cookie (decision 0018): without this, any cookie would make every request a miss.
    unset req.http.Cookie;

    # `/` (a redirect chosen by Accept-Language) and unknown-language 404s depend on Accept-Language: not kept.
    if (req.url !~ "^/(be|ru|en)(/|\?|$)" && req.url !~ "^/(media|_next)/" && req.url !~ "^/[^?]*\.[A-Za-z0-9]+(\?|$)") {
        return (pass);
    }
    # The router's state tree is per reader: such requests are not shared.
    if (req.http.next-router-state-tree) {
        return (pass);
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # Next answers the same URL with flight data instead of HTML when these headers are sent: keep them apart
    # here (and drop them from Vary below, so they do not split the cache further).
    if (req.http.rsc) {
        hash_data("rsc");
    }
    if (req.http.next-router-prefetch) {
        hash_data("prefetch:" + req.http.next-router-prefetch);
    }
    if (req.http.next-router-segment-prefetch) {
        hash_data("segment:" + req.http.next-router-segment-prefetch);
    }
    return (lookup);
}

sub vcl_backend_response {
    # Text is gzipped here, once (and kept so when cached): the instances leave compression to the edge
    # (APP_COMPRESSION=off). A client that does not accept gzip gets it unzipped.
    if (beresp.http.Content-Type ~ "^(text/|application/(xml|rss\+xml|atom\+xml|json|ld\+json|javascript)|image/svg)" &&
        !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.status >= 500) {
        # A background refresh that fails keeps the copy we have (grace).
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Tagged reader responses: kept for an hour (purged by tag on every change), served stale for a day when no
    # instance can answer.
    if (beresp.http.xkey && !beresp.http.Set-Cookie && beresp.http.Cache-Control !~ "(private|no-store)" &&
        (beresp.status == 200 || beresp.status == 301 || beresp.status == 404 || beresp.status == 410)) {
        set beresp.ttl = 1h;
        set beresp.grace = 24h;
        set beresp.http.Vary = "Accept-Encoding";
        return (deliver);
    }
}

sub vcl_backend_error {
    # An instance that died or is shutting down: try another one (reads only, they are safe to repeat).
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Retry-After = "5";
    set beresp.http.Cache-Control = "no-store";
    synthetic("Service temporarily unavailable. Please try again in a few seconds.");
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.xkey;
    unset resp.http.Via;
    set resp.http.X-Request-Id = req.http.X-Request-Id;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
