"""The address a request came from, for the limits that key on it (sign-in guessing,
campaign sign-ups).

Behind a load balancer REMOTE_ADDR is the balancer, the same for every visitor, so one
person's mistakes would lock everyone out. Each proxy we run appends the address it was
reached from to X-Forwarded-For; with TRUSTED_PROXY_COUNT proxies in front of us, the
client is that many entries from the right. Entries further left are whatever the client
sent and cannot be trusted. Written here because django-axes only reads the header through
django-ipware, and the campaigns rate limit needs the same answer."""

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    return forwarded[-proxies] if len(forwarded) >= proxies else remote
