"""How often one address may open private links. Tokens cannot be guessed, so this is
about load and nuisance: a person going through their link makes a dozen requests.

A fixed-window counter in the shared cache, written here rather than with a rate-limit
package because it is a few lines and the shared cache already exists for the campaign
sign-up limit."""

import hashlib
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import caches

WINDOW_SECONDS = 600


def allow_request(request):
    """Counts a request to a private link from the request's client address (as sign-in
    protection reads it, through AXES_CLIENT_IP_CALLABLE) and says whether it is within
    the limit."""
    cache = caches["shared"]
    address = get_client_ip_address(request) or ""
    digest = hashlib.sha256(address.encode()).hexdigest()
    key = f"consent-link:{digest}:{int(time.time() // WINDOW_SECONDS)}"
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between the two calls: this is the window's first request.
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= settings.CONSENT_LINK_REQUESTS_PER_WINDOW
