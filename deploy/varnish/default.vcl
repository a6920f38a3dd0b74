# Varnish in front of two Herstelwijzer app servers (Debian's varnish, 7.x).
#
# What the portal marks public (published pages for visitors without a session,
# see portal/cache_policy.py) is kept and shared; everything else goes through.
# On every content change the app servers purge every page (content/front_cache.py,
# FRONT_CACHE_URLS). See docs/production.md for the whole set-up.
#
#   varnishd -a :80 -f /etc/varnish/default.vcl -s malloc,256m
#
# Put TLS in front (nginx on this machine), setting X-Forwarded-Proto: https and
# X-Real-IP. With app servers on other machines, add their addresses to
# app_servers and point the backends at them.

vcl 4.1;

import directors;
import std;

# The app answers 200 on /health/ while it can reach its database
# (portal/health.py). Host must be one of ALLOWED_HOSTS; the probe speaks plain
# HTTP, so it says it came in over HTTPS, as every visitor does.
probe app_health {
    .request =
        "GET /health/ HTTP/1.1"
        "Host: localhost"
        "X-Forwarded-Proto: https"
        "Connection: close";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = app_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = app_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Who may PURGE or BAN: the app servers, nobody else.
acl app_servers {
    "127.0.0.1";
    "::1";
}

# The TLS proxy in front runs here.
acl this_machine {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    # The visitor's address for the app's rate limits (CLIENT_IP_HEADER=HTTP_X_REAL_IP):
    # the TLS proxy on this machine passes it in X-Real-IP; from anywhere else it
    # is the address that connected, whatever the client sent.
    if (!(client.ip ~ this_machine && req.http.X-Real-IP)) {
        set req.http.X-Real-IP = client.ip;
    }

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ app_servers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            # Everything this cache holds, e.g. after a deploy.
            ban("obj.status != 0");
            return (synth(200, "Banned"));
        }
        return (purge);
    }

    # Campaign tags (utm_*, gclid, fbclid) do not change a page: leave them out,
    # so a campaign's visitors share the cached page instead of all passing.
    if (req.url ~ "[?&](utm_[a-z_]+|gclid|fbclid)=") {
        set req.url = regsuball(req.url, "([?&])(utm_[a-z_]+|gclid|fbclid)=[^&]*", "\1");
        set req.url = regsuball(req.url, "([?&])&+", "\1");
        set req.url = regsub(req.url, "[?&]+$", "");
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Never the admin, the sign-up wizard, the invitation reply or the quick exit,
    # whatever they answer.
    if (req.url ~ "^/admin/"
        || req.url ~ "^/(nl/aanmelden|en/register|nl/brief-gekregen|en/received-a-letter)/"
        || req.url ~ "^/exit/") {
        return (pass);
    }
    # A visitor with a session (the wizard, an editor, staff) or a message waiting
    # gets the app's answer (SESSION_COOKIE_NAME is Django's default, sessionid).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=" || req.http.Authorization) {
        return (pass);
    }
    # Any other cookie is not needed for a public page and would split the cache.
    unset req.http.Cookie;

    # A healthy app: at most 10 seconds past a page's lifetime while it is fetched
    # again. No healthy app: the page as kept, up to its grace (below).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hash {
    # One site: the address alone, so a purge sent with the site's host name
    # always finds what visitors fetched under an alias.
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # The app sends text uncompressed (a page holds form tokens: BREACH);
    # compressing here costs the app nothing and serves every visitor.
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml)|image/svg)") {
        set beresp.do_gzip = true;
    }
    # An error while refreshing a page in the background keeps the copy we have.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Kept this long past its lifetime, for when no app server answers: a short
    # outage (a restart, a database failover) does not take the public pages down.
    set beresp.grace = 15m;
    # Everything else as Varnish's built-in rules: no-store, private, no-cache or
    # Set-Cookie is never kept.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_backend_error {
    # An app server that just went down and is not yet marked sick: once more,
    # which the director sends to the other one. Only for reading: a form sent
    # may have arrived.
    if (bereq.retries == 0 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # No app server answered and there is no copy: a plain page in both languages,
    # with the quick exit every page has. It goes straight to the neutral site
    # (the portal's default, QUICK_EXIT_DEFAULT_URL): the app that would also end
    # the session is not there.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.http.Retry-After = "30";
    set beresp.body = {"<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Herstelwijzer is even niet bereikbaar</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em">
<p><a href="https://www.buienradar.nl/" rel="nofollow noreferrer" style="display: inline-block; padding: 0.5em 1em; background: #b3261e; color: #fff; font-weight: bold">Snel weg <span lang="en">(Leave this site)</span></a></p>
<main>
<h1>Herstelwijzer is even niet bereikbaar</h1>
<p>Probeer het over een paar minuten opnieuw.</p>
<div lang="en">
<h2>Herstelwijzer is unavailable for a moment</h2>
<p>Please try again in a few minutes.</p>
</div>
</main>
</body>
</html>
"};
    return (deliver);
}
