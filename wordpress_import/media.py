"""Finding an attachment's file: in the folder of the downloaded media library, or, when
asked, at its address on the old site.

Fetching is written with urllib3 rather than requests because the connection must go to
the very address that was checked: the host name is resolved once, every address it
resolves to must be public (no loopback, private, link-local or reserved address, so an
export cannot make the server read its own network), and the connection is then made to
that address, so a second lookup cannot swap it for another (DNS rebinding)."""

import ipaddress
import re
import socket
import ssl
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import urllib3
from django.conf import settings
from django.utils.translation import gettext as _

SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
UPLOADS = "wp-content/uploads/"
MAX_REDIRECTS = 3
TIMEOUT = urllib3.Timeout(connect=5, read=20)


class MediaMissing(Exception):
    """The file could not be had; the message says why."""


def upload_key(url_or_path):
    """'https://x.files.wordpress.com/2016/09/photo-300x200.jpg?w=640' and
    '/wp-content/uploads/2016/09/photo.jpg' both -> '2016/09/photo.jpg': how the body,
    the attachment and the media folder name the same file."""
    path = unquote(urlsplit(url_or_path).path)
    if UPLOADS in path:
        path = path.split(UPLOADS, 1)[1]
    return SIZE_SUFFIX.sub("", path.lstrip("/"))


def max_bytes():
    return getattr(settings, "WORDPRESS_MEDIA_MAX_BYTES", 20 * 1024 * 1024)


class MediaSource:
    def __init__(self, media_dir=None, fetch=False):
        self.media_dir = Path(media_dir).resolve() if media_dir else None
        self.fetch = fetch

    def describe_missing(self):
        if self.media_dir is None and not self.fetch:
            return _("No media folder was given and fetching was not asked for.")
        return None

    def local_path(self, item):
        if self.media_dir is None:
            return None
        key = item.meta.get("_wp_attached_file") or upload_key(item.attachment_url)
        for candidate in (key, upload_key(item.attachment_url), PurePosixPath(key).name):
            path = (self.media_dir / candidate).resolve()
            # An export naming "../../etc/passwd" must not reach outside the folder.
            if path.is_relative_to(self.media_dir) and path.is_file():
                return path
        return None

    def available(self, item):
        """Whether the file can be had, without fetching it (for a dry run)."""
        if self.local_path(item):
            return True
        if self.fetch:
            check_url(item.attachment_url)
            return True
        raise MediaMissing(self.describe_missing() or _("The file is not in the media folder."))

    def read(self, item):
        """(file name, bytes) of the attachment, or MediaMissing."""
        path = self.local_path(item)
        if path:
            if path.stat().st_size > max_bytes():
                raise MediaMissing(_("The file is larger than the import allows."))
            return path.name, path.read_bytes()
        if self.fetch:
            return PurePosixPath(unquote(urlsplit(item.attachment_url).path)).name, fetch(
                item.attachment_url
            )
        raise MediaMissing(self.describe_missing() or _("The file is not in the media folder."))


def allowed_networks():
    return [
        ipaddress.ip_network(network)
        for network in getattr(settings, "WORDPRESS_MEDIA_ALLOWED_NETWORKS", [])
    ]


def check_url(url):
    """The (scheme, host, port, address) to connect to for `url`, or MediaMissing."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MediaMissing(_("Only http and https addresses are fetched."))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise MediaMissing(_("The host %(host)s was not found.") % {"host": parts.hostname}) from (
            error
        )
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    for address in addresses:
        if not address.is_global and not any(address in net for net in allowed_networks()):
            raise MediaMissing(
                _("%(host)s is a private or local address, which is never fetched.")
                % {"host": parts.hostname}
            )
    return parts.scheme, parts.hostname, port, str(addresses[0])


def fetch(url):
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, address = check_url(url)
        if scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address,
                port,
                timeout=TIMEOUT,
                retries=False,
                server_hostname=host,
                assert_hostname=host,
                ssl_context=ssl.create_default_context(),
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, port, timeout=TIMEOUT, retries=False)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            response = pool.urlopen(
                "GET", target, headers={"Host": parts.netloc}, redirect=False, preload_content=False
            )
        except urllib3.exceptions.HTTPError as error:
            raise MediaMissing(
                _("The file could not be fetched (%(error)s).") % {"error": error}
            ) from error
        with response:
            if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status != 200:
                raise MediaMissing(
                    _("The old site answered %(status)s for the file.")
                    % {"status": response.status}
                )
            return read_limited(response)
    raise MediaMissing(_("The file's address redirects too many times."))


def read_limited(response):
    limit = max_bytes()
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise MediaMissing(_("The file is larger than the import allows."))
    data = bytearray()
    try:
        for chunk in response.stream(64 * 1024):
            data += chunk
            if len(data) > limit:
                raise MediaMissing(_("The file is larger than the import allows."))
    except urllib3.exceptions.HTTPError as error:
        raise MediaMissing(
            _("The file could not be fetched (%(error)s).") % {"error": error}
        ) from error
    return bytes(data)
