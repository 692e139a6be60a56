#!/usr/bin/env bash
# Installs, with apt, the Debian packages a make target needs, and only those missing.
# Usage: scripts/system_packages.sh gettext postgresql chromium varnish
set -euo pipefail

missing=()
for package in "$@"; do
    case "$package" in
        gettext) command -v msgfmt >/dev/null 2>&1 || missing+=(gettext) ;;
        postgresql) compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql) ;;
        chromium) [ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core) ;;
        # Compiling its VCL needs a C compiler, which the package depends on.
        varnish) [ -x /usr/sbin/varnishd ] || missing+=(varnish) ;;
        redis-server) command -v redis-server >/dev/null 2>&1 || missing+=(redis-server) ;;
        # Lighthouse (make lighthouse) needs Node 18.16 or later; Debian 12 has 18.19.
        npm) command -v npm >/dev/null 2>&1 || missing+=(nodejs npm) ;;
        *) echo "system_packages.sh: unknown package $package" >&2; exit 2 ;;
    esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install these packages with your system's package manager: ${missing[*]}" >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} with apt-get..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
