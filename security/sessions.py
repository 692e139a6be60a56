"""The clock of a staff session: when it started, when it was last used, and the limits
that applied to the person when they signed in (read once then, not on every request)."""

import time

from security.policy import session_limits

SIGNED_IN_AT = "security.signed_in_at"
LAST_SEEN = "security.last_seen"
IDLE_SECONDS = "security.idle_seconds"
MAX_SECONDS = "security.max_seconds"
# Saving the session on every request would write to the database on every request; a
# minute's slack in the idle time is not worth that.
TOUCH_INTERVAL = 60


def start(session, user):
    limits = session_limits(user)
    now = int(time.time())
    session[SIGNED_IN_AT] = session[LAST_SEEN] = now
    session[IDLE_SECONDS] = limits.idle_seconds
    session[MAX_SECONDS] = limits.max_seconds


def why_ended(session):
    """'idle' or 'max' when the session is past a limit, else None. A signed-in session
    with no clock (made before these limits existed) counts as past its limit."""
    now = time.time()
    try:
        signed_in_at = session[SIGNED_IN_AT]
        last_seen = session[LAST_SEEN]
        idle_seconds = session[IDLE_SECONDS]
        max_seconds = session[MAX_SECONDS]
    except KeyError:
        return "max"
    if now - signed_in_at >= max_seconds:
        return "max"
    if now - last_seen >= idle_seconds:
        return "idle"
    return None


def touch(session):
    now = int(time.time())
    if now - session.get(LAST_SEEN, 0) >= TOUCH_INTERVAL:
        session[LAST_SEEN] = now


def limits_of(session):
    return session.get(IDLE_SECONDS, 0), session.get(MAX_SECONDS, 0)
